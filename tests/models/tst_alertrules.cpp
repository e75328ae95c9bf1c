#include "alertfixture.h"
#include "alerts/alertrules.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 T0 = 1800000000000; // ms since the epoch
constexpr qint64 Min = AlertFixture::kMinuteMs;

QList<Alert> compute(const AlertFixture &f, qint64 now,
                     const QHash<MachineId, DrainHistory> &histories = {},
                     const Schedule *baseline = nullptr, AlertSettings settings = {})
{
    const LiveSnapshot snap = f.snapshot(now);
    return AlertRules::compute({snap, histories, now, settings, baseline});
}

QList<Alert> ofKind(const QList<Alert> &alerts, Alert::Kind kind)
{
    QList<Alert> out;
    for (const Alert &a : alerts) {
        if (a.kind == kind)
            out.append(a);
    }
    return out;
}

} // namespace

class tst_AlertRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quietClusterHasNoAlerts()
    {
        AlertFixture f;
        f.addFramework(u"fw-a"_s, u"marathon"_s);
        f.addAgent(1, 3, {u"fw-a"_s});
        f.addAgent(2, 0);
        QVERIFY(compute(f, T0).isEmpty());
    }

    void drainingPastStartAfterTheGrace()
    {
        AlertFixture f;
        f.addFramework(u"fw-k"_s, u"kafka"_s);
        f.addAgent(1, 4, {u"fw-k"_s});
        f.addAgent(2, 2, {u"fw-k"_s});
        f.addWindow({1, 2}, T0, 60 * Min);
        f.drain(1, {{u"fw-k"_s, false, T0 - Min}});
        f.drain(2);
        QVERIFY(ofKind(compute(f, T0 + 14 * Min), Alert::Kind::DrainingPastStart).isEmpty());
        const QList<Alert> alerts
            = ofKind(compute(f, T0 + 15 * Min), Alert::Kind::DrainingPastStart);
        QCOMPARE(alerts.size(), 1); // one per window
        const Alert &a = alerts.first();
        QCOMPARE(a.machines, (QList<MachineId> {f.machine(1), f.machine(2)}));
        QCOMPARE(a.sinceMs, T0);
        QCOMPARE(a.severity, Alert::Severity::Warning);
        QCOMPARE(a.action, Alert::Action::StartMaintenance);
        QVERIFY2(a.cause.contains(u"2 machine(s)"_s), qPrintable(a.cause));
        QCOMPARE(a.details.size(), 2);
        QVERIFY2(a.details.first().contains(u"kafka declined"_s), qPrintable(a.details.first()));
        QVERIFY2(a.details.last().contains(u"kafka has not answered"_s),
                 qPrintable(a.details.last()));
    }

    void downPastEndAfterTheGrace()
    {
        AlertFixture f;
        f.addWindow({3}, T0 - 120 * Min, 60 * Min); // ended an hour ago
        f.addWindow({4}, T0 - 120 * Min, -1); // open-ended: never "past end"
        f.down(3);
        f.down(4);
        const QList<Alert> alerts = ofKind(compute(f, T0), Alert::Kind::DownPastEnd);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().machines, QList<MachineId> {f.machine(3)});
        QCOMPARE(alerts.first().sinceMs, T0 - 60 * Min);
        QCOMPARE(alerts.first().action, Alert::Action::BringUp);
        AlertSettings longer;
        longer.pastEndGraceMs = 61 * Min;
        QVERIFY(ofKind(compute(f, T0, {}, nullptr, longer), Alert::Kind::DownPastEnd).isEmpty());
    }

    void readyIdleCountsFromTheLastAccept()
    {
        AlertFixture f;
        f.addFramework(u"fw-a"_s, u"marathon"_s);
        f.addAgent(5, 3, {u"fw-a"_s});
        f.addWindow({5}, T0, 120 * Min);
        f.drain(5, {{u"fw-a"_s, true, T0 + 10 * Min}});
        QVERIFY(ofKind(compute(f, T0 + 24 * Min), Alert::Kind::ReadyIdle).isEmpty());
        const QList<Alert> alerts = ofKind(compute(f, T0 + 25 * Min), Alert::Kind::ReadyIdle);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().sinceMs, T0 + 10 * Min);
        QCOMPARE(alerts.first().severity, Alert::Severity::Info);
        // Ready, but not past start: not draining-past-start either.
        QVERIFY(ofKind(compute(f, T0 + 25 * Min), Alert::Kind::DrainingPastStart).isEmpty());
        // After the window: no longer "inside its window".
        QVERIFY(ofKind(compute(f, T0 + 121 * Min), Alert::Kind::ReadyIdle).isEmpty());
    }

    void readyIdleWithoutTasksUsesTheHistory()
    {
        AlertFixture f;
        f.addAgent(6, 0);
        f.addWindow({6}, T0, 120 * Min);
        f.drain(6);
        QHash<MachineId, DrainHistory> histories;
        histories[f.machine(6)].record(T0 - 5 * Min, 4);
        histories[f.machine(6)].record(T0 + 20 * Min, 0); // empty from 20 min in
        QVERIFY(ofKind(compute(f, T0 + 34 * Min, histories), Alert::Kind::ReadyIdle).isEmpty());
        const QList<Alert> alerts
            = ofKind(compute(f, T0 + 35 * Min, histories), Alert::Kind::ReadyIdle);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().sinceMs, T0 + 20 * Min);
        // Never seen with tasks: empty since (at least) the window's start.
        QCOMPARE(ofKind(compute(f, T0 + 15 * Min), Alert::Kind::ReadyIdle).size(), 1);
    }

    void stuckDrainNamesTheHolders()
    {
        AlertFixture f;
        f.addFramework(u"fw-k"_s, u"kafka"_s);
        f.addFramework(u"fw-c"_s, u"cassandra"_s);
        f.addAgent(7, 9, {u"fw-k"_s, u"fw-c"_s});
        f.addWindow({7}, T0 + 60 * Min, 60 * Min);
        f.drain(7, {{u"fw-k"_s, false, T0}});
        QHash<MachineId, DrainHistory> histories;
        DrainHistory &h = histories[f.machine(7)];
        h.record(T0, 12);
        h.record(T0 + 2 * Min, 9); // the last fall
        h.record(T0 + 10 * Min, 9);
        QCOMPARE(AlertRules::lastFallMs(h), T0 + 2 * Min);
        QVERIFY(ofKind(compute(f, T0 + 16 * Min, histories), Alert::Kind::StuckDrain).isEmpty());
        const QList<Alert> alerts
            = ofKind(compute(f, T0 + 17 * Min, histories), Alert::Kind::StuckDrain);
        QCOMPARE(alerts.size(), 1);
        const Alert &a = alerts.first();
        QCOMPARE(a.sinceMs, T0 + 2 * Min);
        QCOMPARE(a.severity, Alert::Severity::Warning); // the window has not started
        QVERIFY2(a.cause.contains(u"9 task(s) left"_s), qPrintable(a.cause));
        QVERIFY2(a.cause.contains(u"kafka (declined)"_s), qPrintable(a.cause));
        QVERIFY2(a.cause.contains(u"cassandra (never answered)"_s), qPrintable(a.cause));
        // Without a history there is no evidence either way.
        QVERIFY(ofKind(compute(f, T0 + 17 * Min), Alert::Kind::StuckDrain).isEmpty());
    }

    void stuckDrainCountsTheTasksOfASingleHolder()
    {
        AlertFixture f;
        f.addFramework(u"fw-k"_s, u"kafka"_s);
        f.addAgent(8, 5, {u"fw-k"_s});
        f.addWindow({8}, T0, 60 * Min);
        f.drain(8, {{u"fw-k"_s, false, T0}});
        QHash<MachineId, DrainHistory> histories;
        histories[f.machine(8)].record(T0, 5);
        const QList<Alert> alerts
            = ofKind(compute(f, T0 + 15 * Min, histories), Alert::Kind::StuckDrain);
        QCOMPARE(alerts.size(), 1);
        QVERIFY2(alerts.first().cause.contains(u"kafka (declined, 5 task(s))"_s),
                 qPrintable(alerts.first().cause));
        QCOMPARE(alerts.first().severity, Alert::Severity::Critical);
    }

    void stuckDrainCountsTheTasksOfEachHolder()
    {
        AlertFixture f;
        f.addFramework(u"fw-k"_s, u"kafka"_s);
        f.addFramework(u"fw-c"_s, u"cassandra"_s);
        f.addAgent(9, 15, {u"fw-c"_s, u"fw-k"_s}).frameworkTaskCounts = {3, 12};
        f.addWindow({9}, T0, 60 * Min);
        f.drain(9, {{u"fw-k"_s, false, T0}});
        QHash<MachineId, DrainHistory> histories;
        histories[f.machine(9)].record(T0, 15);
        const QList<Alert> alerts
            = ofKind(compute(f, T0 + 15 * Min, histories), Alert::Kind::StuckDrain);
        QCOMPARE(alerts.size(), 1);
        const QString &cause = alerts.first().cause;
        QVERIFY2(cause.contains(u"15 task(s) left"_s), qPrintable(cause));
        QVERIFY2(cause.contains(u"cassandra (never answered, 3 task(s)), "
                                u"kafka (declined, 12 task(s))"_s),
                 qPrintable(cause));
    }

    void silentFrameworkAcrossMachines()
    {
        AlertFixture f;
        f.addFramework(u"fw-a"_s, u"marathon"_s);
        f.addFramework(u"fw-c"_s, u"cassandra"_s);
        for (int n : {10, 11})
            f.addAgent(n, 4, {u"fw-a"_s, u"fw-c"_s});
        f.addWindow({10, 11}, T0 + 600 * Min, 60 * Min);
        f.drain(10, {{u"fw-a"_s, true, T0}});
        f.drain(11, {{u"fw-a"_s, true, T0 + Min}});
        QVERIFY(ofKind(compute(f, T0 + 14 * Min), Alert::Kind::SilentFramework).isEmpty());
        const QList<Alert> alerts = ofKind(compute(f, T0 + 15 * Min), Alert::Kind::SilentFramework);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().subject, u"fw-c"_s);
        QCOMPARE(alerts.first().machines.size(), 2);
        QCOMPARE(alerts.first().sinceMs, T0);
        QVERIFY2(alerts.first().cause.startsWith(u"cassandra"_s), qPrintable(alerts.first().cause));
        // One answer anywhere, even a decline: it is not silent.
        f.status.draining[1].statuses.append(
            {InverseOfferStatus::Answer::Decline, u"fw-c"_s, (T0 + 2 * Min) * 1000000});
        QVERIFY(ofKind(compute(f, T0 + 15 * Min), Alert::Kind::SilentFramework).isEmpty());
    }

    void silentFrameworkNotBeforeItRegistered()
    {
        // Offers have been out on h15 since marathon answered at T0; cassandra registered 2 min
        // ago and spark 20 min ago, both with tasks there and no answer.
        const qint64 now = T0 + 60 * Min;
        AlertFixture f;
        f.addFramework(u"fw-a"_s, u"marathon"_s);
        f.addFramework(u"fw-c"_s, u"cassandra"_s);
        f.cluster.frameworks.last().registeredAtMs = now - 2 * Min;
        f.addFramework(u"fw-s"_s, u"spark"_s);
        f.cluster.frameworks.last().registeredAtMs = now - 20 * Min;
        f.addAgent(15, 6, {u"fw-a"_s, u"fw-c"_s, u"fw-s"_s});
        f.addWindow({15}, T0 + 600 * Min, 60 * Min);
        f.drain(15, {{u"fw-a"_s, true, T0}});
        QList<Alert> alerts = ofKind(compute(f, now), Alert::Kind::SilentFramework);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().subject, u"fw-s"_s);
        QCOMPARE(alerts.first().sinceMs, now - 20 * Min);
        // Registered before the answer: the answer dates it, as before.
        f.cluster.frameworks.last().registeredAtMs = T0 - 5 * Min;
        alerts = ofKind(compute(f, now), Alert::Kind::SilentFramework);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().sinceMs, T0);

        // Without a registration time (v0), what the caller remembers: first seen 2 min ago.
        f.cluster.frameworks[1].registeredAtMs.reset();
        const LiveSnapshot snap = f.snapshot(now);
        const QHash<QString, qint64> since {{u"fw-c"_s, now - 2 * Min}};
        const QHash<MachineId, DrainHistory> none;
        AlertInput in {snap, none, now, {}, nullptr};
        QCOMPARE(ofKind(AlertRules::compute(in), Alert::Kind::SilentFramework).size(), 2);
        in.frameworkSince = &since;
        alerts = ofKind(AlertRules::compute(in), Alert::Kind::SilentFramework);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().subject, u"fw-s"_s);
        // The registration time the master gives wins over a sighting.
        f.cluster.frameworks[1].registeredAtMs = now - 16 * Min;
        const LiveSnapshot registered = f.snapshot(now);
        AlertInput both {registered, none, now, {}, nullptr};
        both.frameworkSince = &since;
        QCOMPARE(ofKind(AlertRules::compute(both), Alert::Kind::SilentFramework).size(), 2);
    }

    void agentLostWhenDisconnectedOrMissing()
    {
        AlertFixture f;
        f.addAgent(12, 0).active = false; // disconnected
        f.addAgent(13, 0).active = false; // deactivated by an operator: not lost
        f.cluster.agents.last().deactivated = true;
        // 14 has no agent at all.
        f.addWindow({12, 13, 14}, T0 - Min, 60 * Min);
        for (int n : {12, 13, 14})
            f.drain(n);
        const QList<Alert> alerts = ofKind(compute(f, T0), Alert::Kind::AgentLost);
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts[0].machines, QList<MachineId> {f.machine(12)});
        QVERIFY2(alerts[0].cause.contains(u"disconnected"_s), qPrintable(alerts[0].cause));
        QCOMPARE(alerts[1].machines, QList<MachineId> {f.machine(14)});
        QVERIFY2(alerts[1].cause.contains(u"no registered agent"_s), qPrintable(alerts[1].cause));
        QCOMPARE(alerts[0].severity, Alert::Severity::Critical); // inside its window
    }

    void scheduleChangedDescribesTheChange()
    {
        AlertFixture f;
        f.addWindow({20, 21}, T0 + 60 * Min, 60 * Min);
        const Schedule baseline = f.schedule;
        QVERIFY(ofKind(compute(f, T0, {}, &baseline), Alert::Kind::ScheduleChanged).isEmpty());
        f.schedule.windows[0].machines.removeLast();
        f.addWindow({22}, T0 + 180 * Min, 60 * Min);
        const QList<Alert> alerts
            = ofKind(compute(f, T0, {}, &baseline), Alert::Kind::ScheduleChanged);
        QCOMPARE(alerts.size(), 1);
        const Alert &a = alerts.first();
        QVERIFY2(a.cause.contains(u"1 window(s) added"_s), qPrintable(a.cause));
        QVERIFY2(a.cause.contains(u"1 machine(s) removed"_s), qPrintable(a.cause));
        QCOMPARE(a.machines.size(), 2);
        QVERIFY(!a.details.isEmpty());
        QCOMPARE(a.action, Alert::Action::Acknowledge);
        QVERIFY(ofKind(compute(f, T0), Alert::Kind::ScheduleChanged).isEmpty()); // no baseline
    }
};

QTEST_GUILESS_MAIN(tst_AlertRules)
#include "tst_alertrules.moc"
