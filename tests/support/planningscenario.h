#pragma once

#include "agent.h"
#include "planning/planningpolicy.h"
#include "schedule.h"

#include <QList>

/// A cluster, its live schedule, the DOWN machines and a planning policy, generated from a seed
/// (the same seed gives the same scenario). Clusters have the two-level shape of real traces
/// (zones of 150–250 machines, racks of 1–47) scaled down, or a degenerate one: one zone,
/// machines without a zone, racks of one machine, machines without the rack attribute.
struct PlanningScenario
{
    QList<Agent> agents;
    Schedule schedule;
    QList<MachineId> down;
    PlanningPolicy policy;
    qint64 nowNs = 0;

    /// A small random scenario for property tests (5–120 machines, random policy).
    static PlanningScenario random(quint32 seed);
    /// The benchmark's fleet: @p machines in @p zones and @p racks, random load, every limit on.
    static PlanningScenario fleet(int machines, int zones, int racks, quint32 seed);
};
