#pragma once

#include "planning/planningcluster.h"
#include "planning/stepfunction.h"

#include <QList>

#include <array>

/// What is down over time for a whole schedule: per scope (cluster, each zone, each rack) step
/// functions of the machines, agents, CPUs and memory down, and the number of zones with a
/// machine down. A machine is down in [start, end) of its window (open-ended: from start on)
/// and always while it is DOWN now. Built by one sweep over the window edges.
class DownProfile
{
public:
    enum Measure { Machines, Agents, Cpus, Mem, MeasureCount };

    DownProfile() = default;
    DownProfile(const PlanningCluster &cluster, const QList<PlanWindow> &windows);

    const StepFunction &cluster(Measure m) const { return m_cluster[m]; }
    const StepFunction &zone(int zone, Measure m) const { return m_zones[zone][m]; }
    const StepFunction &rack(int rack) const { return m_racks[rack]; }
    const StepFunction &zonesDown() const { return m_zonesDown; }
    int zoneCount() const { return int(m_zones.size()); }
    int rackCount() const { return int(m_racks.size()); }

    /// One machine's weight in each measure (machines = 1).
    static std::array<double, MeasureCount> weights(const PlanningMachine &m);

private:
    std::array<StepFunction, MeasureCount> m_cluster;
    QList<std::array<StepFunction, MeasureCount>> m_zones;
    QList<StepFunction> m_racks;
    StepFunction m_zonesDown;
};
