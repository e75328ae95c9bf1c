#pragma once

#include "planning/limitviolation.h"
#include "planning/planningcluster.h"
#include "planning/planningpolicy.h"

#include <QList>

#include <optional>

/// Generates a rolling maintenance plan (planner.md "Generating a plan"): the chosen machines,
/// sorted by the zone order and machine order, go in batches (one Mesos window each) at the
/// earliest start that lies in the allowed hours, outside blackouts, and keeps every limit over
/// the whole window, given the existing windows and the DOWN machines. Deterministic: the same
/// inputs give the same plan. Machines that cannot be placed are listed, never dropped.
class RollingPlanner
{
public:
    /// Why machines could not be placed.
    struct Binding
    {
        enum class Kind { Limit, Hours, Deadline };
        Kind kind = Kind::Limit;
        std::optional<PlanningLimit> limit; ///< the limit that refused (also for Deadline)
        QString scope; ///< its zone or rack; empty for the cluster
        int firstMachine = -1; ///< the first machine (in plan order) not placed

        /// `maxDownPerZone (zone us-east-1b) binds: web-17 cannot be placed`, …
        QString describe(const PlanningCluster &cluster) const;
    };

    struct Plan
    {
        QList<PlanWindow> windows; ///< the new windows, by start
        QList<int> unplaced; ///< machines not placed, in plan order
        std::optional<Binding> binding; ///< set when unplaced is not empty
        PlanningPolicy::MachineOrder order = PlanningPolicy::MachineOrder::Name; ///< used
        double churn = 0; ///< of existing + new windows
        qint64 displaced = 0;
        std::optional<double> nameChurn; ///< least-churn: the "by name" plan's, for comparison
    };

    /// The machines the policy names that are not DOWN and in no existing window.
    static QList<int> selectMachines(const PlanningCluster &cluster,
                                     const QList<PlanWindow> &existing,
                                     const PlanningPolicy &policy);
    /// Plans with the policy's order; @p nowNs stands in for a policy without a start.
    static Plan plan(const PlanningCluster &cluster, const QList<PlanWindow> &existing,
                     const PlanningPolicy &policy, qint64 nowNs);
    /// Plans with one concrete machine order (least-churn chooses among these).
    static Plan planWithOrder(const PlanningCluster &cluster, const QList<PlanWindow> &existing,
                              const PlanningPolicy &policy, qint64 nowNs,
                              const QList<int> &orderedMachines);
    /// @p machines sorted by @p order (LeastChurn is not a sort: it sorts as LeastLoaded).
    static QList<int> sorted(const PlanningCluster &cluster, QList<int> machines,
                             PlanningPolicy::MachineOrder order);
};
