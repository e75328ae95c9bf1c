// MasterClient when things go wrong: redirects to the leader, credentials, 503s and retries,
// time-outs, dropped connections, malformed answers, dead masters, abandoned requests.

#include "masterclientfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>

class tst_MasterClientFailures : public QObject, public MasterClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void followsRedirectToLeader_data()
    {
        QTest::addColumn<Api>("api");
        QTest::newRow("v0") << Api::V0;
        QTest::newRow("v1") << Api::V1;
    }
    void followsRedirectToLeader()
    {
        QFETCH(Api, api);
        SimProcess leader, follower;
        QVERIFY2(leader.start(leader.scenario(kScenario)), qPrintable(leader.output()));
        QVERIFY2(follower.start({u"--leader"_s, leader.url().toString()}),
                 qPrintable(follower.output()));

        // A POST is redirected too, and must carry its body to the leader.
        auto c = client({follower.url()}, api);
        QSignalSpy leaderChanged(c.get(), &MasterClient::leaderChanged);
        const Outcome posted = postSchedule(*c, twoMachines());
        QCOMPARE(posted.calls, 1);
        QVERIFY2(!posted.error.isError(), qPrintable(posted.error.describe()));
        QCOMPARE(leaderChanged.count(), 1);
        QCOMPARE(leaderChanged.at(0).at(0).toUrl(), leader.url());
        QCOMPARE(c->leaders()->leader(), leader.url());
        QCOMPARE(c->leaders()->base(), leader.url());

        auto direct = client({leader.url()}, api);
        const Answer<Schedule> atLeader = fetchSchedule(*direct);
        QVERIFY(atLeader.value);
        QCOMPARE(*atLeader.value, twoMachines());

        // Reads go straight to the remembered leader: no second leaderChanged.
        const Answer<Schedule> read = fetchSchedule(*c);
        QCOMPARE(*read.value, twoMachines());
        QCOMPARE(leaderChanged.count(), 1);
    }

    void unauthorized()
    {
        SimProcess sim;
        QVERIFY2(sim.start(sim.scenario(kScenario) + QStringList {u"--auth"_s, u"alice:s3cret"_s}),
                 qPrintable(sim.output()));
        for (const Api api : {Api::V0, Api::V1}) {
            auto anonymous = client({sim.url()}, api);
            Answer<Schedule> a = fetchSchedule(*anonymous);
            QCOMPARE(a.calls, 1);
            QCOMPARE(a.error.kind, MasterError::Kind::Unauthorized);
            QCOMPARE(a.error.httpStatus, 401);
            QCOMPARE(a.error.realm, u"mesos-master-readwrite"_s);
            QCOMPARE(a.error.message, u"401 Unauthorized."_s);

            auto wrong = client({sim.url()}, api, 15000, u"alice"_s, u"guess"_s);
            QCOMPARE(fetchSchedule(*wrong).error.kind, MasterError::Kind::Unauthorized);

            auto right = client({sim.url()}, api, 15000, u"alice"_s, u"s3cret"_s);
            a = fetchSchedule(*right);
            QVERIFY2(!a.error.isError(), qPrintable(a.error.describe()));
            QVERIFY(a.value);
        }
        auto anonymous = client({sim.url()}, Api::V0);
        const Answer<MaintenanceStatus> s = fetchStatus(*anonymous);
        QCOMPARE(s.error.kind, MasterError::Kind::Unauthorized);
        QCOMPARE(s.error.realm, u"mesos-master-readonly"_s);
    }

    void serviceUnavailableIsRetriedThenFails()
    {
        SimProcess sim;
        QVERIFY2(sim.start(sim.scenario(kScenario) + QStringList {u"--fail-rate"_s, u"1"_s}),
                 qPrintable(sim.output()));
        auto c = client({sim.url()}, Api::V0);
        QElapsedTimer elapsed;
        elapsed.start();
        const Answer<Schedule> a = fetchSchedule(*c);
        QCOMPARE(a.calls, 1);
        QCOMPARE(a.error.kind, MasterError::Kind::Http);
        QCOMPARE(a.error.httpStatus, 503);
        QCOMPARE(a.error.message, u"503 Service Unavailable."_s);
        QVERIFY(a.error.isTransient());
        // Three attempts with 200 ms and 400 ms between them.
        QVERIFY2(elapsed.elapsed() >= 550, qPrintable(QString::number(elapsed.elapsed())));
    }

    void flakyReadSucceedsWritesAreNotRepeated()
    {
        FakeMaster fake;
        fake.replies = {FakeMaster::status503(), FakeMaster::status503(), FakeMaster::ok("{}")};
        auto c = client({fake.url()}, Api::V0);
        const Answer<Schedule> a = fetchSchedule(*c);
        QCOMPARE(a.calls, 1);
        QVERIFY2(!a.error.isError(), qPrintable(a.error.describe()));
        QVERIFY(a.value && a.value->isEmpty());
        QCOMPARE(fake.requests, 3);

        // A write that reached the master is never sent twice.
        FakeMaster once;
        once.replies = {FakeMaster::status503(), FakeMaster::ok("")};
        auto w = client({once.url()}, Api::V0);
        const Outcome posted = postSchedule(*w, twoMachines());
        QCOMPARE(posted.calls, 1);
        QCOMPARE(posted.error.kind, MasterError::Kind::Http);
        QCOMPARE(posted.error.httpStatus, 503);
        QCOMPARE(once.requests, 1);
        QCOMPARE(once.methods, QList<QByteArray> {"POST"});
    }

    void timeout()
    {
        SimProcess sim;
        QVERIFY2(sim.start(sim.scenario(kScenario) + QStringList {u"--latency-ms"_s, u"5000"_s}),
                 qPrintable(sim.output()));
        auto c = client({sim.url()}, Api::V0, 300);
        const Answer<Schedule> a = fetchSchedule(*c);
        QCOMPARE(a.calls, 1);
        QCOMPARE(a.error.kind, MasterError::Kind::Timeout);
        QVERIFY(!a.value);
        QVERIFY(a.error.describe().contains(u"300 ms"));
    }

    void connectionDroppedMidReply()
    {
        FakeMaster fake;
        fake.replies
            = {{"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n"
                "{\"windows\":[{\"machine_ids\":[",
                true}};
        auto c = client({fake.url()}, Api::V0);
        const Answer<Schedule> a = fetchSchedule(*c);
        QCOMPARE(a.calls, 1);
        QCOMPARE(a.error.kind, MasterError::Kind::Network);
        QVERIFY(!a.value);
        QCOMPARE(fake.requests, HttpExchange::kMaxAttempts); // a read is retried
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>proxy error</html>");
        QTest::newRow("truncated") << QByteArray(R"({"windows":[{"machine_ids":)");
        QTest::newRow("wrong type") << QByteArray(R"({"windows":"soon"})");
    }
    void malformedJson()
    {
        QFETCH(QByteArray, body);
        FakeMaster fake;
        fake.replies = {FakeMaster::ok(body)};
        auto c = client({fake.url()}, Api::V0);
        const Answer<Schedule> a = fetchSchedule(*c);
        QCOMPARE(a.calls, 1);
        QCOMPARE(a.error.kind, MasterError::Kind::BadReply);
        QCOMPARE(a.error.httpStatus, 200);
        QVERIFY(!a.error.message.isEmpty());
        QCOMPARE(fake.requests, 1); // a bad answer is not asked again
    }

    void failoverAcrossMasters()
    {
        SimProcess sim;
        QVERIFY2(sim.start(sim.scenario(kScenario)), qPrintable(sim.output()));
        const QUrl dead(u"http://127.0.0.1:%1"_s.arg(deadPort()));

        auto c = client({dead, sim.url()}, Api::V0);
        const Answer<Schedule> a = fetchSchedule(*c);
        QCOMPARE(a.calls, 1);
        QVERIFY2(!a.error.isError(), qPrintable(a.error.describe()));
        QCOMPARE(c->leaders()->base(), sim.url());

        // A write refused at the connection was never sent, so it may go to the next master.
        auto w = client({dead, sim.url()}, Api::V1);
        const Outcome posted = postSchedule(*w, twoMachines());
        QVERIFY2(!posted.error.isError(), qPrintable(posted.error.describe()));
        QCOMPARE(*fetchSchedule(*c).value, twoMachines());

        // All dead: a network error, not a hang.
        auto none = client({dead}, Api::V0);
        const Answer<Schedule> n = fetchSchedule(*none);
        QCOMPARE(n.calls, 1);
        QCOMPARE(n.error.kind, MasterError::Kind::Network);
    }

    void contextDestroyedCancels()
    {
        SimProcess sim;
        QVERIFY2(sim.start(sim.scenario(kScenario) + QStringList {u"--latency-ms"_s, u"300"_s}),
                 qPrintable(sim.output()));
        auto c = client({sim.url()}, Api::V0);
        int calls = 0;
        {
            QObject context;
            c->fetchSchedule(&context,
                             [&calls](std::optional<Schedule>, const MasterError &) { ++calls; });
        }
        // Prove the event loop ran past the master's answer: a later read completes.
        const Answer<Schedule> later = fetchSchedule(*c);
        QCOMPARE(later.calls, 1);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(tst_MasterClientFailures)
#include "tst_masterclient_failures.moc"
