// What the simulated master answers around the API calls: leader redirects, the state documents
// (JSONP, gzip), --state-file, --fail-rate and --latency-ms.

#include "rawhttp.h"
#include "simstart.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSimHttpMaster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leaderRedirects();
    void stateDocuments();
    void stateFilePersists();
    void failRateAndLatency();
};

void TestSimHttpMaster::leaderRedirects()
{
    const auto sim = startSim({u"--leader"_s, u"http://m2.example:5050"_s, u"--auth"_s, u"u:p"_s});
    QVERIFY(sim);
    const RawHttp::Headers auth {{"Authorization", RawHttp::basic("u", "p")}};
    RawHttp::Reply r = RawHttp::request(sim->port(), "GET", "/state?jsonp=x", {}, auth);
    QCOMPARE(r.status, 307);
    QCOMPARE(r.header("Location"), QByteArray("//m2.example:5050/master/state?jsonp=x"));
    QVERIFY(r.body.isEmpty());
    QVERIFY(!r.hasHeader("Content-Type"));
    // Authentication comes first, and the method check comes after the redirect.
    QCOMPARE(RawHttp::request(sim->port(), "GET", "/master/maintenance/schedule").status, 401);
    r = RawHttp::request(sim->port(), "PUT", "/master/maintenance/schedule", {}, auth);
    QCOMPARE(r.status, 307);
    QCOMPARE(r.header("Location"), QByteArray("//m2.example:5050/master/maintenance/schedule"));
    r = RawHttp::request(sim->port(), "GET", "/redirect");
    QCOMPARE(r.status, 307);
    QCOMPARE(r.header("Location"), QByteArray("//m2.example:5050"));
    QCOMPARE(RawHttp::request(sim->port(), "GET", "/master/redirect/x").status, 404);
    QCOMPARE(RawHttp::request(sim->port(), "POST", "/api/v1", "{}", auth).header("Location"),
             QByteArray("//m2.example:5050/master/api/v1"));
    QCOMPARE(RawHttp::request(sim->port(), "GET", "/master/health").status, 200);
    QCOMPARE(RawHttp::request(sim->port(), "GET", "/version").status, 200);

    const auto orphan = startSim({u"--leader"_s, u"none"_s});
    QVERIFY(orphan);
    const RawHttp::Reply none = RawHttp::request(orphan->port(), "GET", "/master/state");
    QCOMPARE(none.status, 503);
    QCOMPARE(none.body, QByteArray("No leader elected"));
    QCOMPARE(RawHttp::request(orphan->port(), "GET", "/health").status, 200);
}

void TestSimHttpMaster::stateDocuments()
{
    const auto sim
        = startSim({u"--agents"_s, u"5"_s, u"--frameworks"_s, u"2"_s, u"--seed"_s, u"3"_s});
    QVERIFY(sim);
    const RawHttp::Reply r = RawHttp::request(sim->port(), "GET", "/master/state");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(r.body.startsWith(R"({"version":"1.12.0","build_date":)"));
    const QJsonObject state = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(state[u"slaves"_s].toArray().size(), 5);
    QCOMPARE(state[u"activated_slaves"_s].toDouble(), 5.0);
    QVERIFY(r.body.contains(R"("activated_slaves":5.0,)"));
    QCOMPARE(state[u"leader_info"_s][u"port"_s].toInt(), int(sim->port()));
    const QJsonObject agent = state[u"slaves"_s][0].toObject();
    QVERIFY(agent[u"pid"_s].toString().startsWith(u"slave(1)@10.0.0.0:5051"_s));
    QVERIFY(agent[u"capabilities"_s].toArray().contains(u"AGENT_DRAINING"_s));
    QVERIFY(agent[u"domain"_s][u"fault_domain"_s][u"region"_s][u"name"_s].isString());
    QCOMPARE(state[u"frameworks"_s].toArray().size(), 2);
    QVERIFY(state[u"frameworks"_s][0][u"tasks"_s][0][u"slave_id"_s].isString());

    const QJsonObject summary
        = QJsonDocument::fromJson(RawHttp::request(sim->port(), "GET", "/state-summary").body)
              .object();
    int running = 0;
    for (const QJsonValue &s : summary[u"slaves"_s].toArray())
        running += s[u"TASK_RUNNING"_s].toInt();
    int tasks = 0;
    for (const QJsonValue &f : state[u"frameworks"_s].toArray())
        tasks += int(f[u"tasks"_s].toArray().size());
    QCOMPARE(running, tasks);
    QCOMPARE(QJsonDocument::fromJson(RawHttp::request(sim->port(), "GET", "/slaves").body)
                 .object()[u"slaves"_s]
                 .toArray()
                 .size(),
             5);
    QVERIFY(RawHttp::request(sim->port(), "GET", "/frameworks")
                .body.endsWith(R"("unregistered_frameworks":[]})"));
    const QJsonArray limited
        = QJsonDocument::fromJson(
              RawHttp::request(sim->port(), "GET", "/master/tasks?limit=2").body)
              .object()[u"tasks"_s]
              .toArray();
    QCOMPARE(limited.size(), qMin(2, tasks));
    QCOMPARE(RawHttp::request(sim->port(), "GET", "/version?jsonp=f").body.left(2),
             QByteArray("f("));
    QVERIFY(RawHttp::request(sim->port(), "GET", "/metrics/snapshot")
                .body.contains(R"("master/elected":1.0)"));
#ifdef SLIPWAY_SIM_HAVE_ZLIB
    // gzip for clients that accept it, from 1 KiB on, as libprocess does.
    const RawHttp::Reply gz = RawHttp::request(sim->port(), "GET", "/master/state", {},
                                               {{"Accept-Encoding", "gzip, deflate"}});
    QCOMPARE(gz.header("Content-Encoding"), QByteArray("gzip"));
    QVERIFY(gz.body.startsWith("\x1f\x8b"));
    QVERIFY(gz.body.size() < r.body.size());
    QVERIFY(!RawHttp::request(sim->port(), "GET", "/version", {}, {{"Accept-Encoding", "gzip"}})
                 .hasHeader("Content-Encoding"));
    QVERIFY(!RawHttp::request(sim->port(), "GET", "/master/state", {},
                              {{"Accept-Encoding", "gzip;q=0"}})
                 .hasHeader("Content-Encoding"));
#endif
}

void TestSimHttpMaster::stateFilePersists()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"state.json"_s);
    const QByteArray s
        = R"({"windows":[{"machine_ids":[{"hostname":"agent-00001.sim.example","ip":"10.0.0.0"},{"hostname":"x"}],"unavailability":{"start":{"nanoseconds":5}}}]})";
    {
        const auto sim = startSim({u"--agents"_s, u"3"_s, u"--state-file"_s, file});
        QVERIFY(sim);
        QCOMPARE(RawHttp::request(sim->port(), "POST", "/maintenance/schedule", s).status, 200);
        QCOMPARE(
            RawHttp::request(sim->port(), "POST", "/machine/down", R"([{"hostname":"x"}])").status,
            200);
    }
    QVERIFY(QFile::exists(file));
    const auto sim = startSim({u"--agents"_s, u"3"_s, u"--state-file"_s, file});
    QVERIFY(sim);
    QCOMPARE(RawHttp::request(sim->port(), "GET", "/maintenance/schedule").body, s);
    const QByteArray status = RawHttp::request(sim->port(), "GET", "/maintenance/status").body;
    QVERIFY2(
        status.startsWith(
            R"({"down_machines":[{"hostname":"x"}],"draining_machines":[{"id":{"hostname":"agent-00001.sim.example","ip":"10.0.0.0"})"),
        status.constData());
}

void TestSimHttpMaster::failRateAndLatency()
{
    {
        const auto sim = startSim({u"--agents"_s, u"1"_s, u"--fail-rate"_s, u"1"_s});
        QVERIFY(sim);
        const RawHttp::Reply r = RawHttp::request(sim->port(), "GET", "/master/state");
        QCOMPARE(r.status, 503);
        QCOMPARE(r.body, QByteArray("503 Service Unavailable."));
    }
    const auto sim = startSim({u"--agents"_s, u"1"_s, u"--latency-ms"_s, u"200"_s});
    QVERIFY(sim);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(RawHttp::request(sim->port(), "GET", "/health").status, 200);
    QVERIFY(timer.elapsed() >= 190);
}

QTEST_GUILESS_MAIN(TestSimHttpMaster)
#include "tst_simhttp_master.moc"
