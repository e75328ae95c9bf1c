#include "net/eventsubscription.h"
#include "net/leadertracker.h"
#include "net/masterclient.h"
#include "simprocess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 60000; // generous: a loaded 2-core machine

// Single quotes for readability (moc and raw strings do not mix); see scenario().
const char *const kScenario = "{'agents': [{'hostname': 'h1', 'ip': '10.0.0.1'},"
                              " {'hostname': 'h2', 'ip': '10.0.0.2'},"
                              " {'hostname': 'h3', 'ip': '10.0.0.3'}],"
                              " 'frameworks': [{'name': 'web', 'policy': 'silent',"
                              " 'tasks': [{'agent': 'h1', 'count': 2}]}]}";

const MachineId kH1 = MachineId::of(u"h1"_s, u"10.0.0.1"_s);

QStringList scenario(SimProcess &sim, const QStringList &more = {})
{
    return sim.scenario(QByteArray(kScenario).replace('\'', '"')) + more;
}

} // namespace

class tst_EventSubscription : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    std::unique_ptr<MasterClient> client(const QList<QUrl> &masters, const QString &user = {})
    {
        auto c = std::make_unique<MasterClient>(&m_network);
        MasterEndpoint e;
        e.masters = masters;
        e.user = user;
        e.password = user.isEmpty() ? QString() : u"wrong"_s;
        c->setEndpoint(e);
        return c;
    }

    static void waitDone(bool &done) { QTRY_VERIFY_WITH_TIMEOUT(done, kWaitMs); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<MasterError>();
        qRegisterMetaType<MasterEvent>();
        qRegisterMetaType<std::shared_ptr<MasterEvent>>();
    }

    void backoff_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("expected");
        QTest::newRow("first, no spread") << 1 << 0.5 << 1000;
        QTest::newRow("second") << 2 << 0.5 << 2000;
        QTest::newRow("third") << 3 << 0.5 << 4000;
        QTest::newRow("fifth") << 5 << 0.5 << 16000;
        QTest::newRow("capped") << 6 << 0.5 << 30000;
        QTest::newRow("far past the cap") << 1000 << 0.5 << 30000;
        QTest::newRow("low spread") << 1 << 0.0 << 800;
        QTest::newRow("high spread") << 3 << 0.75 << 4400;
        QTest::newRow("capped, low spread") << 9 << 0.0 << 24000;
    }
    void backoff()
    {
        QFETCH(int, failures);
        QFETCH(double, jitter);
        QFETCH(int, expected);
        QCOMPARE(EventSubscription::backoffMs(failures, jitter), expected);
    }

    void streamsTheStateThenEvents()
    {
        SimProcess sim;
        QVERIFY2(sim.start(scenario(sim)), qPrintable(sim.output()));
        auto c = client({sim.url()});
        EventSubscription sub(c.get());
        QSignalSpy subscribed(&sub, &EventSubscription::subscribed);
        QSignalSpy events(&sub, &EventSubscription::eventReceived);
        QSignalSpy dropped(&sub, &EventSubscription::dropped);
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, kWaitMs);
        QCOMPARE(sub.state(), EventSubscription::State::Streaming);
        const auto state = subscribed.at(0).at(0).value<std::shared_ptr<MasterEvent>>();
        QCOMPARE(state->type, MasterEvent::Type::Subscribed);
        QCOMPARE(state->cluster.agents.size(), 3);
        QCOMPARE(state->tasks.size(), 2);
        QCOMPARE(sub.heartbeatIntervalSecs(), 15.0);

        // Taking h1 down loses its two tasks, then removes its agent (API.md §9).
        MaintenanceWindow w;
        w.machines = {kH1};
        w.unavailability.startNs = 1900000000000000000LL;
        Schedule s;
        s.windows = {w};
        bool done = false;
        QObject context;
        c->postSchedule(s, &context, [&](const MasterError &e) {
            QVERIFY2(!e.isError(), qPrintable(e.describe()));
            c->startMaintenance({kH1}, &context, [&](const MasterError &e2) {
                QVERIFY2(!e2.isError(), qPrintable(e2.describe()));
                done = true;
            });
        });
        waitDone(done);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 3, kWaitMs);
        const auto event = [&](int i) {
            return events.at(i).at(0).value<MasterEvent>();
        };
        QCOMPARE(event(0).type, MasterEvent::Type::TaskUpdated);
        QVERIFY(!event(0).task.live);
        QCOMPARE(event(1).type, MasterEvent::Type::TaskUpdated);
        QCOMPARE(event(2).type, MasterEvent::Type::AgentRemoved);
        QCOMPARE(event(2).agentId, state->cluster.agents.first().id);
        QCOMPARE(dropped.count(), 0);
        sub.stop();
        QCOMPARE(sub.state(), EventSubscription::State::Idle);
    }

    void reconnectsWhenTheStreamEnds()
    {
        SimProcess sim;
        QVERIFY2(sim.start(scenario(sim, {u"--stream-lifetime"_s, u"1"_s})),
                 qPrintable(sim.output()));
        auto c = client({sim.url()});
        EventSubscription sub(c.get());
        sub.setBackoff(100, 400);
        QSignalSpy subscribed(&sub, &EventSubscription::subscribed);
        QSignalSpy dropped(&sub, &EventSubscription::dropped);
        QSignalSpy states(&sub, &EventSubscription::stateChanged);
        sub.start();
        QTRY_VERIFY_WITH_TIMEOUT(subscribed.count() >= 3, kWaitMs);
        QVERIFY(dropped.count() >= 2);
        const MasterError reason = dropped.at(0).at(0).value<MasterError>();
        QCOMPARE(reason.kind, MasterError::Kind::Network);
        QVERIFY(!reason.message.isEmpty());
        // Each new stream starts from the whole state again.
        QCOMPARE(
            subscribed.last().at(0).value<std::shared_ptr<MasterEvent>>()->cluster.agents.size(),
            3);
        bool waited = false;
        for (const QList<QVariant> &args : std::as_const(states))
            waited = waited
                || args.at(0).value<EventSubscription::State>()
                    == EventSubscription::State::Waiting;
        QVERIFY(waited); // between streams: the backoff
        sub.stop();
    }

    void silenceCountsAsADeadStream()
    {
        // Heartbeats every 0.3 s, then nothing at all on a stream after 1 s, which stays open.
        SimProcess sim;
        QVERIFY2(
            sim.start(scenario(
                sim, {u"--heartbeat-interval"_s, u"0.3"_s, u"--stream-silent-after"_s, u"1"_s})),
            qPrintable(sim.output()));
        auto c = client({sim.url()});
        EventSubscription sub(c.get());
        sub.setBackoff(100, 200);
        QSignalSpy subscribed(&sub, &EventSubscription::subscribed);
        QSignalSpy dropped(&sub, &EventSubscription::dropped);
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, kWaitMs);
        QCOMPARE(sub.heartbeatIntervalSecs(), 0.3);
        QTRY_VERIFY_WITH_TIMEOUT(dropped.count() >= 1, kWaitMs);
        const MasterError reason = dropped.at(0).at(0).value<MasterError>();
        QCOMPARE(reason.kind, MasterError::Kind::Timeout);
        QVERIFY2(reason.message.contains(u"heartbeat"_s), qPrintable(reason.message));
        QTRY_VERIFY_WITH_TIMEOUT(subscribed.count() >= 2, kWaitMs); // and a new stream
        sub.stop();
    }

    void followsTheLeaderWhenItChanges()
    {
        // B leads for 4 s, then steps down (closing its streams) and redirects to A.
        SimProcess a, b;
        QVERIFY2(a.start(scenario(a)), qPrintable(a.output()));
        QVERIFY2(
            b.start(scenario(b, {u"--leader"_s, a.url().toString(), u"--resign-after"_s, u"4"_s})),
            qPrintable(b.output()));
        auto c = client({b.url()});
        EventSubscription sub(c.get());
        sub.setBackoff(100, 200);
        QSignalSpy subscribed(&sub, &EventSubscription::subscribed);
        QSignalSpy dropped(&sub, &EventSubscription::dropped);
        QSignalSpy leaders(c.get(), &MasterClient::leaderChanged);
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, kWaitMs);
        QCOMPARE(c->leaders()->base(), b.url());
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 2, kWaitMs);
        QVERIFY(dropped.count() >= 1);
        QCOMPARE(c->leaders()->leader(), a.url());
        QCOMPARE(leaders.count(), 1);
        QCOMPARE(leaders.at(0).at(0).toUrl(), a.url());
        QCOMPARE(sub.state(), EventSubscription::State::Streaming);
        sub.stop();
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::newRow("v0-only master")
            << QStringList {u"--v0-only"_s} << QString() << 404 << u"404 Not Found."_s;
        QTest::newRow("wrong password") << QStringList {u"--auth"_s, u"ops:secret"_s} << u"ops"_s
                                        << 401 << u"401 Unauthorized."_s;
        QTest::newRow("subscribe forbidden")
            << QStringList {u"--forbid-subscribe"_s} << QString() << 403 << u"403 Forbidden."_s;
    }
    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, user);
        QFETCH(int, status);
        QFETCH(QString, body);
        SimProcess sim;
        QVERIFY2(sim.start(scenario(sim, args)), qPrintable(sim.output()));
        auto c = client({sim.url()}, user);
        EventSubscription sub(c.get());
        sub.setBackoff(50, 100);
        QSignalSpy refused(&sub, &EventSubscription::refused);
        QSignalSpy dropped(&sub, &EventSubscription::dropped);
        QSignalSpy subscribed(&sub, &EventSubscription::subscribed);
        sub.start();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, kWaitMs);
        const MasterError error = refused.at(0).at(0).value<MasterError>();
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.message, body);
        QVERIFY(!error.isTransient());
        QCOMPARE(error.kind == MasterError::Kind::Forbidden, status == 403);
        QCOMPARE(sub.state(), EventSubscription::State::Refused);
        QCOMPARE(sub.lastError().httpStatus, status);
        // Not asked again: a refusal is not a drop.
        QTest::qWait(1000);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(dropped.count(), 0);
        QCOMPARE(subscribed.count(), 0);
    }
};

QTEST_MAIN(tst_EventSubscription)
#include "tst_eventsubscription.moc"
