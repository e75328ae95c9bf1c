#pragma once

#include "planning/downprofile.h"
#include "planning/limitchecker.h"
#include "planning/stepmap.h"

#include <QList>

#include <array>
#include <optional>
#include <vector>

/// The rolling planner's working state: what is down over time (existing windows, DOWN machines
/// and the windows placed so far) per scope, editable, and the question "which of these
/// machines can go down together over [s, e) without breaking a limit".
class PlanState
{
public:
    /// Why a machine was not taken at a time.
    struct Refusal
    {
        PlanningLimit limit = PlanningLimit::MaxDown;
        int scope = 0; ///< zone or rack
    };

    PlanState(const PlanningCluster &cluster, const PlanningLimits &limits,
              const QList<PlanWindow> &existing);

    void addWindow(qint64 from, qint64 to, const QList<int> &machines);
    /// Takes, in order, up to @p maxCount machines of @p queue (all of zone @p zone) that fit
    /// together over [from, to). @p refusal gets why the queue's first machine did not.
    QList<int> fill(qint64 from, qint64 to, int zone, const QList<int> &queue, int maxCount,
                    std::optional<Refusal> &refusal) const;
    /// Whether machine @p in may take the place of @p out (same zone) in a window over
    /// [from, to) in which @p out is down and @p in is not, without breaking a limit.
    bool mayReplace(int out, int in, qint64 from, qint64 to) const;
    /// Puts @p in in the place of @p out over [from, to) (see mayReplace).
    void replace(int out, int in, qint64 from, qint64 to);
    /// The next instant after @p t at which anything goes down or comes back.
    std::optional<qint64> nextEdgeAfter(qint64 t) const { return m_cluster.nextKeyAfter(t); }

private:
    using Weights = std::array<double, DownProfile::MeasureCount>;
    void add(int machine, qint64 from, qint64 to, double delta);
    bool zoneMayGoDown(qint64 from, qint64 to, int zone) const;

    const PlanningCluster &m_machines;
    std::vector<Weights> m_weights; ///< per machine, computed once
    mutable std::vector<double> m_rackScratch; ///< fill's per-rack count; NaN: not looked up
    mutable std::vector<int> m_racksTouched;
    LimitChecker m_limits; ///< for the thresholds
    StepMap m_cluster;
    QList<std::array<StepMap, DownProfile::MeasureCount>> m_zones;
    QList<StepMap> m_racks;
    StepMap m_zonesDown;
    // Thresholds per zone (machines, agents, CPUs, memory), per rack, cluster and zones.
    QList<Weights> m_zoneThreshold;
    QList<double> m_rackThreshold;
    double m_clusterThreshold = 0;
    double m_zonesThreshold = 0;
};
