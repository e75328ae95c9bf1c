#pragma once

#include "planning/downprofile.h"
#include "planning/limitviolation.h"
#include "planning/planningcluster.h"
#include "planning/planningpolicy.h"

#include <QList>

#include <optional>

/// Checks a schedule against a policy's limits at every instant (a sweep over the window edges,
/// DownProfile), and answers for one drag step: which limits does one window break at a proposed
/// interval, given everything else (the precomputed profile, so a step costs a few binary
/// searches per scope the window touches).
class LimitChecker
{
public:
    struct Interval
    {
        qint64 startNs = 0;
        qint64 endNs = 0; ///< StepFunction::kForever for an open-ended window
    };

    LimitChecker(const PlanningCluster &cluster, const PlanningLimits &limits);

    /// Recomputes the profile for @p windows (after an edit).
    void setWindows(const QList<PlanWindow> &windows);
    const DownProfile &profile() const { return m_profile; }
    const PlanningCluster &cluster() const { return m_cluster; }

    /// Every stretch in which a limit is broken, by start time, then limit, then scope.
    QList<LimitViolation> violations() const;
    /// The limits that the window holding @p machines breaks at @p proposed, when it was at
    /// @p current in the profile (nothing for a new window). The first stretch per limit and
    /// scope, clipped to @p proposed.
    QList<LimitViolation> checkWindow(const QList<int> &machines, std::optional<Interval> current,
                                      Interval proposed) const;

    /// The largest value of a down measure the limit allows in a scope (floors: total − floor).
    double threshold(PlanningLimit limit, int scope) const;
    /// The scope's total for @p limit (machines, zones, agents, CPUs, memory).
    double total(PlanningLimit limit, int scope) const;
    static bool breaks(double value, double threshold) { return value > threshold + 1e-6; }

private:
    struct Scope
    {
        PlanningLimit limit;
        int index; ///< zone or rack; 0 for the cluster
    };
    const StepFunction &function(const Scope &s) const;
    QString scopeName(const Scope &s) const;
    const PolicyAmount &amount(PlanningLimit limit) const;
    QList<Scope> activeScopes() const;
    LimitViolation violation(const Scope &s, double before, double after, qint64 start,
                             qint64 end) const;
    std::optional<LimitViolation> checkZonesAtOnce(const QList<int> &zones,
                                                   const QList<double> &zoneDelta,
                                                   std::optional<Interval> current,
                                                   Interval proposed) const;

    const PlanningCluster &m_cluster;
    PlanningLimits m_limits;
    DownProfile m_profile;
};
