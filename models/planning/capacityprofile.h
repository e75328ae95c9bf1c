#pragma once

#include "planning/downprofile.h"
#include "planning/limitchecker.h"
#include "planning/planningpolicy.h"

#include <QList>

#include <optional>

/// From this instant on (until the next step), what is left up.
struct CapacityStep
{
    qint64 startNs = 0; ///< the first step starts at the smallest qint64
    double agents = 0;
    double cpus = 0;
    double mem = 0;

    friend bool operator==(const CapacityStep &, const CapacityStep &) = default;
};

/// The agents, CPUs and memory left over time for the cluster or one zone: a sorted step list a
/// painter binary-searches for its first visible step, plus the policy's floors for a zone.
class CapacityProfile
{
public:
    /// @p zone empty: the whole cluster (no floors, the policy's floors are per zone).
    static CapacityProfile build(const PlanningCluster &cluster, const DownProfile &down,
                                 std::optional<int> zone, const PlanningLimits &limits);

    const QList<CapacityStep> &steps() const { return m_steps; }
    /// The step in force at @p t (never -1: the first step starts at the smallest time).
    qsizetype indexAt(qint64 t) const;
    const CapacityStep &total() const { return m_total; }
    /// The floors (agents, CPUs, memory); −∞ where the policy sets none.
    const CapacityStep &floors() const { return m_floors; }
    /// This profile while one window is dragged: @p delta (what the window's machines in this
    /// scope weigh) back up in @p current and down in @p proposed — the arithmetic of
    /// LimitChecker::checkWindow, so the band and the drag's verdict agree.
    CapacityProfile moved(const CapacityStep &delta, std::optional<LimitChecker::Interval> current,
                          LimitChecker::Interval proposed) const;
    /// Whether @p step is below any floor.
    bool breaksFloor(const CapacityStep &step) const;

private:
    QList<CapacityStep> m_steps;
    CapacityStep m_total;
    CapacityStep m_floors;
};
