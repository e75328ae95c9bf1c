// The planner at fleet size (issue 13): a plan for 10,000 machines in 20 zones / 400 racks with
// every limit on (≤ 50 ms), one drag step's limit check at 10,000 machines / 3,000 windows
// (≤ 0.5 ms), the capacity rebuild after an edit (≤ 2 ms) and the churn of a whole plan (≤ 10 ms).
// Run with -median 9 for figures; on a shared machine, `-perf -perfcounter task-clock` counts
// this process's CPU time only.
#include "planning/capacityprofile.h"
#include "planning/churnmodel.h"
#include "planning/limitchecker.h"
#include "planning/rollingplanner.h"
#include "planningscenario.h"

#include <QTest>

#include <memory>

namespace {

constexpr qint64 kHour = 3'600'000'000'000LL;

} // namespace

class bench_Planner : public QObject
{
    Q_OBJECT
private:
    PlanningScenario m_fleet;
    std::unique_ptr<PlanningCluster> m_cluster;
    QList<PlanWindow> m_windows; ///< 3,000 windows over all 10,000 machines

    RollingPlanner::Plan planWith(PlanningPolicy::MachineOrder order)
    {
        PlanningPolicy p = m_fleet.policy;
        p.order = order;
        return RollingPlanner::plan(*m_cluster, {}, p, m_fleet.nowNs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = PlanningScenario::fleet(10'000, 20, 400, 1);
        m_cluster = std::make_unique<PlanningCluster>(PlanningCluster::build(
            m_fleet.agents, {}, {}, m_fleet.policy.rackAttribute, m_fleet.nowNs));
        QCOMPARE(m_cluster->zones().size(), 20);
        QCOMPARE(m_cluster->racks().size(), 400);
        // 3,000 windows of 3 or 4 consecutive machines, spread over two weeks.
        int next = 0;
        for (int k = 0; k < 3'000; ++k) {
            PlanWindow w {m_fleet.nowNs + (k * 11 % 336) * kHour, 2 * kHour, {}};
            for (int i = 0; i < (k % 3 == 0 ? 4 : 3); ++i)
                w.machines.append(next++);
            m_windows.append(w);
        }
        QCOMPARE(next, 10'000);
    }

    void generate()
    {
        RollingPlanner::Plan plan;
        QBENCHMARK
        {
            plan = planWith(PlanningPolicy::MachineOrder::LeastLoaded);
        }
        QVERIFY(plan.unplaced.isEmpty());
        qInfo("%lld windows, churn %.1f of %lld", qint64(plan.windows.size()), plan.churn,
              plan.displaced);
    }

    void generateByName()
    {
        RollingPlanner::Plan plan;
        QBENCHMARK
        {
            plan = planWith(PlanningPolicy::MachineOrder::Name);
        }
        QVERIFY(plan.unplaced.isEmpty());
    }

    void generateLeastChurn()
    {
        RollingPlanner::Plan plan;
        QBENCHMARK
        {
            plan = planWith(PlanningPolicy::MachineOrder::LeastChurn);
        }
        QVERIFY(plan.churn <= *plan.nameChurn);
        qInfo("least churn %.1f, by name %.1f", plan.churn, *plan.nameChurn);
    }

    // Tasks that do not follow the CPUs used: least loaded is no longer the best sequence, and
    // the swaps have something to find.
    void generateLeastChurnUneven()
    {
        PlanningScenario fleet = m_fleet;
        for (int i = 0; i < fleet.agents.size(); ++i)
            fleet.agents[i].taskCount = (i * 7919) % 13;
        const PlanningCluster cluster
            = PlanningCluster::build(fleet.agents, {}, {}, fleet.policy.rackAttribute, fleet.nowNs);
        PlanningPolicy p = fleet.policy;
        p.order = PlanningPolicy::MachineOrder::LeastChurn;
        RollingPlanner::Plan plan;
        QBENCHMARK
        {
            plan = RollingPlanner::plan(cluster, {}, p, fleet.nowNs);
        }
        p.order = PlanningPolicy::MachineOrder::LeastLoaded;
        const double leastLoaded = RollingPlanner::plan(cluster, {}, p, fleet.nowNs).churn;
        QVERIFY(plan.churn <= leastLoaded);
        qInfo("least churn %.1f, least loaded %.1f, by name %.1f", plan.churn, leastLoaded,
              *plan.nameChurn);
    }

    void dragStep()
    {
        LimitChecker checker(*m_cluster, m_fleet.policy.limits);
        checker.setWindows(m_windows);
        int k = 0;
        qsizetype found = 0;
        QBENCHMARK
        {
            const PlanWindow &w = m_windows[k];
            const qint64 start = w.startNs + kHour / 2;
            found += checker
                         .checkWindow(w.machines, LimitChecker::Interval {w.startNs, w.endNs()},
                                      {start, start + 2 * kHour})
                         .size();
            k = (k + 1) % int(m_windows.size());
        }
        Q_UNUSED(found);
    }

    void capacityRebuild()
    {
        CapacityProfile cluster, zone;
        QBENCHMARK
        {
            const DownProfile down(*m_cluster, m_windows);
            cluster = CapacityProfile::build(*m_cluster, down, std::nullopt, m_fleet.policy.limits);
            zone = CapacityProfile::build(*m_cluster, down, 3, m_fleet.policy.limits);
        }
        QVERIFY(cluster.steps().size() > 100);
    }

    void churnOfAPlan()
    {
        const RollingPlanner::Plan plan = planWith(PlanningPolicy::MachineOrder::LeastLoaded);
        ChurnModel churn;
        QBENCHMARK
        {
            churn = ChurnModel::compute(*m_cluster, plan.windows);
        }
        QCOMPARE(churn.windows.size(), plan.windows.size());
    }
};

QTEST_GUILESS_MAIN(bench_Planner)
#include "bench_planner.moc"
