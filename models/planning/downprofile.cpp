#include "planning/downprofile.h"

#include <algorithm>
#include <vector>

namespace {

// A window's start (+1) or end (−1): its machines share the edges, so the sweep sorts windows'
// edges, not machines'.
struct Edge
{
    qint64 t;
    int window;
    int delta;
};

// The running sums of the sweep, and which scopes changed at the current instant.
struct Sweep
{
    std::array<double, DownProfile::MeasureCount> cluster {};
    std::vector<std::array<double, DownProfile::MeasureCount>> zones;
    std::vector<double> racks;
    std::vector<char> zoneDirty, rackDirty;
    std::vector<int> dirtyZones, dirtyRacks;
    std::vector<double> zoneCountBefore;
    int zonesDown = 0;

    void apply(const PlanningMachine &m, int delta)
    {
        const auto w = DownProfile::weights(m);
        if (!zoneDirty[m.zone]) {
            zoneDirty[m.zone] = 1;
            dirtyZones.push_back(m.zone);
            zoneCountBefore[m.zone] = zones[m.zone][DownProfile::Machines];
        }
        for (int k = 0; k < DownProfile::MeasureCount; ++k) {
            cluster[k] += delta * w[k];
            zones[m.zone][k] += delta * w[k];
        }
        if (m.rack >= 0) {
            racks[m.rack] += delta;
            if (!rackDirty[m.rack]) {
                rackDirty[m.rack] = 1;
                dirtyRacks.push_back(m.rack);
            }
        }
    }
};

} // namespace

std::array<double, DownProfile::MeasureCount> DownProfile::weights(const PlanningMachine &m)
{
    return {1.0, double(m.agents), m.cpus, m.mem};
}

DownProfile::DownProfile(const PlanningCluster &cluster, const QList<PlanWindow> &windows)
{
    const QList<PlanningMachine> &machines = cluster.machines();
    const int zoneCount = int(cluster.zones().size());
    const int rackCount = int(cluster.racks().size());
    m_zones.resize(zoneCount);
    m_racks.resize(rackCount);
    Sweep s;
    s.zones.assign(zoneCount, {});
    s.racks.assign(rackCount, 0);
    s.zoneDirty.assign(zoneCount, 0);
    s.rackDirty.assign(rackCount, 0);
    s.zoneCountBefore.assign(zoneCount, 0);
    for (const PlanningMachine &m : machines) {
        if (m.mode == MachineMode::Down)
            s.apply(m, +1);
    }
    std::vector<Edge> edges;
    edges.reserve(size_t(windows.size()) * 2);
    for (int k = 0; k < int(windows.size()); ++k) {
        const PlanWindow &w = windows[k];
        const qint64 end = w.endNs();
        if (end <= w.startNs)
            continue;
        edges.push_back({w.startNs, k, +1});
        if (end != StepFunction::kForever)
            edges.push_back({end, k, -1});
    }
    std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) { return a.t < b.t; });
    // The DOWN machines are the bases; an edge group at time t is applied as one step.
    auto flush = [&](qint64 t, bool asBase) {
        auto put = [&](StepFunction &f, double v) {
            if (asBase)
                f.base = v;
            else
                f.append(t, v);
        };
        for (int k = 0; k < MeasureCount; ++k)
            put(m_cluster[k], s.cluster[k]);
        for (int z : s.dirtyZones) {
            for (int k = 0; k < MeasureCount; ++k)
                put(m_zones[z][k], s.zones[z][k]);
            s.zonesDown += int(s.zones[z][Machines] > 0.5) - int(s.zoneCountBefore[z] > 0.5);
            s.zoneDirty[z] = 0;
        }
        for (int r : s.dirtyRacks) {
            put(m_racks[r], s.racks[r]);
            s.rackDirty[r] = 0;
        }
        put(m_zonesDown, s.zonesDown);
        s.dirtyZones.clear();
        s.dirtyRacks.clear();
    };
    flush(0, true);
    for (size_t i = 0; i < edges.size();) {
        const qint64 t = edges[i].t;
        for (; i < edges.size() && edges[i].t == t; ++i) {
            for (int m : windows[edges[i].window].machines) {
                if (machines[m].mode != MachineMode::Down)
                    s.apply(machines[m], edges[i].delta);
            }
        }
        flush(t, false);
    }
}
