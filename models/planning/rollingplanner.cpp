#include "planning/rollingplanner.h"

#include "planning/allowedtime.h"
#include "planning/churnmodel.h"
#include "planning/churnswapper.h"
#include "planning/planstate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kForever = std::numeric_limits<qint64>::max();
using Binding = RollingPlanner::Binding;

int batchSizeOf(const PlanningCluster &cluster, const PlanningPolicy &policy, int zone)
{
    if (!policy.batchPerZone.isSet())
        return std::max(1, policy.batchSize);
    if (policy.batchPerZone.kind == PolicyAmount::Kind::Count)
        return std::max(1, int(policy.batchPerZone.value));
    return int(policy.batchPerZone.maxAllowed(cluster.zoneMachines(zone)));
}

// Places batches: one lane (cursor) for the sequential and interleaved orders, one per zone for
// the parallel order. Each batch is one window.
class Placer
{
public:
    Placer(const PlanningCluster &cluster, const QList<PlanWindow> &existing,
           const PlanningPolicy &policy, qint64 start)
        : m_cluster(cluster)
        , m_policy(policy)
        , m_state(cluster, policy.limits, existing)
        , m_allowed(policy.hours, policy.blackouts)
        , m_start(start)
        , m_latestStart(policy.deadlineNs ? *policy.deadlineNs - policy.windowNs : kForever)
    { }

    // Places one batch of @p queue (zone @p zone) at or after @p cursor and removes its
    // machines from the queue; when none can be placed, says why in @p failure.
    bool placeBatch(int zone, QList<int> &queue, qint64 &cursor, Binding &failure);
    // Whether any allowed stretch is long enough for a window at all.
    bool hoursHoldAWindow() const;
    PlanState &state() { return m_state; }

    QList<PlanWindow> windows;

private:
    const PlanningCluster &m_cluster;
    const PlanningPolicy &m_policy;
    PlanState m_state;
    AllowedTime m_allowed;
    qint64 m_start;
    qint64 m_latestStart;
};

Binding refusedBy(Binding::Kind kind, const std::optional<PlanState::Refusal> &refusal,
                  const PlanningCluster &cluster)
{
    Binding b;
    b.kind = kind;
    if (refusal) {
        b.limit = refusal->limit;
        if (refusal->limit == PlanningLimit::MaxDownPerRack)
            b.scope = cluster.racks().at(refusal->scope);
        else if (refusal->limit != PlanningLimit::MaxDown
                 && refusal->limit != PlanningLimit::MaxZonesAtOnce)
            b.scope = cluster.zones().at(refusal->scope);
    }
    return b;
}

bool Placer::placeBatch(int zone, QList<int> &queue, qint64 &cursor, Binding &failure)
{
    const int size = batchSizeOf(m_cluster, m_policy, zone);
    const qint64 w = m_policy.windowNs;
    qint64 s = std::max(cursor, m_start);
    std::optional<PlanState::Refusal> refusal;
    for (;;) {
        const std::optional<qint64> at = m_allowed.earliest(s, w, m_latestStart);
        if (!at) {
            failure
                = refusedBy(m_policy.deadlineNs ? Binding::Kind::Deadline : Binding::Kind::Hours,
                            refusal, m_cluster);
            return false;
        }
        s = *at;
        const QList<int> chosen = m_state.fill(s, saturatingAdd(s, w), zone, queue, size, refusal);
        if (!chosen.isEmpty()) {
            m_state.addWindow(s, saturatingAdd(s, w), chosen);
            windows.append(PlanWindow {s, w, chosen});
            const QSet<int> taken(chosen.cbegin(), chosen.cend());
            queue.removeIf([&](int m) { return taken.contains(m); });
            cursor = saturatingAdd(saturatingAdd(s, w), m_policy.gapNs);
            return true;
        }
        const std::optional<qint64> next = m_state.nextEdgeAfter(s);
        if (!next) { // nothing changes any more: it never fits
            failure = refusedBy(Binding::Kind::Limit, refusal, m_cluster);
            return false;
        }
        s = *next;
    }
}

bool Placer::hoursHoldAWindow() const
{
    if (!m_policy.hours)
        return true;
    qint64 t = m_start;
    for (int i = 0; i < 8; ++i) {
        const auto [a, b] = m_allowed.stretchAfter(t);
        if (a == kForever)
            return false;
        if (b - a >= m_policy.windowNs)
            return true;
        t = b;
    }
    return false;
}

QString scopeText(const Binding &b)
{
    if (b.scope.isEmpty())
        return QCoreApplication::translate("RollingPlanner", "cluster");
    if (b.limit == PlanningLimit::MaxDownPerRack)
        return QCoreApplication::translate("RollingPlanner", "rack %1").arg(b.scope);
    return QCoreApplication::translate("RollingPlanner", "zone %1").arg(b.scope);
}

} // namespace

QString RollingPlanner::Binding::describe(const PlanningCluster &cluster) const
{
    const QString machine
        = firstMachine >= 0 ? cluster.machines().at(firstMachine).name : QString();
    const QString limitText
        = limit ? planningLimitKey(*limit) + u" ("_s + scopeText(*this) + u')' : QString();
    switch (kind) {
    case Kind::Limit:
        return QCoreApplication::translate("RollingPlanner", "%1 binds: %2 cannot be placed")
            .arg(limitText, machine);
    case Kind::Deadline:
        if (limit)
            return QCoreApplication::translate(
                       "RollingPlanner", "the deadline comes first; %1 binds: %2 cannot be placed")
                .arg(limitText, machine);
        return QCoreApplication::translate("RollingPlanner",
                                           "the deadline comes first: %1 cannot be placed")
            .arg(machine);
    case Kind::Hours:
        return QCoreApplication::translate("RollingPlanner",
                                           "the allowed hours hold no window: %1 cannot be placed")
            .arg(machine);
    }
    return QString();
}

namespace {

// Places @p orderedMachines with @p placer; the plan's churn is left to the caller.
RollingPlanner::Plan placeAll(const PlanningCluster &cluster, const PlanningPolicy &policy,
                              qint64 nowNs, const QList<int> &orderedMachines, Placer &placer)
{
    RollingPlanner::Plan plan;
    const int zoneCount = int(cluster.zones().size());
    QList<QList<int>> queues(zoneCount);
    for (int m : orderedMachines)
        queues[cluster.machines()[m].zone].append(m);
    QHash<int, Binding> failures; // zone → why its remaining machines were not placed
    auto giveUp = [&](int zone, const Binding &why) {
        failures.insert(zone, why);
        plan.unplaced.append(queues[zone]);
        queues[zone].clear();
    };
    if (!placer.hoursHoldAWindow()) {
        for (int z = 0; z < zoneCount; ++z) {
            if (!queues[z].isEmpty())
                giveUp(z, Binding {Binding::Kind::Hours, std::nullopt, QString(), -1});
        }
    }
    const qint64 start = policy.startNs.value_or(nowNs);
    QList<qint64> cursors(policy.zoneOrder == PlanningPolicy::ZoneOrder::Parallel ? zoneCount : 1,
                          start);
    auto step = [&](int z) {
        Binding why;
        qint64 &cursor = cursors[cursors.size() == 1 ? 0 : z];
        if (!placer.placeBatch(z, queues[z], cursor, why))
            giveUp(z, why);
    };
    switch (policy.zoneOrder) {
    case PlanningPolicy::ZoneOrder::Sequential:
        for (int z = 0; z < zoneCount; ++z) {
            while (!queues[z].isEmpty())
                step(z);
        }
        break;
    case PlanningPolicy::ZoneOrder::Interleaved:
        for (bool any = true; any;) {
            any = false;
            for (int z = 0; z < zoneCount; ++z) {
                if (!queues[z].isEmpty()) {
                    step(z);
                    any = true;
                }
            }
        }
        break;
    case PlanningPolicy::ZoneOrder::Parallel:
        for (;;) {
            int next = -1;
            for (int z = 0; z < zoneCount; ++z) {
                if (!queues[z].isEmpty() && (next < 0 || cursors[z] < cursors[next]))
                    next = z;
            }
            if (next < 0)
                break;
            step(next);
        }
        break;
    }
    plan.windows = std::move(placer.windows);
    std::stable_sort(
        plan.windows.begin(), plan.windows.end(),
        [](const PlanWindow &a, const PlanWindow &b) { return a.startNs < b.startNs; });
    if (!plan.unplaced.isEmpty()) {
        QHash<int, qsizetype> position;
        for (qsizetype i = 0; i < orderedMachines.size(); ++i)
            position.insert(orderedMachines[i], i);
        std::sort(plan.unplaced.begin(), plan.unplaced.end(),
                  [&](int a, int b) { return position.value(a) < position.value(b); });
        plan.binding = failures.value(cluster.machines()[plan.unplaced.first()].zone);
        plan.binding->firstMachine = plan.unplaced.first();
    }
    return plan;
}

void setChurn(const PlanningCluster &cluster, const QList<PlanWindow> &existing,
              RollingPlanner::Plan &plan)
{
    const ChurnModel churn = ChurnModel::compute(cluster, existing + plan.windows);
    plan.churn = churn.totalChurn;
    plan.displaced = churn.totalDisplaced;
}

// Swaps evaluated by least churn: enough to converge on the benchmark's fleet (10,000 machines)
// within the generation target; a fixed count so that the same inputs give the same plan.
constexpr int kSwapBudget = 12'000;

} // namespace

RollingPlanner::Plan RollingPlanner::planWithOrder(const PlanningCluster &cluster,
                                                   const QList<PlanWindow> &existing,
                                                   const PlanningPolicy &policy, qint64 nowNs,
                                                   const QList<int> &orderedMachines)
{
    Placer placer(cluster, existing, policy, policy.startNs.value_or(nowNs));
    Plan plan = placeAll(cluster, policy, nowNs, orderedMachines, placer);
    setChurn(cluster, existing, plan);
    return plan;
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
    // Least churn: least loaded first, improved by swaps between the batches of a zone, or by
    // name's plan when that is better (lower churn or more machines placed): never worse.
    const Plan byName
        = planWithOrder(cluster, existing, policy, nowNs, sorted(cluster, machines, MO::Name));
    Placer placer(cluster, existing, policy, policy.startNs.value_or(nowNs));
    Plan best
        = placeAll(cluster, policy, nowNs, sorted(cluster, machines, MO::LeastLoaded), placer);
    ChurnSwapper(cluster, existing, best.windows, placer.state()).improve(kSwapBudget);
    setChurn(cluster, existing, best);
    // On a tie, by name: the plainer plan (and the one an infeasible policy is reported on).
    const bool nameBetter = byName.unplaced.size() < best.unplaced.size()
        || (byName.unplaced.size() == best.unplaced.size() && byName.churn <= best.churn);
    if (nameBetter)
        best = byName;
    best.order = MO::LeastChurn;
    best.nameChurn = byName.churn;
    return best;
}
