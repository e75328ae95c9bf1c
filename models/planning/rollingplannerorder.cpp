// RollingPlanner: which machines, in which order, and the least-churn choice.
#include "planning/rollingplanner.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

// Extra orders that least-churn tries besides least-loaded and by name.
enum class Extra { MostFreeFirst, FewestTasksFirst };

double load(const PlanningMachine &m)
{
    if (m.cpus > 0)
        return m.usedCpus / m.cpus;
    return m.tasks > 0 ? 1.0 : 0.0;
}

bool byName(const PlanningMachine &a, const PlanningMachine &b, int ia, int ib)
{
    const QString la = asciiLower(a.name), lb = asciiLower(b.name);
    if (la != lb)
        return la < lb;
    if (a.name != b.name)
        return a.name < b.name;
    return ia < ib;
}

QList<int> sortedExtra(const PlanningCluster &cluster, QList<int> machines, Extra extra)
{
    const QList<PlanningMachine> &ms = cluster.machines();
    std::sort(machines.begin(), machines.end(), [&](int a, int b) {
        const PlanningMachine &x = ms[a], &y = ms[b];
        if (extra == Extra::MostFreeFirst) {
            if (x.freeCpus() != y.freeCpus())
                return x.freeCpus() > y.freeCpus();
            if (x.tasks != y.tasks)
                return x.tasks < y.tasks;
        } else {
            if (x.tasks != y.tasks)
                return x.tasks < y.tasks;
            if (x.freeCpus() != y.freeCpus())
                return x.freeCpus() > y.freeCpus();
        }
        return byName(x, y, a, b);
    });
    return machines;
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
    std::sort(machines.begin(), machines.end(), [&](int a, int b) {
        const PlanningMachine &x = ms[a], &y = ms[b];
        if (order != PlanningPolicy::MachineOrder::Name) {
            if (load(x) != load(y))
                return load(x) < load(y);
            if (x.tasks != y.tasks)
                return x.tasks < y.tasks;
        }
        return byName(x, y, a, b);
    });
    return machines;
}

RollingPlanner::Plan RollingPlanner::plan(const PlanningCluster &cluster,
                                          const QList<PlanWindow> &existing,
                                          const PlanningPolicy &policy, qint64 nowNs)
{
    using MO = PlanningPolicy::MachineOrder;
    const QList<int> machines = selectMachines(cluster, existing, policy);
    if (policy.order != MO::LeastChurn) {
        Plan p = planWithOrder(cluster, existing, policy, nowNs,
                               sorted(cluster, machines, policy.order));
        p.order = policy.order;
        return p;
    }
    // Least churn: the best of several orders, never worse than by name (it is one of them)
    // and never placing fewer machines than by name.
    const Plan byName
        = planWithOrder(cluster, existing, policy, nowNs, sorted(cluster, machines, MO::Name));
    QList<QList<int>> orders {sorted(cluster, machines, MO::LeastLoaded),
                              sortedExtra(cluster, machines, Extra::MostFreeFirst),
                              sortedExtra(cluster, machines, Extra::FewestTasksFirst)};
    Plan best = byName;
    for (const QList<int> &order : orders) {
        Plan p = planWithOrder(cluster, existing, policy, nowNs, order);
        const bool noWorsePlaced = p.unplaced.size() <= byName.unplaced.size();
        if (noWorsePlaced
            && (p.churn < best.churn - 1e-9
                || (p.churn <= best.churn + 1e-9 && p.unplaced.size() < best.unplaced.size())))
            best = std::move(p);
    }
    best.order = MO::LeastChurn;
    best.nameChurn = byName.churn;
    return best;
}
