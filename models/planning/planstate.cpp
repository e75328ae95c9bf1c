#include "planning/planstate.h"

#include <QHash>

PlanState::PlanState(const PlanningCluster &cluster, const PlanningLimits &limits,
                     const QList<PlanWindow> &existing)
    : m_machines(cluster)
    , m_limits(cluster, limits)
{
    const int zones = int(cluster.zones().size());
    m_zones.resize(zones);
    m_racks.resize(cluster.racks().size());
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
    const Weights w = DownProfile::weights(m);
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
    QHash<int, double> rackDown; // rack → down over [from, to) + taken here
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
        const Weights w = DownProfile::weights(m);
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
            auto it = rackDown.find(m.rack);
            if (it == rackDown.end())
                it = rackDown.insert(m.rack, m_racks[m.rack].maxOver(from, to));
            if (LimitChecker::breaks(*it + 1, m_rackThreshold[m.rack])) {
                refuse(i, PlanningLimit::MaxDownPerRack, m.rack);
                fits = false;
            } else {
                *it += 1;
            }
        }
        if (!fits)
            continue;
        for (int k = 0; k < DownProfile::MeasureCount; ++k)
            added[k] += w[k];
        chosen.append(queue[i]);
    }
    return chosen;
}
