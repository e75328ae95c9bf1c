#include "planning/capacityprofile.h"
#include "planning/limitchecker.h"
#include "planning/rollingplanner.h"
#include "planningscenario.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3'600'000'000'000LL;
constexpr qint64 kTue = (1'796'601'600LL + 86'400) * 1'000'000'000LL; // Tue 2026-12-08 00:00 UTC

QList<Agent> zone(const QString &name, int machines, int firstIp = 1)
{
    QList<Agent> agents;
    for (int i = 0; i < machines; ++i) {
        Agent a;
        a.hostname = u"%1-%2"_s.arg(name).arg(i);
        a.ip = u"10.0.%1.%2"_s.arg(firstIp).arg(i);
        a.zone = name;
        a.attributes.insert(u"rack"_s, u"%1-r%2"_s.arg(name).arg(i / 10));
        a.resources = {4, 1000, 0, 0};
        agents.append(a);
    }
    return agents;
}

PlanWindow window(qint64 start, qint64 hours, QList<int> machines)
{
    return PlanWindow {start, hours * kHour, std::move(machines)};
}

QSet<QString> keys(const QList<LimitViolation> &vs)
{
    QSet<QString> out;
    for (const LimitViolation &v : vs)
        out.insert(planningLimitKey(v.limit) + u'/' + v.scope);
    return out;
}

} // namespace

class tst_LimitChecker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reportsInTheTimelineWording()
    {
        const PlanningCluster c
            = PlanningCluster::build(zone(u"us-east-1b"_s, 40), {}, {}, u"rack"_s, 0);
        PlanningLimits limits;
        limits.maxDownPerZone = PolicyAmount::percent(10);
        LimitChecker checker(c, limits);
        checker.setWindows({window(kTue, 6, {0, 11, 22, 33}), window(kTue + 2 * kHour, 2, {5})});
        const QList<LimitViolation> v = checker.violations();
        QCOMPARE(v.size(), 1);
        QCOMPARE(v[0].describe(QTimeZone::utc()),
                 u"zone us-east-1b: 4 → 5 of 40 down (12.5% > 10%) Tue 2026-12-08 02:00–04:00"_s);
        QCOMPARE(v[0].describe(QTimeZone("Europe/Berlin")),
                 u"zone us-east-1b: 4 → 5 of 40 down (12.5% > 10%) Tue 2026-12-08 03:00–05:00"_s);
    }

    void everyLimitIsChecked()
    {
        QList<Agent> agents = zone(u"a"_s, 20) + zone(u"b"_s, 20, 2);
        const PlanningCluster c = PlanningCluster::build(agents, {}, {}, u"rack"_s, 0);
        PlanningLimits limits;
        limits.maxDown = PolicyAmount::count(3);
        limits.maxDownPerRack = PolicyAmount::count(1);
        limits.maxZonesAtOnce = PolicyAmount::count(1);
        limits.minCpusPerZone = PolicyAmount::percent(90); // 80 CPUs: 72 must be left
        LimitChecker checker(c, limits);
        // Zone a: machines 0, 1 (rack a-r0) and 2, 3 (a-r0 too); zone b: 20.
        checker.setWindows({window(kTue, 2, {0, 1, 2}), window(kTue + kHour, 2, {3, 20})});
        const QList<LimitViolation> v = checker.violations();
        QCOMPARE(keys(v),
                 (QSet<QString> {u"maxDown/"_s, u"maxDownPerRack/a-r0"_s, u"maxZonesAtOnce/"_s,
                                 u"minLeftPerZone.cpus/a"_s}));
        for (const LimitViolation &x : v) {
            if (x.limit == PlanningLimit::MinCpusPerZone) {
                QCOMPARE(
                    x.describe(QTimeZone::utc()),
                    u"zone a: 80 → 68 of 80 CPUs left (85% < 90%) Tue 2026-12-08 00:00–02:00"_s);
            }
            if (x.limit == PlanningLimit::MaxZonesAtOnce)
                QCOMPARE(
                    x.describe(QTimeZone::utc()),
                    u"cluster: 1 → 2 of 2 zones down at once (2 > 1) Tue 2026-12-08 01:00–03:00"_s);
        }
    }

    void downMachinesAreAlwaysDown()
    {
        const QList<Agent> agents = zone(u"a"_s, 10);
        const QList<MachineId> down {agents[0].machineId()};
        Schedule schedule;
        schedule.windows.append({down, {kTue - 10 * kHour, 1 * kHour}}); // ended, but DOWN
        const PlanningCluster c = PlanningCluster::build(agents, schedule, down, u"rack"_s, kTue);
        PlanningLimits limits;
        limits.maxDownPerZone = PolicyAmount::count(1);
        LimitChecker checker(c, limits);
        checker.setWindows(c.windowsOf(schedule) + QList<PlanWindow> {window(kTue, 1, {1})});
        QCOMPARE(checker.violations().size(), 1);
        QCOMPARE(checker.violations()[0].before, 1.0);
        QCOMPARE(checker.violations()[0].after, 2.0);
    }

    void openEndedWindowsNeverEndAndNeverOverflow()
    {
        const PlanningCluster c = PlanningCluster::build(zone(u"a"_s, 10), {}, {}, u"rack"_s, 0);
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        QCOMPARE((PlanWindow {kMax - 10, 100, {0}}).endNs(), kMax);
        QCOMPARE((PlanWindow {5, std::nullopt, {0}}).endNs(), kMax);
        PlanningLimits limits;
        limits.maxDown = PolicyAmount::count(1);
        LimitChecker checker(c, limits);
        checker.setWindows(
            {PlanWindow {kTue, std::nullopt, {0}}, PlanWindow {kMax - kHour, 2 * kHour, {1}}});
        const QList<LimitViolation> v = checker.violations();
        QCOMPARE(v.size(), 1);
        QCOMPARE(v[0].startNs, kMax - kHour);
        QCOMPARE(v[0].endNs, kMax);
        QVERIFY(v[0].describe(QTimeZone::utc()).endsWith(u"onwards"_s));
    }

    void dragCheckAgreesWithAFullCheck()
    {
        QRandomGenerator rng(7);
        for (int seed = 1; seed <= 300; ++seed) {
            PlanningScenario s = PlanningScenario::random(quint32(seed));
            s.schedule = {};
            s.down.clear();
            const PlanningCluster c = PlanningCluster::build(s.agents, {}, {}, u"rack"_s, 0);
            QList<PlanWindow> windows = RollingPlanner::plan(c, {}, s.policy, s.nowNs).windows;
            if (windows.isEmpty())
                continue;
            LimitChecker checker(c, s.policy.limits);
            checker.setWindows(windows);
            QVERIFY(checker.violations().isEmpty());
            const int k = int(rng.bounded(int(windows.size())));
            const PlanWindow old = windows[k];
            const qint64 start = old.startNs + (qint64(rng.bounded(48)) - 24) * kHour / 2;
            const LimitChecker::Interval proposed {start, start + *old.durationNs};
            const QList<LimitViolation> quick = checker.checkWindow(
                old.machines, LimitChecker::Interval {old.startNs, old.endNs()}, proposed);
            windows[k].startNs = start;
            LimitChecker full(c, s.policy.limits);
            full.setWindows(windows);
            QCOMPARE(keys(quick), keys(full.violations()));
        }
    }

    void capacityIsAStepList()
    {
        const PlanningCluster c = PlanningCluster::build(zone(u"a"_s, 10), {}, {}, u"rack"_s, 0);
        PlanningLimits limits;
        limits.minAgentsPerZone = PolicyAmount::percent(85);
        const DownProfile down(c, {window(kTue, 2, {0, 1}), window(kTue + kHour, 2, {2})});
        const CapacityProfile p = CapacityProfile::build(c, down, 0, limits);
        QCOMPARE(p.steps().size(), 5);
        QCOMPARE(p.steps()[0].agents, 10.0);
        QCOMPARE(p.steps()[p.indexAt(kTue + kHour)].agents, 7.0);
        QCOMPARE(p.steps()[p.indexAt(kTue + kHour)].cpus, 28.0);
        QVERIFY(p.breaksFloor(p.steps()[p.indexAt(kTue + kHour)]));
        QVERIFY(!p.breaksFloor(p.steps()[p.indexAt(kTue + 2 * kHour)]));
        QCOMPARE(p.steps().last().agents, 10.0);
        QCOMPARE(p.indexAt(std::numeric_limits<qint64>::min()), 0);
    }
};

QTEST_GUILESS_MAIN(tst_LimitChecker)
#include "tst_limitchecker.moc"
