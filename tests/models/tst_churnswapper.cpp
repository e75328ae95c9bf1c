#include "planning/churnmodel.h"
#include "planning/churnswapper.h"
#include "planning/limitchecker.h"
#include "planning/planstate.h"
#include "planning/rollingplanner.h"
#include "planningscenario.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3'600'000'000'000LL;

Agent agent(int i, double cpus, double used, int tasks, const QString &rack = QString())
{
    Agent a;
    a.hostname = u"h%1"_s.arg(i);
    a.ip = u"10.0.0.%1"_s.arg(i);
    a.zone = u"z"_s;
    a.resources.cpus = cpus;
    a.resources.mem = 1024;
    a.usedResources.cpus = used;
    a.taskCount = tasks;
    if (!rack.isEmpty())
        a.attributes.insert(u"rack"_s, rack);
    return a;
}

} // namespace

class tst_ChurnSwapper : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void swapsFreeRoomForward()
    {
        // h0 (busy, 10 tasks, F 0) goes first, h1 (idle, F 8) later: h0's tasks land on h1 in
        // part. Swapped, h1 goes first with no tasks and h0 has no free room to attract any.
        const PlanningCluster c = PlanningCluster::build(
            {agent(0, 8, 8, 10), agent(1, 8, 0, 0), agent(2, 8, 4, 4)}, {}, {}, u"rack"_s, 0);
        QList<PlanWindow> plan {{0, 2 * kHour, {0}}, {4 * kHour, 2 * kHour, {1}}};
        const double before = ChurnModel::compute(c, plan).totalChurn;
        QVERIFY(before > 0);
        PlanState state(c, {}, {});
        for (const PlanWindow &w : plan)
            state.addWindow(w.startNs, w.endNs(), w.machines);
        ChurnSwapper swapper(c, {}, plan, state);
        QCOMPARE(swapper.churn(), before);
        QCOMPARE(swapper.improve(100), 1);
        QCOMPARE(plan[0].machines, QList<int> {1});
        QCOMPARE(plan[1].machines, QList<int> {0});
        QCOMPARE(swapper.churn(), 0.0);
        QCOMPARE(ChurnModel::compute(c, plan).totalChurn, 0.0);
    }

    void keepsTheLimits()
    {
        // Same, but h1 shares rack r with h3, down over the first window: at most one of r down.
        const PlanningCluster c
            = PlanningCluster::build({agent(0, 8, 8, 10, u"q"_s), agent(1, 8, 0, 0, u"r"_s),
                                      agent(2, 8, 4, 4), agent(3, 8, 4, 4, u"r"_s)},
                                     {}, {}, u"rack"_s, 0);
        const QList<PlanWindow> existing {{0, 2 * kHour, {3}}};
        QList<PlanWindow> plan {{0, 2 * kHour, {0}}, {4 * kHour, 2 * kHour, {1}}};
        PlanningLimits limits;
        limits.maxDownPerRack = PolicyAmount::count(1);
        PlanState state(c, limits, existing);
        for (const PlanWindow &w : plan)
            state.addWindow(w.startNs, w.endNs(), w.machines);
        ChurnSwapper swapper(c, existing, plan, state);
        QCOMPARE(swapper.improve(100), 0);
        QCOMPARE(plan[0].machines, QList<int> {0});
    }

    void fleetStaysExactAndFeasible()
    {
        // A random fleet whose tasks do not follow the CPUs used, so least loaded is not best.
        PlanningScenario s = PlanningScenario::fleet(600, 3, 30, 5);
        for (int i = 0; i < s.agents.size(); ++i)
            s.agents[i].taskCount = (i * 7919) % 13;
        const PlanningCluster c
            = PlanningCluster::build(s.agents, {}, {}, s.policy.rackAttribute, s.nowNs);
        s.policy.order = PlanningPolicy::MachineOrder::LeastLoaded;
        RollingPlanner::Plan p = RollingPlanner::plan(c, {}, s.policy, s.nowNs);
        QVERIFY(p.unplaced.isEmpty());
        PlanState state(c, s.policy.limits, {});
        for (const PlanWindow &w : p.windows)
            state.addWindow(w.startNs, w.endNs(), w.machines);
        ChurnSwapper swapper(c, {}, p.windows, state);
        QVERIFY(swapper.improve(20'000) > 0);
        const double exact = ChurnModel::compute(c, p.windows).totalChurn;
        QVERIFY(qAbs(swapper.churn() - exact) < 1e-6 * exact);
        QVERIFY(exact < p.churn - 1e-6);
        LimitChecker checker(c, s.policy.limits);
        checker.setWindows(p.windows);
        QVERIFY(checker.violations().isEmpty());
        // least-churn itself: no worse than least loaded here, and than by name.
        s.policy.order = PlanningPolicy::MachineOrder::LeastChurn;
        const RollingPlanner::Plan least = RollingPlanner::plan(c, {}, s.policy, s.nowNs);
        QVERIFY(least.churn <= p.churn * (1 + 1e-9));
        QVERIFY(least.churn <= *least.nameChurn * (1 + 1e-9));
    }
};

QTEST_GUILESS_MAIN(tst_ChurnSwapper)
#include "tst_churnswapper.moc"
