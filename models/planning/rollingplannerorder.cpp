// RollingPlanner: which machines, and in which order.
#include "planning/rollingplanner.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

namespace {

double load(const PlanningMachine &m)
{
    if (m.cpus > 0)
        return m.usedCpus / m.cpus;
    return m.tasks > 0 ? 1.0 : 0.0;
}

// Each of @p machines' place in name order (case-insensitive, then exact, then index), indexed
// by machine: the names are lowered once, not in every comparison.
std::vector<int> nameRanks(const QList<PlanningMachine> &ms, const QList<int> &machines)
{
    std::vector<std::pair<QString, int>> keys;
    keys.reserve(size_t(machines.size()));
    for (int i : machines)
        keys.emplace_back(asciiLower(ms[i].name), i);
    std::sort(keys.begin(), keys.end(), [&](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        if (ms[a.second].name != ms[b.second].name)
            return ms[a.second].name < ms[b.second].name;
        return a.second < b.second;
    });
    std::vector<int> rank(size_t(ms.size()), 0);
    for (size_t r = 0; r < keys.size(); ++r)
        rank[size_t(keys[r].second)] = int(r);
    return rank;
}

} // namespace

QList<int> RollingPlanner::selectMachines(const PlanningCluster &cluster,
                                          const QList<PlanWindow> &existing,
                                          const PlanningPolicy &policy)
{
    QSet<int> scheduled;
    for (const PlanWindow &w : existing)
        scheduled.unite(QSet<int>(w.machines.cbegin(), w.machines.cend()));
    const QRegularExpression hostnames(QRegularExpression::anchoredPattern(policy.hostnamePattern));
    QList<int> chosen;
    for (int i = 0; i < cluster.machines().size(); ++i) {
        const PlanningMachine &m = cluster.machines()[i];
        if (m.mode == MachineMode::Down || scheduled.contains(i))
            continue;
        const bool named = policy.allMachines || policy.zones.contains(cluster.zones().at(m.zone))
            || (!policy.hostnamePattern.isEmpty()
                && hostnames.match(m.id.hostnameOrEmpty()).hasMatch());
        if (named)
            chosen.append(i);
    }
    return chosen;
}

QList<int> RollingPlanner::sorted(const PlanningCluster &cluster, QList<int> machines,
                                  PlanningPolicy::MachineOrder order)
{
    const QList<PlanningMachine> &ms = cluster.machines();
    const std::vector<int> rank = nameRanks(ms, machines);
    std::sort(machines.begin(), machines.end(), [&](int a, int b) {
        const PlanningMachine &x = ms[a], &y = ms[b];
        if (order != PlanningPolicy::MachineOrder::Name) {
            if (load(x) != load(y))
                return load(x) < load(y);
            if (x.tasks != y.tasks)
                return x.tasks < y.tasks;
        }
        return rank[size_t(a)] < rank[size_t(b)];
    });
    return machines;
}
