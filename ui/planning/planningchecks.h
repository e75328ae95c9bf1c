#pragma once

#include "agent.h"
#include "machineid.h"
#include "planning/capacityprofile.h"
#include "planning/draftwindow.h"
#include "planning/limitchecker.h"
#include "planning/limitviolation.h"
#include "planning/planningcluster.h"
#include "planning/planningpolicy.h"
#include "unavailability.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class DraftSchedule;

/// The planner's view of the draft (issue 13): the policy in force, the cluster built from the
/// live agents and the draft, and — recomputed once per draft change, never per paint — every
/// stretch that breaks a limit, which windows take part in each and the churn of each window.
/// A drag asks checkWindow() at every step: a few binary searches on the precomputed profile.
class PlanningChecks : public QObject
{
    Q_OBJECT
public:
    explicit PlanningChecks(DraftSchedule *draft, QObject *parent = nullptr);
    ~PlanningChecks() override;

    const PlanningPolicy &policy() const { return m_policy; }
    void setPolicy(const PlanningPolicy &policy);
    /// The live agents and DOWN machines; recomputes only when they changed.
    void setAgents(const QList<Agent> &agents);
    void setDownMachines(const QList<MachineId> &down);

    const PlanningCluster &cluster() const { return m_cluster; }
    const LimitChecker &checker() const { return *m_checker; }
    /// The draft's windows over the cluster, in the draft's order.
    const QList<PlanWindow> &planWindows() const { return m_planWindows; }
    /// The draft window ids, index for index with planWindows().
    const QList<WindowId> &windowIds() const { return m_windowIds; }

    const QList<LimitViolation> &violations() const { return m_violations; }
    /// The violations window @p id takes part in (it has a machine down in the scope then).
    QList<LimitViolation> violationsOf(WindowId id) const { return m_violationsOf.value(id); }
    bool isViolating(WindowId id) const { return m_violationsOf.contains(id); }
    /// churn_k of ChurnModel for window @p id; nothing when the draft has no such window.
    std::optional<double> churnOf(WindowId id) const;
    qint64 displacedOf(WindowId id) const { return m_displaced.value(id); }
    double totalChurn() const { return m_totalChurn; }

    /// The limits the window of @p machines breaks when it lies at @p proposed; @p window is the
    /// draft window being moved or resized (0 for a new one).
    QList<LimitViolation> checkWindow(const QList<MachineId> &machines, WindowId window,
                                      const Unavailability &proposed) const;

    /// The window being dragged (TimelineView sets it at every step, clears it on release):
    /// the capacity band shows it before the draft changes.
    void setDragPreview(const QList<MachineId> &machines, WindowId window,
                        const Unavailability &proposed);
    void clearDragPreview();
    bool hasDragPreview() const { return m_dragPreview.has_value(); }
    /// @p base (a capacity profile of this draft for @p zone, or the cluster) with the dragged
    /// window moved; @p base itself when nothing is dragged.
    CapacityProfile withDragPreview(const CapacityProfile &base, std::optional<int> zone) const;

    /// Recomputes everything from the draft (called on every draft change).
    void recompute();

Q_SIGNALS:
    /// The violations, churn or policy changed.
    void changed();
    /// setPolicy() changed the policy (the controller saves it for the master).
    void policyChanged(const PlanningPolicy &policy);
    /// setDragPreview() or clearDragPreview() changed what is being dragged.
    void dragPreviewChanged();

private:
    void attributeViolations();
    bool touches(const PlanWindow &w, const LimitViolation &v) const;

    DraftSchedule *m_draft;
    PlanningPolicy m_policy;
    QList<Agent> m_agents;
    QList<MachineId> m_down;
    PlanningCluster m_cluster;
    std::unique_ptr<LimitChecker> m_checker;
    QList<PlanWindow> m_planWindows;
    QList<WindowId> m_windowIds;
    QList<LimitViolation> m_violations;
    QHash<WindowId, QList<LimitViolation>> m_violationsOf;
    QHash<WindowId, double> m_churn;
    QHash<WindowId, qint64> m_displaced;
    double m_totalChurn = 0;
    struct DragPreview
    {
        QList<int> machines; ///< indexes into the cluster
        std::optional<LimitChecker::Interval> current;
        LimitChecker::Interval proposed;
    };
    std::optional<DragPreview> m_dragPreview;
};
