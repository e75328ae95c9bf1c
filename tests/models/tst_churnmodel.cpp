#include "planning/churnmodel.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3'600'000'000'000LL;

Agent agent(int i, double cpus, double used, int tasks)
{
    Agent a;
    a.hostname = u"h%1"_s.arg(i);
    a.ip = u"10.0.0.%1"_s.arg(i);
    a.resources.cpus = cpus;
    a.usedResources.cpus = used;
    a.taskCount = tasks;
    return a;
}

} // namespace

class tst_ChurnModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void byTheFormula()
    {
        // F: h0 = 2, h1 = 6, h2 = 2; tasks: h0 = 10, h1 = 4.
        const PlanningCluster c = PlanningCluster::build(
            {agent(0, 8, 6, 10), agent(1, 8, 2, 4), agent(2, 4, 2, 0)}, {}, {}, u"rack"_s, 0);
        const QList<PlanWindow> windows {{0, 2 * kHour, {0}}, {10 * kHour, 2 * kHour, {1}}};
        const ChurnModel m = ChurnModel::compute(c, windows);
        // Window 0: U = {h1, h2}, L = {h1}: 10 × 6 / 8. Window 1: U = {h0, h2}, L = {}.
        QCOMPARE(m.windows[0].displaced, 10);
        QCOMPARE(m.windows[0].churn, 7.5);
        QCOMPARE(m.windows[1].displaced, 4);
        QCOMPARE(m.windows[1].churn, 0.0);
        QCOMPARE(m.totalDisplaced, 14);
        QCOMPARE(m.totalChurn, 7.5);
    }

    void machinesStillDownAreNotUp()
    {
        const PlanningCluster c = PlanningCluster::build(
            {agent(0, 8, 6, 10), agent(1, 8, 2, 4), agent(2, 4, 2, 0)}, {}, {}, u"rack"_s, 0);
        // h2 is down (0h–20h) when window 1 starts at 1h; window 2 (h1) starts later.
        const QList<PlanWindow> windows {
            {0, 20 * kHour, {2}}, {kHour, 2 * kHour, {0}}, {5 * kHour, std::nullopt, {1}}};
        const ChurnModel m = ChurnModel::compute(c, windows);
        QCOMPARE(m.windows[1].churn, 10.0); // U = {h1}, L = {h1}
        QCOMPARE(m.windows[0].churn, 0.0); // no tasks
        QCOMPARE(m.windows[2].churn, 0.0);
    }

    void noFreeRoomMeansNoChurn()
    {
        const PlanningCluster c
            = PlanningCluster::build({agent(0, 8, 8, 10), agent(1, 8, 8, 4)}, {}, {}, u"rack"_s, 0);
        const ChurnModel m = ChurnModel::compute(c, {{0, kHour, {0}}, {kHour, kHour, {1}}});
        QCOMPARE(m.totalChurn, 0.0);
        QCOMPARE(m.totalDisplaced, 14);
    }

    void windowsStartingTogetherAreNotLater()
    {
        const PlanningCluster c = PlanningCluster::build(
            {agent(0, 8, 6, 10), agent(1, 8, 2, 4), agent(2, 4, 2, 0)}, {}, {}, u"rack"_s, 0);
        const ChurnModel m = ChurnModel::compute(c, {{0, kHour, {0}}, {0, kHour, {1}}});
        QCOMPARE(m.totalChurn, 0.0); // U = {h2}, nobody later
    }
};

QTEST_GUILESS_MAIN(tst_ChurnModel)
#include "tst_churnmodel.moc"
