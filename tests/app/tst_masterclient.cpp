#include "net/leadertracker.h"
#include "net/masterclient.h"
#include "simprocess.h"
#include "json/schedulecodec.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using Api = MasterEndpoint::Api;

Q_DECLARE_METATYPE(MasterEndpoint::Api)

namespace {

constexpr int kWaitMs = 60000; // generous: a loaded 2-core machine

const QByteArray kScenario = R"({
  "agents": [
    {"hostname": "h1", "ip": "10.0.0.1"},
    {"hostname": "h2", "ip": "10.0.0.2"},
    {"hostname": "h3", "ip": "10.0.0.3"}
  ],
  "frameworks": [
    {"name": "web", "policy": "silent", "tasks": [{"agent": "h1", "count": 2}]}
  ]
})";

Schedule twoMachines()
{
    MaintenanceWindow w;
    w.machines = {MachineId::of(u"h1"_s, u"10.0.0.1"_s), MachineId::of(u"h2"_s, u"10.0.0.2"_s)};
    w.unavailability.startNs = 1900000000000000000LL;
    w.unavailability.durationNs = 3600000000000LL;
    Schedule s;
    s.windows = {w};
    return s;
}

template<typename T>
struct Answer
{
    int calls = 0;
    std::optional<T> value;
    MasterError error;
};

struct Outcome
{
    int calls = 0;
    MasterError error;
};

/// A stand-in "master" that answers each request with the next canned raw HTTP response (the
/// last one repeats) and can cut the connection mid-reply.
class FakeMaster : public QTcpServer
{
public:
    struct Reply
    {
        QByteArray raw;
        bool cut = false; ///< close the connection right after writing raw
    };
    QList<Reply> replies;
    int requests = 0;
    QList<QByteArray> methods;
    QList<QByteArray> paths;

    FakeMaster()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                    delete buffer;
                    socket->deleteLater();
                });
                connect(socket, &QTcpSocket::readyRead, this,
                        [this, socket, buffer] { serve(socket, *buffer); });
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }

    static Reply ok(const QByteArray &body)
    {
        return {"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body,
                false};
    }
    static Reply status503()
    {
        const QByteArray body = "503 Service Unavailable.";
        return {"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                "Content-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body,
                false};
    }

private:
    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        methods.append(requestLine.value(0));
        paths.append(requestLine.value(1));
        buffer.clear();
        const Reply reply = replies.value(qMin<qsizetype>(requests, replies.size() - 1));
        ++requests;
        socket->write(reply.raw);
        socket->flush();
        if (reply.cut)
            socket->abort();
        else
            socket->disconnectFromHost();
    }
};

/// A loopback port with nothing listening on it.
quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

class tst_MasterClient : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    std::unique_ptr<MasterClient> client(const QList<QUrl> &masters, Api api = Api::Auto,
                                         int timeoutMs = 15000, const QString &user = {},
                                         const QString &password = {})
    {
        auto c = std::make_unique<MasterClient>(&m_network);
        MasterEndpoint e;
        e.masters = masters;
        e.api = api;
        e.timeoutMs = timeoutMs;
        e.user = user;
        e.password = password;
        c->setEndpoint(e);
        return c;
    }

    static Answer<Schedule> fetchSchedule(MasterClient &c)
    {
        Answer<Schedule> a;
        QObject context;
        c.fetchSchedule(&context, [&a](std::optional<Schedule> v, const MasterError &e) {
            ++a.calls;
            a.value = std::move(v);
            a.error = e;
        });
        if (!QTest::qWaitFor([&a] { return a.calls > 0; }, kWaitMs))
            qWarning("no answer within %d ms", kWaitMs);
        return a;
    }
    static Answer<MaintenanceStatus> fetchStatus(MasterClient &c)
    {
        Answer<MaintenanceStatus> a;
        QObject context;
        c.fetchStatus(&context, [&a](std::optional<MaintenanceStatus> v, const MasterError &e) {
            ++a.calls;
            a.value = std::move(v);
            a.error = e;
        });
        if (!QTest::qWaitFor([&a] { return a.calls > 0; }, kWaitMs))
            qWarning("no answer within %d ms", kWaitMs);
        return a;
    }
    template<typename Start>
    static Outcome mutate(Start start)
    {
        Outcome o;
        QObject context;
        start(&context, [&o](const MasterError &e) {
            ++o.calls;
            o.error = e;
        });
        if (!QTest::qWaitFor([&o] { return o.calls > 0; }, kWaitMs))
            qWarning("no answer within %d ms", kWaitMs);
        return o;
    }
    static Outcome postSchedule(MasterClient &c, const Schedule &s)
    {
        return mutate([&](QObject *ctx, MasterClient::Done done) { c.postSchedule(s, ctx, done); });
    }

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

QTEST_GUILESS_MAIN(tst_MasterClient)
#include "tst_masterclient.moc"
