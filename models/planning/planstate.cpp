#include "planning/planstate.h"

#include <cmath>
#include <limits>

PlanState::PlanState(const PlanningCluster &cluster, const PlanningLimits &limits,
                     const QList<PlanWindow> &existing)
    : m_machines(cluster)
    , m_limits(cluster, limits)
{
    const int zones = int(cluster.zones().size());
    m_zones.resize(zones);
    m_racks.resize(cluster.racks().size());
    m_rackScratch.assign(size_t(cluster.racks().size()), std::numeric_limits<double>::quiet_NaN());
    for (const PlanningMachine &m : cluster.machines())
        m_weights.push_back(DownProfile::weights(m));
    m_clusterThreshold = m_limits.threshold(PlanningLimit::MaxDown, 0);
    m_zonesThreshold = m_limits.threshold(PlanningLimit::MaxZonesAtOnce, 0);
    for (int z = 0; z < zones; ++z) {
        m_zoneThreshold.append({m_limits.threshold(PlanningLimit::MaxDownPerZone, z),
                                m_limits.threshold(PlanningLimit::MinAgentsPerZone, z),
                                m_limits.threshold(PlanningLimit::MinCpusPerZone, z),
                                m_limits.threshold(PlanningLimit::MinMemPerZone, z)});
    }
    for (int r = 0; r < cluster.racks().size(); ++r)
        m_rackThreshold.append(m_limits.threshold(PlanningLimit::MaxDownPerRack, r));
    for (int i = 0; i < cluster.machines().size(); ++i) {
        if (cluster.machines()[i].mode == MachineMode::Down)
            add(i, StepMap::kForever, StepMap::kForever, 1);
    }
    for (const PlanWindow &w : existing) {
        QList<int> live;
        for (int i : w.machines) {
            if (cluster.machines()[i].mode != MachineMode::Down)
                live.append(i);
        }
        addWindow(w.startNs, w.endNs(), live);
    }
}

// A DOWN machine (from = to = kForever) goes into the bases.
void PlanState::add(int machine, qint64 from, qint64 to, double delta)
{
    const PlanningMachine &m = m_machines.machines()[machine];
    const Weights &w = m_weights[size_t(machine)];
    const bool always = from == StepMap::kForever;
    auto put = [&](StepMap &f, double d) {
        if (always)
            f.base += d;
        else
            f.add(from, to, d);
    };
    if (always) {
        if (m_zones[m.zone][DownProfile::Machines].base < 0.5)
            m_zonesDown.base += 1;
    } else {
        // Zones that had nobody down in a piece of [from, to) now have.
        m_zones[m.zone][DownProfile::Machines].forEachPiece(from, to,
                                                            [&](qint64 a, qint64 b, double v) {
                                                                if (v < 0.5)
                                                                    m_zonesDown.add(a, b, 1);
                                                            });
    }
    put(m_cluster, delta);
    for (int k = 0; k < DownProfile::MeasureCount; ++k)
        put(m_zones[m.zone][k], delta * w[k]);
    if (m.rack >= 0)
        put(m_racks[m.rack], delta);
}

void PlanState::addWindow(qint64 from, qint64 to, const QList<int> &machines)
{
    if (to <= from)
        return;
    for (int i : machines)
        add(i, from, to, 1);
}

bool PlanState::zoneMayGoDown(qint64 from, qint64 to, int zone) const
{
    if (m_zonesThreshold == std::numeric_limits<double>::infinity())
        return true;
    bool ok = true;
    // zonesDown and the zone's count are constant on the pieces of the zone's function that
    // lie inside the pieces of zonesDown.
    m_zonesDown.forEachPiece(from, to, [&](qint64 a, qint64 b, double down) {
        m_zones[zone][DownProfile::Machines].forEachPiece(a, b, [&](qint64, qint64, double v) {
            if (LimitChecker::breaks(down + (v < 0.5 ? 1 : 0), m_zonesThreshold))
                ok = false;
        });
    });
    return ok;
}

QList<int> PlanState::fill(qint64 from, qint64 to, int zone, const QList<int> &queue, int maxCount,
                           std::optional<Refusal> &refusal) const
{
    QList<int> chosen;
    const double clusterMax = m_cluster.maxOver(from, to);
    Weights zoneMax;
    for (int k = 0; k < DownProfile::MeasureCount; ++k)
        zoneMax[k] = m_zones[zone][k].maxOver(from, to);
    const Weights &zoneLimit = m_zoneThreshold[zone];
    Weights added {};
    const bool zoneOk = zoneMayGoDown(from, to, zone);
    auto refuse = [&](qsizetype i, PlanningLimit limit, int scope) {
        if (i == 0)
            refusal = Refusal {limit, scope};
    };
    for (qsizetype i = 0; i < queue.size() && chosen.size() < maxCount; ++i) {
        const PlanningMachine &m = m_machines.machines()[queue[i]];
        if (LimitChecker::breaks(clusterMax + double(chosen.size()) + 1, m_clusterThreshold)) {
            refuse(i, PlanningLimit::MaxDown, 0);
            break; // nobody else fits either
        }
        if (!zoneOk) {
            refuse(i, PlanningLimit::MaxZonesAtOnce, 0);
            break;
        }
        const Weights &w = m_weights[size_t(queue[i])];
        if (LimitChecker::breaks(zoneMax[0] + added[0] + w[0], zoneLimit[0])) {
            refuse(i, PlanningLimit::MaxDownPerZone, zone);
            break;
        }
        constexpr PlanningLimit floors[]
            = {PlanningLimit::MinAgentsPerZone, PlanningLimit::MinCpusPerZone,
               PlanningLimit::MinMemPerZone};
        bool fits = true;
        for (int k = 1; k < DownProfile::MeasureCount && fits; ++k) {
            if (LimitChecker::breaks(zoneMax[k] + added[k] + w[k], zoneLimit[k])) {
                refuse(i, floors[k - 1], zone);
                fits = false;
            }
        }
        if (fits && m.rack >= 0) {
            // The rack's down count over [from, to) plus what this fill took from it.
            double &down = m_rackScratch[size_t(m.rack)];
            if (std::isnan(down)) {
                down = m_racks[m.rack].maxOver(from, to);
                m_racksTouched.push_back(m.rack);
            }
            if (LimitChecker::breaks(down + 1, m_rackThreshold[m.rack])) {
                refuse(i, PlanningLimit::MaxDownPerRack, m.rack);
                fits = false;
            } else {
                down += 1;
            }
        }
        if (!fits)
            continue;
        for (int k = 0; k < DownProfile::MeasureCount; ++k)
            added[k] += w[k];
        chosen.append(queue[i]);
    }
    for (int r : m_racksTouched)
        m_rackScratch[size_t(r)] = std::numeric_limits<double>::quiet_NaN();
    m_racksTouched.clear();
    return chosen;
}

bool PlanState::mayReplace(int out, int in, qint64 from, qint64 to) const
{
    const PlanningMachine &o = m_machines.machines()[out];
    const PlanningMachine &n = m_machines.machines()[in];
    const Weights wo = DownProfile::weights(o), wn = DownProfile::weights(n);
    // The machine count of cluster, zone and zones down stays; only the floors and racks move.
    for (int k = 1; k < DownProfile::MeasureCount; ++k) {
        if (wn[k] > wo[k]
            && LimitChecker::breaks(m_zones[n.zone][k].maxOver(from, to) - wo[k] + wn[k],
                                    m_zoneThreshold[n.zone][k]))
            return false;
    }
    return n.rack < 0 || n.rack == o.rack
        || !LimitChecker::breaks(m_racks[n.rack].maxOver(from, to) + 1, m_rackThreshold[n.rack]);
}

void PlanState::replace(int out, int in, qint64 from, qint64 to)
{
    const PlanningMachine &o = m_machines.machines()[out];
    const PlanningMachine &n = m_machines.machines()[in];
    const Weights wo = DownProfile::weights(o), wn = DownProfile::weights(n);
    for (int k = 1; k < DownProfile::MeasureCount; ++k) {
        if (wn[k] != wo[k])
            m_zones[n.zone][k].add(from, to, wn[k] - wo[k]);
    }
    if (n.rack != o.rack) {
        if (o.rack >= 0)
            m_racks[o.rack].add(from, to, -1);
        if (n.rack >= 0)
            m_racks[n.rack].add(from, to, 1);
    }
}
