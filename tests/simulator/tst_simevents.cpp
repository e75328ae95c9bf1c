// The scenario's `events` in simulated time (issue 11): parsing, what each does to the cluster,
// the v1 events on the SUBSCRIBE stream, and every kind of alert raised once and cleared.

#include "eventstream.h"
#include "simclock.h"
#include "simsnapshot.h"
#include "simulatedmaster.h"
#include "v1protobuf.h"
#include "v1statejson.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 S = SimCluster::Second;
constexpr qint64 T0 = 1800000000LL * S;

Scenario::AgentSpec agentSpec(int n)
{
    Scenario::AgentSpec a;
    a.hostname = u"a%1.example"_s.arg(n);
    a.ip = u"10.0.0.%1"_s.arg(n);
    return a;
}

MachineId machine(int n)
{
    return MachineId::of(u"a%1.example"_s.arg(n), u"10.0.0.%1"_s.arg(n));
}

Scenario::FrameworkSpec framework(const QString &name, const QString &policy,
                                  QList<Scenario::Placement> tasks)
{
    Scenario::FrameworkSpec f;
    f.name = name;
    f.policy = *FrameworkPolicy::parse(policy);
    f.tasks = std::move(tasks);
    return f;
}

Scenario::Event simEvent(qint64 atSecs, Scenario::Event::Kind kind, int agent = 0)
{
    Scenario::Event e;
    e.atNs = atSecs * S;
    e.kind = kind;
    if (agent > 0)
        e.agent = agentSpec(agent).hostname;
    return e;
}

const Agent *findAgent(const LiveSnapshot &s, int n)
{
    for (const Agent &a : s.cluster.agents) {
        if (a.hostname == agentSpec(n).hostname)
            return &a;
    }
    return nullptr;
}

} // namespace

class tst_SimEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEvents()
    {
        const QByteArray json
            = "{\"agents\":[{\"hostname\":\"a1\",\"ip\":\"10.0.0.1\"}],"
              "\"frameworks\":[{\"name\":\"web\",\"tasks\":[{\"agent\":\"a1\"}]}],"
              "\"events\":["
              "{\"at\":\"90s\",\"disconnect\":\"a1\"},"
              "{\"at\":\"3m\",\"reconnect\":\"a1\"},"
              "{\"at\":\"1m30s\",\"frameworkAdded\":{\"name\":\"storm\","
              "\"policy\":\"silent\",\"tasks\":[{\"agent\":\"a1\",\"count\":2}]}},"
              "{\"at\":\"4m\",\"frameworkRemoved\":\"web\"},"
              "{\"at\":\"500ms\",\"tasks\":{\"agent\":\"a1\",\"framework\":\"web\","
              "\"count\":3}},"
              "{\"at\":\"1h\",\"down\":\"a1\"},{\"at\":\"2h\",\"up\":\"a1\"},"
              "{\"at\":\"0s\",\"schedule\":{\"windows\":[]}}]}";
        const Result<Scenario> s = Scenario::fromJson(json);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().describe()));
        const QList<Scenario::Event> &e = s->events;
        QCOMPARE(e.size(), 8);
        using Kind = Scenario::Event::Kind;
        QCOMPARE(e[0].kind, Kind::Disconnect);
        QCOMPARE(e[0].atNs, 90 * S);
        QCOMPARE(e[0].agent, u"a1"_s);
        QCOMPARE(e[1].kind, Kind::Reconnect);
        QCOMPARE(e[2].kind, Kind::FrameworkAdded);
        QCOMPARE(e[2].atNs, 90 * S);
        QCOMPARE(e[2].added.name, u"storm"_s);
        QCOMPARE(e[2].added.policy.kind, FrameworkPolicy::Kind::Silent);
        QCOMPARE(e[2].added.tasks.first().count, 2);
        QCOMPARE(e[3].framework, u"web"_s);
        QCOMPARE(e[4].kind, Kind::Tasks);
        QCOMPARE(e[4].atNs, S / 2);
        QCOMPARE(e[4].count, 3);
        QCOMPARE(e[5].kind, Kind::Down);
        QCOMPARE(e[6].kind, Kind::Up);
        QCOMPARE(e[7].kind, Kind::Schedule);
    }

    void refusesBadEvents_data()
    {
        QTest::addColumn<QByteArray>("events");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a list") << QByteArray("{}") << u"'events' must be an array"_s;
        QTest::newRow("unknown key") << QByteArray("[{\"at\":\"1s\",\"explode\":\"a1\"}]")
                                     << u"unknown key 'explode' in 'events[0]'"_s;
        QTest::newRow("nothing") << QByteArray("[{\"at\":\"1s\"}]")
                                 << u"'events[0]' says nothing happens"_s;
        QTest::newRow("two") << QByteArray("[{\"at\":\"1s\",\"up\":\"a1\",\"down\":\"a1\"}]")
                             << u"one event each"_s;
        QTest::newRow("bad time") << QByteArray("[{\"at\":\"soon\",\"up\":\"a1\"}]")
                                  << u"'events[0].at' must be a duration"_s;
        QTest::newRow("unknown agent")
            << QByteArray("[{\"at\":\"1s\",\"disconnect\":\"zz\"}]") << u"unknown agent 'zz'"_s;
        QTest::newRow("bad count")
            << QByteArray("[{\"at\":\"1s\",\"tasks\":{\"agent\":\"a1\",\"count\":-1}}]")
            << u"'events[0].tasks.count' must be a whole number"_s;
    }

    void refusesBadEvents()
    {
        QFETCH(QByteArray, events);
        QFETCH(QString, message);
        const QByteArray json
            = "{\"agents\":[{\"hostname\":\"a1\",\"ip\":\"10.0.0.1\"}],\"events\":" + events + '}';
        const Result<Scenario> s = Scenario::fromJson(json);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
    }

    void disconnectedThenUnreachableThenBack()
    {
        Scenario sc;
        sc.agents = {agentSpec(1), agentSpec(2)};
        sc.frameworks = {framework(u"web"_s, u"accept"_s, {{agentSpec(1).hostname, 2}})};
        sc.events = {simEvent(10, Scenario::Event::Kind::Disconnect, 1),
                     simEvent(200, Scenario::Event::Kind::Reconnect, 1),
                     simEvent(300, Scenario::Event::Kind::Disconnect, 2),
                     simEvent(310, Scenario::Event::Kind::Reconnect, 2)};
        SimClock clock(0, T0);
        SimCluster c(sc, &clock);
        QSignalSpy added(&c, &SimCluster::agentAdded);
        QSignalSpy removed(&c, &SimCluster::agentRemoved);
        const QString id = findAgent(SimAlertWatcher::snapshot(c, T0), 1)->id;

        c.advanceTo(T0 + 10 * S);
        LiveSnapshot s = SimAlertWatcher::snapshot(c, c.nowNs());
        QVERIFY(findAgent(s, 1));
        QVERIFY(!findAgent(s, 1)->active);
        QVERIFY(!findAgent(s, 1)->deactivated);
        QCOMPARE(findAgent(s, 1)->taskCount, 2);

        c.advanceTo(T0 + 10 * S + SimCluster::UnreachableAfterNs);
        s = SimAlertWatcher::snapshot(c, c.nowNs());
        QVERIFY(!findAgent(s, 1)); // unreachable agents are not listed
        QCOMPARE(removed.size(), 0); // and no AGENT_REMOVED is sent
        QCOMPARE(s.cluster.totalTasks, 0);

        c.advanceTo(T0 + 200 * S);
        s = SimAlertWatcher::snapshot(c, c.nowNs());
        QVERIFY(findAgent(s, 1));
        QVERIFY(findAgent(s, 1)->active);
        QCOMPARE(findAgent(s, 1)->id, id); // back under its old ID
        QCOMPARE(added.size(), 1);

        // Back within the timeout: still registered, nothing sent.
        c.advanceTo(T0 + 400 * S);
        s = SimAlertWatcher::snapshot(c, c.nowNs());
        QVERIFY(findAgent(s, 2)->active);
        QCOMPARE(added.size(), 1);
    }

    void frameworksComeAndGo()
    {
        Scenario sc;
        sc.agents = {agentSpec(1), agentSpec(2)};
        sc.frameworks = {framework(u"web"_s, u"accept"_s, {{agentSpec(1).hostname, 2}})};
        Scenario::Event add = simEvent(5, Scenario::Event::Kind::FrameworkAdded);
        add.added = framework(u"storm"_s, u"silent"_s, {{agentSpec(2).hostname, 3}});
        Scenario::Event update = simEvent(6, Scenario::Event::Kind::FrameworkAdded);
        update.added = framework(u"storm"_s, u"accept"_s, {});
        Scenario::Event tasks = simEvent(7, Scenario::Event::Kind::Tasks, 2);
        tasks.framework = u"web"_s;
        tasks.count = 4;
        Scenario::Event remove = simEvent(8, Scenario::Event::Kind::FrameworkRemoved);
        remove.framework = u"storm"_s;
        sc.events = {add, update, tasks, remove};
        SimClock clock(0, T0);
        SimCluster c(sc, &clock);
        QSignalSpy fwAdded(&c, &SimCluster::frameworkAdded);
        QSignalSpy fwUpdated(&c, &SimCluster::frameworkUpdated);
        QSignalSpy fwRemoved(&c, &SimCluster::frameworkRemoved);
        QSignalSpy taskAdded(&c, &SimCluster::taskAdded);

        c.advanceTo(T0 + 5 * S);
        QCOMPARE(fwAdded.size(), 1);
        QCOMPARE(fwAdded.at(0).at(0).toInt(), 1);
        QCOMPARE(taskAdded.size(), 3);
        LiveSnapshot s = SimAlertWatcher::snapshot(c, c.nowNs());
        QCOMPARE(s.cluster.frameworks.size(), 2);
        QCOMPARE(findAgent(s, 2)->taskCount, 3);

        c.advanceTo(T0 + 6 * S);
        QCOMPARE(fwUpdated.size(), 1);
        QCOMPARE(c.frameworks()[1].policy.kind, FrameworkPolicy::Kind::Accept);
        // Registered at 5 s, re-registered at 6 s (simulated): the v1 state says so, exactly.
        QCOMPARE(c.frameworks()[1].registeredNs, T0 + 5 * S);
        s = SimAlertWatcher::snapshot(c, c.nowNs(), SimAlertWatcher::Api::V1);
        QCOMPARE(s.cluster.frameworks[1].registeredAtMs,
                 std::optional<qint64>((T0 + 6 * S) / 1000000));
        c.advanceTo(T0 + 7 * S);
        QCOMPARE(taskAdded.size(), 7);
        QCOMPARE(SimAlertWatcher::snapshot(c, c.nowNs()).cluster.totalTasks, 9);

        c.advanceTo(T0 + 8 * S);
        QCOMPARE(fwRemoved.size(), 1);
        s = SimAlertWatcher::snapshot(c, c.nowNs());
        QCOMPARE(s.cluster.frameworks.size(), 1); // torn down: no longer listed
        QCOMPARE(findAgent(s, 2)->taskCount, 4); // its tasks were killed
        QCOMPARE(c.frameworks()[1].completedTasks.last().state, TaskState::Killed);
    }

    void frameworkEventsEncode()
    {
        Scenario sc;
        sc.agents = {agentSpec(1)};
        sc.frameworks = {framework(u"web"_s, u"accept"_s, {})};
        SimClock clock(0, T0);
        SimCluster c(sc, &clock);
        const SimMasterInfo info;
        const V1StateJson v1(c, info);
        const QByteArray added = v1.frameworkEvent(0, true);
        QVERIFY2(
            added.startsWith("{\"type\":\"FRAMEWORK_ADDED\",\"framework_added\":{\"framework\":"
                             "{\"framework_info\":"),
            added.constData());
        QVERIFY(v1.frameworkEvent(0, false).startsWith("{\"type\":\"FRAMEWORK_UPDATED\""));
        QVERIFY(v1.frameworkRemoved(0).contains("\"framework_removed\":{\"framework_info\":"));
        for (const QByteArray &e : {added, v1.frameworkEvent(0, false), v1.frameworkRemoved(0)}) {
            const std::optional<QByteArray> binary = V1Protobuf::eventFromJson(e);
            QVERIFY(binary);
            QVERIFY(!binary->isEmpty());
        }
    }

    void streamCarriesTheEvents()
    {
        Scenario sc;
        sc.agents = {agentSpec(1), agentSpec(2)};
        sc.frameworks = {framework(u"web"_s, u"accept"_s, {{agentSpec(1).hostname, 1}})};
        Scenario::Event add = simEvent(5, Scenario::Event::Kind::FrameworkAdded);
        add.added = framework(u"storm"_s, u"silent"_s, {{agentSpec(2).hostname, 1}});
        Scenario::Event remove = simEvent(6, Scenario::Event::Kind::FrameworkRemoved);
        remove.framework = u"storm"_s;
        sc.events = {add, remove, simEvent(7, Scenario::Event::Kind::Disconnect, 1),
                     simEvent(100, Scenario::Event::Kind::Reconnect, 1)};
        SimOptions options;
        options.speed = 0;
        SimulatedMaster master(sc, options);
        QVERIFY(master.listen());
        QTcpSocket stream;
        stream.connectToHost(u"127.0.0.1"_s, master.port());
        QVERIFY(stream.waitForConnected(5000));
        const QByteArray body = "{\"type\":\"SUBSCRIBE\"}";
        stream.write("POST /api/v1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Accept: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray in;
        const auto receivedAll = [&](const QList<QByteArray> &types) {
            in += stream.readAll();
            for (const QByteArray &t : types) {
                if (!in.contains(QByteArray("{\"type\":\"" + t + '"')))
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(receivedAll({"SUBSCRIBED"}), 10000);
        master.advance(10 * S);
        QTRY_VERIFY_WITH_TIMEOUT(
            receivedAll({"FRAMEWORK_ADDED", "TASK_ADDED", "TASK_UPDATED", "FRAMEWORK_REMOVED"}),
            10000);
        QVERIFY(!in.contains("\"type\":\"AGENT_REMOVED\"")); // a disconnection sends nothing
        master.advance(100 * S);
        QTRY_VERIFY_WITH_TIMEOUT(receivedAll({"AGENT_ADDED"}), 10000); // back from unreachable
        QVERIFY(!in.contains("\"type\":\"AGENT_REMOVED\""));
    }

    // A framework that registers mid-drain owes answers from then, not from when the others
    // answered: over v1 the master says when it registered, over v0 the tracker's first sighting
    // stands in.
    void frameworkRegisteredMidDrainIsNotSilentAtOnce_data()
    {
        QTest::addColumn<bool>("v1");
        QTest::newRow("v0 state summary") << false;
        QTest::newRow("v1 GET_STATE") << true;
    }

    void frameworkRegisteredMidDrainIsNotSilentAtOnce()
    {
        QFETCH(bool, v1);
        Scenario sc;
        sc.agents = {agentSpec(1), agentSpec(2)};
        sc.frameworks = {framework(u"web"_s, u"accept"_s, {{agentSpec(1).hostname, 2}})};
        Schedule schedule;
        schedule.windows.append({{machine(1)}, {T0 + 3600 * S, 3600 * S}});
        sc.schedule = schedule;
        Scenario::Event late = simEvent(300, Scenario::Event::Kind::FrameworkAdded);
        late.added = framework(u"late"_s, u"silent"_s, {{agentSpec(1).hostname, 2}});
        sc.events = {late};

        AlertSettings settings;
        settings.setGraces(60 * 1000);
        SimClock clock(0, T0);
        SimCluster c(sc, &clock);
        SimAlertWatcher w(settings);
        w.api = v1 ? SimAlertWatcher::Api::V1 : SimAlertWatcher::Api::V0;
        w.look(c);
        w.run(c, T0 + 420 * S, 5 * S);
        if (v1) { // GET_STATE tells when it registered, in simulated time
            const LiveSnapshot s = SimAlertWatcher::snapshot(c, c.nowNs(), w.api);
            QCOMPARE(s.cluster.frameworks.size(), 2);
            QCOMPARE(s.cluster.frameworks.last().registeredAtMs,
                     std::optional<qint64>((T0 + 300 * S) / 1000000));
        }
        const QList<SimAlertWatcher::Change> silent = w.of(Alert::Kind::SilentFramework, true);
        QCOMPARE(silent.size(), 1);
        const qint64 raisedAt = silent.first().atMs / 1000 - T0 / S;
        QVERIFY2(raisedAt >= 360 && raisedAt <= 370, QByteArray::number(raisedAt).constData());
        QCOMPARE(silent.first().alert.sinceMs, (T0 + 300 * S) / 1000000);
    }

    // Every kind of alert from one scenario in simulated time: raised once, shown while the cause
    // lasts, cleared when it goes.
    void everyAlertRaisedOnceAndCleared()
    {
        using Kind = Scenario::Event::Kind;
        Scenario sc;
        for (int n = 1; n <= 6; ++n)
            sc.agents.append(agentSpec(n));
        const auto host = [](int n) {
            return agentSpec(n).hostname;
        };
        sc.frameworks = {framework(u"web"_s, u"accept"_s,
                                   {{host(1), 2}, {host(2), 2}, {host(3), 2}, {host(5), 2}}),
                         framework(u"db"_s, u"decline"_s, {{host(2), 3}}),
                         framework(u"cache"_s, u"silent"_s, {{host(3), 2}, {host(4), 2}})};
        Schedule schedule;
        schedule.windows.append(
            {{machine(1), machine(2), machine(3), machine(4)}, {T0 - 600 * S, 3 * 3600 * S}});
        schedule.windows.append({{machine(5)}, {T0 - 3 * 3600 * S, 2 * 3600 * S}});
        sc.schedule = schedule;
        Scenario::Event changed = simEvent(150, Kind::Schedule);
        changed.schedule = schedule;
        changed.schedule.windows.append({{machine(6)}, {T0 + 24 * 3600 * S, 3600 * S}});
        Scenario::Event dbGone = simEvent(400, Kind::FrameworkRemoved);
        dbGone.framework = u"db"_s;
        Scenario::Event cacheGone = simEvent(450, Kind::FrameworkRemoved);
        cacheGone.framework = u"cache"_s;
        sc.events = {simEvent(5, Kind::Down, 5),
                     simEvent(30, Kind::Disconnect, 1),
                     changed,
                     simEvent(200, Kind::Reconnect, 1),
                     simEvent(300, Kind::Up, 5),
                     dbGone,
                     cacheGone,
                     simEvent(600, Kind::Down, 1),
                     simEvent(600, Kind::Down, 2),
                     simEvent(600, Kind::Down, 3),
                     simEvent(600, Kind::Down, 4)};

        AlertSettings settings;
        settings.setGraces(60 * 1000);
        settings.stuckAfterMs = 120 * 1000;
        SimClock clock(0, T0);
        SimCluster c(sc, &clock);
        SimAlertWatcher w(settings);
        w.look(c);
        w.run(c, T0 + 200 * S, 5 * S);
        QCOMPARE(w.of(Alert::Kind::ScheduleChanged, true).size(), 1);
        w.tracker.acknowledgeSchedule(c.schedule());
        w.run(c, T0 + 700 * S, 5 * S);

        // No cause is raised twice without being cleared in between.
        QHash<QString, bool> up;
        for (const SimAlertWatcher::Change &c : w.changes) {
            QVERIFY2(up.value(c.alert.key()) != c.raised, qPrintable(c.alert.key()));
            up.insert(c.alert.key(), c.raised);
        }
        // The cause of each kind that the scenario sets up, found by a machine it names: raised
        // and cleared when expected (seconds after the start).
        struct Expected
        {
            Alert::Kind kind;
            int machine;
            qint64 raisedFrom, raisedTo, clearedFrom, clearedTo;
        };
        const Expected expected[] = {
            {Alert::Kind::DrainingPastStart, 2, 0, 0, 450, 450},
            {Alert::Kind::DownPastEnd, 5, 5, 5, 300, 300},
            {Alert::Kind::ReadyIdle, 1, 60, 70, 600, 600},
            {Alert::Kind::StuckDrain, 2, 125, 140, 400, 400},
            {Alert::Kind::SilentFramework, 3, 60, 70, 450, 450},
            {Alert::Kind::AgentLost, 1, 30, 30, 200, 200},
            {Alert::Kind::ScheduleChanged, 6, 150, 150, 200, 200},
        };
        for (const Expected &e : expected) {
            const QByteArray name = Alert::kindName(e.kind).toUtf8();
            QString key;
            qint64 raisedAt = -1, clearedAt = -1;
            int raises = 0;
            for (const SimAlertWatcher::Change &c : w.changes) {
                if (c.alert.kind != e.kind)
                    continue;
                if (key.isEmpty() && c.raised && c.alert.machines.contains(machine(e.machine)))
                    key = c.alert.key();
                if (c.alert.key() != key)
                    continue;
                raises += c.raised ? 1 : 0;
                (c.raised ? raisedAt : clearedAt) = c.atMs / 1000 - T0 / S;
            }
            QVERIFY2(raises == 1, name.constData());
            QVERIFY2(raisedAt >= e.raisedFrom && raisedAt <= e.raisedTo,
                     QByteArray(name + " raised at " + QByteArray::number(raisedAt)).constData());
            QVERIFY2(clearedAt >= e.clearedFrom && clearedAt <= e.clearedTo,
                     QByteArray(name + " cleared at " + QByteArray::number(clearedAt)).constData());
        }
        for (const SimAlertWatcher::Change &c : w.of(Alert::Kind::StuckDrain, true)) {
            if (c.alert.machines == QList<MachineId> {machine(2)})
                QVERIFY2(c.alert.cause.contains(u"db (declined)"_s), qPrintable(c.alert.cause));
        }
        const QList<SimAlertWatcher::Change> silent = w.of(Alert::Kind::SilentFramework, true);
        QCOMPARE(silent.size(), 1); // cache; web and db answered before the schedule post
        QCOMPARE(silent.first().alert.machines, (QList<MachineId> {machine(3), machine(4)}));
        QCOMPARE(w.tracker.count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SimEvents)
#include "tst_simevents.moc"
