// The scenario file format (in process and on the command line) and the simulated master moving
// in simulated time: drains, heartbeats and agents registering again, at speed.

#include "rawhttp.h"
#include "scenario.h"
#include "simstart.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSimHttpScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenarioFile_data();
    void scenarioFile();
    void scenarioOnCommandLine();
    void drainsProgressAtSpeed();
    void heartbeatsAtSpeed();
    void machineUpReregistersAtSpeed();
};

void TestSimHttpScenario::scenarioFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("ok") << QByteArray(
        R"({"agents":[{"hostname":"a1.example","ip":"10.0.0.1"}],"frameworks":[{"name":"m","policy":"accept-after:90s","tasks":[{"agent":"a1.example","count":3}]}],"schedule":{}})")
                        << QString();
    QTest::newRow("unknown top") << QByteArray(R"({"agent":[]})")
                                 << u"unknown key 'agent' in '$'"_s;
    QTest::newRow("unknown agent key")
        << QByteArray(R"({"agents":[{"hostname":"a","ip":"10.0.0.1","cpu":1}]})")
        << u"unknown key 'cpu' in 'agents[0]'"_s;
    QTest::newRow("policy") << QByteArray(R"({"frameworks":[{"name":"m","policy":"maybe"}]})")
                            << u"unknown policy 'maybe' in 'frameworks[0]'"_s;
    QTest::newRow("task agent") << QByteArray(
        R"({"frameworks":[{"name":"m","tasks":[{"agent":"zz"}]}]})")
                                << u"'frameworks[0].tasks[0]' names an unknown agent 'zz'"_s;
    QTest::newRow("schedule") << QByteArray(R"({"schedule":{"windows":[{"machine_ids":[]}]}})")
                              << u"schedule: Missing required fields: windows[0].unavailability"_s;
    QTest::newRow("not json") << QByteArray("{") << u"the scenario is not valid JSON"_s;
    // Found by fuzz_scenario: a count that does not fit an int was converted anyway (undefined
    // behaviour for 5.5e25, a wrapped or memory-exhausting count for 3000000000).
    const QString countError
        = u"'frameworks[0].tasks[0].count' must be a whole number from 0 to 1000000"_s;
    for (const char *count : {"5.5e25", "3000000000", "-1", "1.5"}) {
        QTest::addRow("count %s", count)
            << QByteArray(R"({"agents":[{"hostname":"a"}],"frameworks":[{"name":"m","tasks":)"
                          R"([{"agent":"a","count":)"
                          + QByteArray(count) + "}]}]}")
            << countError;
    }
    // Found by fuzz_scenario: a single value where a list belongs threw from nlohmann.
    QTest::newRow("agents a number")
        << QByteArray(R"({"agents":88888888888888888888888888})") << u"'agents' must be an array"_s;
    QTest::newRow("frameworks an object")
        << QByteArray(R"({"frameworks":{"name":"m"}})") << u"'frameworks' must be an array"_s;
    QTest::newRow("tasks a string") << QByteArray(R"({"frameworks":[{"name":"m","tasks":"a"}]})")
                                    << u"'frameworks[0].tasks' must be an array"_s;
    QTest::newRow("policy delay overflows")
        << QByteArray(R"({"frameworks":[{"name":"m","policy":"accept-after:9999999999999h"}]})")
        << u"unknown policy 'accept-after:9999999999999h' in 'frameworks[0]'"_s;
}

void TestSimHttpScenario::scenarioFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<Scenario> s = Scenario::fromJson(json);
    QCOMPARE(s.ok(), error.isEmpty());
    if (!s.ok()) {
        QCOMPARE(s.error().message, error);
        return;
    }
    QCOMPARE(s->frameworks.first().policy.delayNs, std::optional<qint64>(90000000000LL));
    QCOMPARE(s->frameworks.first().tasks.first().count, 3);
}

void TestSimHttpScenario::scenarioOnCommandLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"agents":[],"extra":1})");
    f.close();
    QProcess p;
    p.start(SimProcess::program(), {u"--listen"_s, u"127.0.0.1:0"_s, u"--scenario"_s, path});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("unknown key 'extra'"));
}

// An accepting framework's tasks leave the draining machine step by step; a declining one's stay.
void TestSimHttpScenario::drainsProgressAtSpeed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        R"({"agents":[{"hostname":"a1.example","ip":"10.0.0.1"},{"hostname":"a2.example","ip":"10.0.0.2"},)"
        R"({"hostname":"a3.example","ip":"10.0.0.3"}],"frameworks":[)"
        R"({"name":"web","policy":"accept","tasks":[{"agent":"a1.example","count":4}]},)"
        R"({"name":"db","policy":"decline","tasks":[{"agent":"a2.example","count":2}]}]})");
    f.close();
    const auto sim = startSim({u"--scenario"_s, path, u"--speed"_s, u"100"_s});
    QVERIFY(sim);
    const QByteArray s
        = R"({"windows":[{"machine_ids":[{"hostname":"a1.example","ip":"10.0.0.1"},)"
          R"({"hostname":"a2.example","ip":"10.0.0.2"}],"unavailability":{"start":{"nanoseconds":0}}}]})";
    QCOMPARE(RawHttp::request(sim->port(), "POST", "/maintenance/schedule", s).status, 200);
    auto running = [&](const QString &hostname) {
        const QJsonObject summary
            = QJsonDocument::fromJson(
                  RawHttp::request(sim->port(), "GET", "/master/state-summary").body)
                  .object();
        for (const QJsonValue &a : summary[u"slaves"_s].toArray()) {
            if (a[u"hostname"_s].toString() == hostname)
                return a[u"TASK_RUNNING"_s].toInt();
        }
        return -1;
    };
    QList<int> seen;
    QElapsedTimer timer;
    timer.start();
    while (running(u"a1.example"_s) > 0 && timer.elapsed() < 10000) {
        if (seen.isEmpty() || seen.last() != running(u"a1.example"_s))
            seen.append(running(u"a1.example"_s));
        QTest::qWait(20);
    }
    QCOMPARE(running(u"a1.example"_s), 0);
    QVERIFY2(seen.size() >= 3, "the drain should be visible step by step"); // 4, 3, 2, 1 → 0
    QCOMPARE(running(u"a3.example"_s), 4); // the tasks reappear on the UP machine
    QCOMPARE(running(u"a2.example"_s), 2); // declined: they stay
    const QJsonArray draining
        = QJsonDocument::fromJson(RawHttp::request(sim->port(), "GET", "/maintenance/status").body)
              .object()[u"draining_machines"_s]
              .toArray();
    QCOMPARE(draining.size(), 2);
    QCOMPARE(draining[0][u"statuses"_s][0][u"status"_s].toString(), u"ACCEPT"_s);
    QCOMPARE(draining[1][u"statuses"_s][0][u"status"_s].toString(), u"DECLINE"_s);
    QVERIFY(draining[1][u"statuses"_s][0][u"timestamp"_s][u"nanoseconds"_s].toDouble() > 1e18);
}

void TestSimHttpScenario::heartbeatsAtSpeed()
{
    const auto sim = startSim({u"--agents"_s, u"1"_s, u"--speed"_s, u"100"_s}); // 15 s = 150 ms
    QVERIFY(sim);
    QTcpSocket stream;
    stream.connectToHost(u"127.0.0.1"_s, sim->port());
    QVERIFY(stream.waitForConnected(3000));
    const QByteArray body = R"({"type":"SUBSCRIBE"})";
    stream.write("POST /api/v1 HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray in;
    QElapsedTimer timer;
    timer.start();
    while (in.count(R"({"type":"HEARTBEAT"})") < 3 && timer.elapsed() < 5000) {
        if (stream.waitForReadyRead(100))
            in += stream.readAll();
    }
    QVERIFY(in.count(R"({"type":"HEARTBEAT"})") >= 3);
    QVERIFY(in.contains("\r\n20\n{\"type\":\"HEARTBEAT\"}\r\n")
            || in.contains("20\n{\"type\":\"HEARTBEAT\"}"));
}

// EnterMaintenanceMode, end to end: DOWN removes the agent, UP lets it register again (new ID)
// 10 simulated seconds later, announced as AGENT_ADDED on a SUBSCRIBE stream.
void TestSimHttpScenario::machineUpReregistersAtSpeed()
{
    const auto sim
        = startSim({u"--agents"_s, u"2"_s, u"--frameworks"_s, u"1"_s, u"--speed"_s, u"100"_s});
    QVERIFY(sim);
    auto agentIds = [&] {
        QStringList ids;
        const QJsonObject state
            = QJsonDocument::fromJson(RawHttp::request(sim->port(), "GET", "/master/slaves").body)
                  .object();
        for (const QJsonValue &a : state[u"slaves"_s].toArray())
            ids.append(a[u"id"_s].toString());
        return ids;
    };
    const QStringList before = agentIds();
    QCOMPARE(before.size(), 2);
    QTcpSocket stream;
    stream.connectToHost(u"127.0.0.1"_s, sim->port());
    QVERIFY(stream.waitForConnected(3000));
    const QByteArray body = R"({"type":"SUBSCRIBE"})";
    stream.write("POST /api/v1 HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(stream.waitForReadyRead(3000));
    const QByteArray m = R"({"hostname":"agent-00001.sim.example","ip":"10.0.0.0"})";
    QCOMPARE(RawHttp::request(sim->port(), "POST", "/maintenance/schedule",
                              R"({"windows":[{"machine_ids":[)" + m
                                  + R"(],"unavailability":{"start":{"nanoseconds":0}}}]})")
                 .status,
             200);
    QCOMPARE(RawHttp::request(sim->port(), "POST", "/machine/down", '[' + m + ']').status, 200);
    QCOMPARE(agentIds().size(), 1);
    QCOMPARE(RawHttp::request(sim->port(), "POST", "/machine/up", '[' + m + ']').status, 200);
    QCOMPARE(RawHttp::request(sim->port(), "GET", "/maintenance/schedule").body, QByteArray("{}"));
    QElapsedTimer timer;
    timer.start();
    while (agentIds().size() < 2 && timer.elapsed() < 5000)
        QTest::qWait(20);
    const QStringList after = agentIds();
    QCOMPARE(after.size(), 2);
    QVERIFY(!before.contains(after.last()) || !before.contains(after.first()));
    QByteArray in;
    for (int i = 0; i < 20 && !in.contains(R"("type":"AGENT_ADDED")"); ++i) {
        if (stream.waitForReadyRead(100))
            in += stream.readAll();
    }
    QVERIFY(in.contains(R"("type":"AGENT_REMOVED")"));
    QVERIFY(in.contains(
        R"({"type":"AGENT_ADDED","agent_added":{"agent":{"agent_info":{"hostname":"agent-00001.sim.example")"));
}

QTEST_GUILESS_MAIN(TestSimHttpScenario)
#include "tst_simhttp_scenario.moc"
