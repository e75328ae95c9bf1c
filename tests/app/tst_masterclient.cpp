// MasterClient against the simulated master and stand-ins: both APIs, the master's refusals, the
// cluster read, API detection and a master under a path.

#include "masterclientfixture.h"

#include <QSignalSpy>

class tst_MasterClient : public QObject, public MasterClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void bothApis_data()
    {
        QTest::addColumn<Api>("api");
        QTest::newRow("v0") << Api::V0;
        QTest::newRow("v1") << Api::V1;
        QTest::newRow("auto") << Api::Auto;
    }
    void bothApis()
    {
        QFETCH(Api, api);
        SimProcess sim;
        QVERIFY2(sim.start(sim.scenario(kScenario)), qPrintable(sim.output()));
        auto c = client({sim.url()}, api);
        QSignalSpy detected(c.get(), &MasterClient::apiDetected);

        Answer<Schedule> schedule = fetchSchedule(*c);
        QCOMPARE(schedule.calls, 1);
        QVERIFY2(!schedule.error.isError(), qPrintable(schedule.error.describe()));
        QVERIFY(schedule.value && schedule.value->isEmpty());
        if (api == Api::Auto) {
            QCOMPARE(detected.count(), 1);
            QCOMPARE(detected.at(0).at(0).value<Api>(), Api::V1);
            QCOMPARE(c->activeApi(), Api::V1);
        } else {
            QCOMPARE(detected.count(), 0);
            QCOMPARE(c->activeApi(), api);
        }

        Outcome posted = postSchedule(*c, twoMachines());
        QCOMPARE(posted.calls, 1);
        QVERIFY2(!posted.error.isError(), qPrintable(posted.error.describe()));
        schedule = fetchSchedule(*c);
        QVERIFY(schedule.value);
        QCOMPARE(*schedule.value, twoMachines());

        Answer<MaintenanceStatus> status = fetchStatus(*c);
        QCOMPARE(status.calls, 1);
        QVERIFY(!status.error.isError());
        QCOMPARE(status.value->draining.size(), 2);
        QVERIFY(status.value->down.isEmpty());

        const QList<MachineId> h1 {MachineId::of(u"h1"_s, u"10.0.0.1"_s)};
        Outcome down
            = mutate([&](QObject *ctx, MasterClient::Done d) { c->startMaintenance(h1, ctx, d); });
        QCOMPARE(down.calls, 1);
        QVERIFY2(!down.error.isError(), qPrintable(down.error.describe()));
        status = fetchStatus(*c);
        QCOMPARE(status.value->down, h1);
        QCOMPARE(status.value->draining.size(), 1);
        QCOMPARE(status.value->draining.first().id, MachineId::of(u"h2"_s, u"10.0.0.2"_s));

        Outcome up
            = mutate([&](QObject *ctx, MasterClient::Done d) { c->stopMaintenance(h1, ctx, d); });
        QCOMPARE(up.calls, 1);
        QVERIFY2(!up.error.isError(), qPrintable(up.error.describe()));
        schedule = fetchSchedule(*c);
        QCOMPARE(schedule.value->machineCount(), 1);
        QCOMPARE(schedule.value->windows.first().machines.first(),
                 MachineId::of(u"h2"_s, u"10.0.0.2"_s));
        if (api == Api::Auto)
            QCOMPARE(detected.count(), 1); // detected once, not on every call
    }

    void rejectionCarriesMasterText_data()
    {
        QTest::addColumn<Api>("api");
        QTest::newRow("v0") << Api::V0;
        QTest::newRow("v1") << Api::V1;
    }
    void rejectionCarriesMasterText()
    {
        QFETCH(Api, api);
        SimProcess sim;
        QVERIFY2(sim.start(sim.scenario(kScenario)), qPrintable(sim.output()));
        auto c = client({sim.url()}, api);

        Schedule dup = twoMachines();
        dup.windows[0].machines.append(MachineId {u"H1"_s, u"10.0.0.1"_s});
        const Outcome posted = postSchedule(*c, dup);
        QCOMPARE(posted.calls, 1);
        QCOMPARE(posted.error.kind, MasterError::Kind::Rejected);
        QCOMPARE(posted.error.httpStatus, 400);
        QCOMPARE(
            posted.error.message,
            uR"(Machine '{"hostname":"H1","ip":"10.0.0.1"}' appears more than once in the schedule)"_s);

        const QList<MachineId> unknown {MachineId::of(u"nosuch"_s, u"10.9.9.9"_s)};
        const Outcome down = mutate(
            [&](QObject *ctx, MasterClient::Done d) { c->startMaintenance(unknown, ctx, d); });
        QCOMPARE(down.error.kind, MasterError::Kind::Rejected);
        QCOMPARE(
            down.error.message,
            uR"(Machine '{"hostname":"nosuch","ip":"10.9.9.9"}' is not part of a maintenance schedule)"_s);
        QVERIFY(fetchSchedule(*c).value->isEmpty()); // nothing changed
    }

    void clusterStateWithTasksPerFramework_data()
    {
        QTest::addColumn<bool>("v0Only");
        QTest::addColumn<bool>("perFramework");
        QTest::addColumn<Api>("expected");
        QTest::newRow("summary by default") << false << false << Api::V0;
        QTest::newRow("v1 state when asked") << false << true << Api::V1;
        QTest::newRow("summary from a v0 master") << true << true << Api::V0;
    }
    void clusterStateWithTasksPerFramework()
    {
        QFETCH(bool, v0Only);
        QFETCH(bool, perFramework);
        QFETCH(Api, expected);
        SimProcess sim;
        QStringList args = sim.scenario(kScenario);
        if (v0Only)
            args << u"--v0-only"_s;
        QVERIFY2(sim.start(args), qPrintable(sim.output()));
        auto c = client({sim.url()}, Api::Auto);
        c->setTasksPerFramework(perFramework);
        int calls = 0;
        HttpResult result;
        Api api = Api::Auto;
        QObject context;
        c->fetchClusterState(&context, [&](const HttpResult &r, Api a) {
            ++calls;
            result = r;
            api = a;
        });
        QVERIFY(QTest::qWaitFor([&calls] { return calls > 0; }, kWaitMs));
        QVERIFY2(!result.error.isError(), qPrintable(result.error.describe()));
        QCOMPARE(api, expected);
        // The v1 answer is GET_STATE, which counts tasks per framework.
        QCOMPARE(result.body.contains("\"GET_STATE\""), expected == Api::V1);
    }

    void autoFallsBackToV0()
    {
        // A master without the v1 API answers 404 on /api/v1.
        FakeMaster fake;
        const QByteArray notFound = "404 Not Found.";
        fake.replies = {{"HTTP/1.1 404 Not Found\r\nContent-Type: text/plain; charset=utf-8\r\n"
                         "Content-Length: "
                             + QByteArray::number(notFound.size()) + "\r\nConnection: close\r\n\r\n"
                             + notFound,
                         false},
                        FakeMaster::ok("{}")};
        auto c = client({fake.url()}, Api::Auto);
        QSignalSpy detected(c.get(), &MasterClient::apiDetected);
        const Answer<Schedule> a = fetchSchedule(*c);
        QCOMPARE(a.calls, 1);
        QVERIFY2(!a.error.isError(), qPrintable(a.error.describe()));
        QVERIFY(a.value && a.value->isEmpty());
        QCOMPARE(detected.count(), 1);
        QCOMPARE(detected.at(0).at(0).value<Api>(), Api::V0);
        QCOMPARE(c->activeApi(), Api::V0);
        QCOMPARE(fake.methods, (QList<QByteArray> {"POST", "GET"}));
        // From now on v0 only.
        QVERIFY(!fetchSchedule(*c).error.isError());
        QCOMPARE(fake.methods.last(), QByteArray("GET"));
        QCOMPARE(fake.requests, 3);
    }

    void masterUnderAPath()
    {
        // E.g. DC/OS serves the master at https://cluster/mesos.
        FakeMaster fake;
        fake.replies = {FakeMaster::ok("{}")};
        const std::optional<QList<QUrl>> masters = MasterEndpoint::parseMasterList(
            u"127.0.0.1:%1/mesos,127.0.0.1:%2/mesos/"_s.arg(deadPort()).arg(fake.serverPort()));
        QVERIFY(masters);
        auto c = client(*masters, Api::V0);
        const Answer<Schedule> a = fetchSchedule(*c);
        QCOMPARE(a.calls, 1);
        QVERIFY2(!a.error.isError(), qPrintable(a.error.describe()));
        QCOMPARE(fake.paths, QList<QByteArray> {"/mesos/master/maintenance/schedule"});
        QCOMPARE(c->leaders()->base(), masters->at(1)); // moved on from the dead one
    }
};

QTEST_GUILESS_MAIN(tst_MasterClient)
#include "tst_masterclient.moc"
