#include "planning/capacityprofile.h"

#include <algorithm>
#include <limits>

CapacityProfile CapacityProfile::build(const PlanningCluster &cluster, const DownProfile &down,
                                       std::optional<int> zone, const PlanningLimits &limits)
{
    CapacityProfile p;
    constexpr double kNone = -std::numeric_limits<double>::infinity();
    p.m_floors = {0, kNone, kNone, kNone};
    if (zone) {
        p.m_total = {0, double(cluster.zoneAgents(*zone)), cluster.zoneCpus(*zone),
                     cluster.zoneMem(*zone)};
        p.m_floors = {0, limits.minAgentsPerZone.floorOf(p.m_total.agents),
                      limits.minCpusPerZone.floorOf(p.m_total.cpus),
                      limits.minMemPerZone.floorOf(p.m_total.mem)};
    } else {
        for (int z = 0; z < cluster.zones().size(); ++z) {
            p.m_total.agents += cluster.zoneAgents(z);
            p.m_total.cpus += cluster.zoneCpus(z);
            p.m_total.mem += cluster.zoneMem(z);
        }
    }
    auto f = [&](DownProfile::Measure m) -> const StepFunction & {
        return zone ? down.zone(*zone, m) : down.cluster(m);
    };
    const StepFunction &agents = f(DownProfile::Agents);
    const StepFunction &cpus = f(DownProfile::Cpus);
    const StepFunction &mem = f(DownProfile::Mem);
    // A three-way merge of the step times.
    qsizetype a = 0, c = 0, m = 0;
    p.m_steps.reserve(std::max({agents.times.size(), cpus.times.size(), mem.times.size()}) + 1);
    qint64 t = std::numeric_limits<qint64>::min();
    for (;;) {
        p.m_steps.append({t, p.m_total.agents - agents.valueOfStep(a - 1),
                          p.m_total.cpus - cpus.valueOfStep(c - 1),
                          p.m_total.mem - mem.valueOfStep(m - 1)});
        qint64 next = std::numeric_limits<qint64>::max();
        for (const auto &[fn, i] : {std::pair {&agents, a}, {&cpus, c}, {&mem, m}}) {
            if (i < fn->times.size())
                next = std::min(next, fn->times[i]);
        }
        if (next == std::numeric_limits<qint64>::max())
            break;
        t = next;
        for (auto [fn, i] : {std::pair {&agents, &a}, {&cpus, &c}, {&mem, &m}}) {
            if (*i < fn->times.size() && fn->times[*i] == t)
                ++*i;
        }
    }
    return p;
}

qsizetype CapacityProfile::indexAt(qint64 t) const
{
    const auto it = std::upper_bound(m_steps.cbegin(), m_steps.cend(), t,
                                     [](qint64 v, const CapacityStep &s) { return v < s.startNs; });
    return std::max<qsizetype>(0, it - m_steps.cbegin() - 1);
}

bool CapacityProfile::breaksFloor(const CapacityStep &s) const
{
    constexpr double eps = 1e-6;
    return s.agents < m_floors.agents - eps || s.cpus < m_floors.cpus - eps
        || s.mem < m_floors.mem - eps;
}

CapacityProfile CapacityProfile::moved(const CapacityStep &delta,
                                       std::optional<LimitChecker::Interval> current,
                                       LimitChecker::Interval proposed) const
{
    CapacityProfile p = *this;
    if (m_steps.isEmpty())
        return p;
    QList<qint64> times;
    times.reserve(m_steps.size() + 4);
    for (const CapacityStep &s : m_steps)
        times.append(s.startNs);
    times << proposed.startNs << proposed.endNs;
    if (current)
        times << current->startNs << current->endNs;
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    auto inside = [](qint64 t, LimitChecker::Interval i) {
        return t >= i.startNs && t < i.endNs;
    };
    p.m_steps.clear();
    p.m_steps.reserve(times.size());
    for (qint64 t : times) {
        CapacityStep s = m_steps.at(indexAt(t));
        s.startNs = t;
        const double sign = double(current && inside(t, *current)) - double(inside(t, proposed));
        s.agents += sign * delta.agents;
        s.cpus += sign * delta.cpus;
        s.mem += sign * delta.mem;
        p.m_steps.append(s);
    }
    return p;
}
