// Conformance of the simulated master's `POST /api/v1` with src/tests/api_tests.cpp
// (UpdateAndGetMaintenanceSchedule, GetMaintenanceStatus, StartAndStopMaintenance, JSON variant),
// the request pipeline of API.md §6.1, master_draining_tests.cpp, and the SUBSCRIBE stream.

#include "rawhttp.h"
#include "simprocess.h"
#include "json/clusterstatereader.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Json = "application/json";
// The ACLs of the Mesos fixtures: test-principal-2 may not do any maintenance action.
const QString Acls = QStringLiteral(
    R"({"update_maintenance_schedules":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}],)"
    R"("get_maintenance_schedules":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}],)"
    R"("start_maintenances":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}],)"
    R"("stop_maintenances":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}],)"
    R"("get_maintenance_statuses":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}]})");

QByteArray readExample(const char *name)
{
    QFile f(QStringLiteral(SLIPWAY_TEST_DATA "/mesos-examples/") + QLatin1StringView(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll().trimmed();
}

// Decodes a chunked body and splits it into RecordIO records; @p rest keeps incomplete bytes.
QList<QByteArray> records(const QByteArray &chunked)
{
    QByteArray payload;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = chunked.indexOf("\r\n", pos);
        if (eol < 0)
            break;
        bool ok = false;
        const qsizetype size = chunked.mid(pos, eol - pos).toLongLong(&ok, 16);
        if (!ok || size == 0 || chunked.size() < eol + 2 + size + 2)
            break;
        payload += chunked.mid(eol + 2, size);
        pos = eol + 2 + size + 2;
    }
    QList<QByteArray> out;
    qsizetype at = 0;
    while (at < payload.size()) {
        const qsizetype nl = payload.indexOf('\n', at);
        if (nl < 0)
            break;
        const qsizetype length = payload.mid(at, nl - at).toLongLong();
        if (payload.size() < nl + 1 + length)
            break;
        out.append(payload.mid(nl + 1, length));
        at = nl + 1 + length;
    }
    return out;
}

} // namespace

class TestSimV1Api : public QObject
{
    Q_OBJECT

private:
    RawHttp::Reply call(const QByteArray &body, const QByteArray &contentType = Json,
                        const QByteArray &accept = Json, const QByteArray &method = "POST")
    {
        RawHttp::Headers h {{"Authorization", m_auth}};
        if (!contentType.isNull())
            h.append({"Content-Type", contentType});
        if (!accept.isNull())
            h.append({"Accept", accept});
        return RawHttp::request(m_sim->port(), method, "/master/api/v1", body, h);
    }
    bool start(const QStringList &args);
    QString scenarioFile();
    QString agentId(const QString &hostname);
    void expectOk(const RawHttp::Reply &r);
    void expectError(const RawHttp::Reply &r, int status, const QByteArray &text);

    std::unique_ptr<SimProcess> m_sim;
    QTemporaryDir m_dir;
    QByteArray m_auth = RawHttp::basic("test-principal", "test-secret");
    const QByteArray m_p1 = RawHttp::basic("test-principal", "test-secret");
    const QByteArray m_p2 = RawHttp::basic("test-principal-2", "test-secret-2");

private Q_SLOTS:
    void cleanup() { m_sim.reset(); }

    void updateAndGetMaintenanceSchedule();

    void getMaintenanceStatus();

    void startAndStopMaintenance();

    void goldenExamples();

    void pipeline();

    void drainAgent();

    void subscribe();
    void streamFailureModes();
    void subscribeForbidden();
    void protobuf();

    void agentAttributes();
    void protobufInvalidUtf8();
};

bool TestSimV1Api::start(const QStringList &args)
{
    m_sim = std::make_unique<SimProcess>();
    const bool ok
        = m_sim->start(args
                       + QStringList {u"--auth"_s, u"test-principal:test-secret"_s, u"--auth"_s,
                                      u"test-principal-2:test-secret-2"_s, u"--acls"_s, Acls});
    if (!ok)
        qWarning() << m_sim->output();
    return ok;
}

QString TestSimV1Api::scenarioFile()
{
    const QString path = m_dir.filePath(u"scenario.json"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(
        R"({"agents":[{"hostname":"a1.example","ip":"10.0.0.1","port":5051,"region":"r1","zone":"z1","cpus":16,"mem":65536,"disk":200000,"attributes":{"rack":"r12","level":3}},)"
        R"({"hostname":"a2.example","ip":"10.0.0.2"}],)"
        R"("frameworks":[{"name":"marathon","policy":"accept","tasks":[{"agent":"a1.example","count":3}]},)"
        R"({"name":"batch","policy":"decline","tasks":[{"agent":"a1.example","count":1}]}]})");
    return path;
}

QString TestSimV1Api::agentId(const QString &hostname)
{
    const QJsonObject reply
        = QJsonDocument::fromJson(call(R"({"type":"GET_AGENTS"})").body).object();
    for (const QJsonValue &a : reply[u"get_agents"_s][u"agents"_s].toArray()) {
        if (a[u"agent_info"_s][u"hostname"_s].toString() == hostname)
            return a[u"agent_info"_s][u"id"_s][u"value"_s].toString();
    }
    return QString();
}

void TestSimV1Api::expectOk(const RawHttp::Reply &r)
{
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    QVERIFY(!r.hasHeader("Content-Type"));
}

void TestSimV1Api::expectError(const RawHttp::Reply &r, int status, const QByteArray &text)
{
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(r.body, text);
}

void TestSimV1Api::updateAndGetMaintenanceSchedule()
{
    QVERIFY(start({u"--agents"_s, u"0"_s, u"--frameworks"_s, u"0"_s}));
    const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch() * 1000000LL);
    const QByteArray schedule
        = R"({"windows":[{"machine_ids":[{"hostname":"Machine1"},{"ip":"0.0.0.2"}],"unavailability":{"start":{"nanoseconds":)"
        + now + "}}}]}";
    const QByteArray update
        = R"({"type":"UPDATE_MAINTENANCE_SCHEDULE","update_maintenance_schedule":{"schedule":)"
        + schedule + "}}";
    m_auth = m_p2; // validation passes, then test-principal-2 is refused
    expectError(call(update), 403, "403 Forbidden.");
    m_auth = m_p1;
    expectOk(call(update));
    m_auth = m_p2; // filtered, not refused
    QCOMPARE(
        call(R"({"type":"GET_MAINTENANCE_SCHEDULE"})").body,
        QByteArray(
            R"({"type":"GET_MAINTENANCE_SCHEDULE","get_maintenance_schedule":{"schedule":{}}})"));
    m_auth = m_p1;
    expectOk(
        call(R"({"type":"UPDATE_MAINTENANCE_SCHEDULE","update_maintenance_schedule":{"schedule":)"
             + schedule + "}}"));
    const RawHttp::Reply got = call(R"({"type":"GET_MAINTENANCE_SCHEDULE"})");
    QCOMPARE(got.status, 200);
    QCOMPARE(got.header("Content-Type"), Json);
    QCOMPARE(got.body,
             R"({"type":"GET_MAINTENANCE_SCHEDULE","get_maintenance_schedule":{"schedule":)"
                 + schedule + "}}");
}

void TestSimV1Api::getMaintenanceStatus()
{
    QVERIFY(start({u"--agents"_s, u"0"_s, u"--frameworks"_s, u"0"_s}));
    QCOMPARE(
        call(R"({"type":"GET_MAINTENANCE_STATUS"})").body,
        QByteArray(R"({"type":"GET_MAINTENANCE_STATUS","get_maintenance_status":{"status":{}}})"));
    expectOk(call(
        R"({"type":"UPDATE_MAINTENANCE_SCHEDULE","update_maintenance_schedule":{"schedule":{"windows":[{"machine_ids":[{"hostname":"Machine1"},{"ip":"0.0.0.2"}],"unavailability":{"start":{"nanoseconds":1}}}]}}})"));
    m_auth = m_p2;
    QCOMPARE(
        call(R"({"type":"GET_MAINTENANCE_STATUS"})").body,
        QByteArray(R"({"type":"GET_MAINTENANCE_STATUS","get_maintenance_status":{"status":{}}})"));
    m_auth = m_p1;
    QCOMPARE(
        call(R"({"type":"GET_MAINTENANCE_STATUS"})").body,
        QByteArray(
            R"({"type":"GET_MAINTENANCE_STATUS","get_maintenance_status":{"status":{"draining_machines":[{"id":{"hostname":"Machine1"}},{"id":{"ip":"0.0.0.2"}}]}}})"));
}

void TestSimV1Api::startAndStopMaintenance()
{
    QVERIFY(start({u"--agents"_s, u"0"_s, u"--frameworks"_s, u"0"_s}));
    expectOk(call(
        R"({"type":"UPDATE_MAINTENANCE_SCHEDULE","update_maintenance_schedule":{"schedule":{"windows":[{"machine_ids":[{"hostname":"Machine1"},{"ip":"0.0.0.2"}],"unavailability":{"start":{"nanoseconds":5}}},{"machine_ids":[{"hostname":"Machine3","ip":"0.0.0.3"}],"unavailability":{"start":{"nanoseconds":5}}}]}}})"));
    const QByteArray startM3
        = R"({"type":"START_MAINTENANCE","start_maintenance":{"machines":[{"hostname":"Machine3","ip":"0.0.0.3"}]}})";
    const QByteArray stopM3
        = R"({"type":"STOP_MAINTENANCE","stop_maintenance":{"machines":[{"hostname":"Machine3","ip":"0.0.0.3"}]}})";
    m_auth = m_p2;
    expectError(call(startM3), 403, "403 Forbidden.");
    m_auth = m_p1;
    expectOk(call(startM3));
    m_auth = m_p2; // M3 is DOWN now, so the authorization check is reached
    expectError(call(stopM3), 403, "403 Forbidden.");
    m_auth = m_p1;
    expectOk(call(stopM3));
    QCOMPARE(
        call(R"({"type":"GET_MAINTENANCE_SCHEDULE"})").body,
        QByteArray(
            R"({"type":"GET_MAINTENANCE_SCHEDULE","get_maintenance_schedule":{"schedule":{"windows":[{"machine_ids":[{"hostname":"Machine1"},{"ip":"0.0.0.2"}],"unavailability":{"start":{"nanoseconds":5}}}]}}})"));
    expectError(call(R"({"type":"START_MAINTENANCE","start_maintenance":{}})"), 400,
                "List of machines is empty");
    expectError(
        call(
            R"({"type":"STOP_MAINTENANCE","stop_maintenance":{"machines":[{"hostname":"Machine1"}]}})"),
        400, R"(Machine '{"hostname":"Machine1"}' is not in DOWN mode and cannot be brought up)");
}

void TestSimV1Api::goldenExamples()
{
    QVERIFY(start({u"--agents"_s, u"0"_s, u"--frameworks"_s, u"0"_s}));
    QCOMPARE(call(R"({"type":"GET_MAINTENANCE_SCHEDULE"})").body,
             readExample("v1-get-maintenance-schedule-empty.response.json"));
    expectOk(call(readExample("v1-update-maintenance-schedule.request.json")));
    QCOMPARE(
        call(R"({"type":"GET_MAINTENANCE_SCHEDULE"})").body,
        QByteArray(
            R"({"type":"GET_MAINTENANCE_SCHEDULE","get_maintenance_schedule":{"schedule":{"windows":[{"machine_ids":[{"hostname":"rack1-node01.example","ip":"10.1.0.11"}],"unavailability":{"start":{"nanoseconds":1767225600000000000},"duration":{"nanoseconds":7200000000000}}}]}}})"));
    expectOk(call(readExample("v1-start-maintenance.request.json")));
    QCOMPARE(
        call(R"({"type":"GET_MAINTENANCE_STATUS"})").body,
        QByteArray(
            R"({"type":"GET_MAINTENANCE_STATUS","get_maintenance_status":{"status":{"down_machines":[{"hostname":"rack1-node01.example","ip":"10.1.0.11"}]}}})"));
}

void TestSimV1Api::pipeline()
{
    QVERIFY(start({u"--agents"_s, u"0"_s, u"--frameworks"_s, u"0"_s}));
    const QByteArray get = R"({"type":"GET_HEALTH"})";
    RawHttp::Reply r = call(get, Json, Json, "GET");
    expectError(r, 405, "405 Method Not Allowed. Expecting one of { 'POST' }, but received 'GET'.");
    QCOMPARE(r.header("Allow"), QByteArray("POST"));
    expectError(call(get, QByteArray()), 400, "Expecting 'Content-Type' to be present");
    expectError(call(get, "application/json; charset=utf-8"), 415,
                "Expecting 'Content-Type' of application/json or application/x-protobuf");
    expectError(call("not json"), 400,
                "Failed to parse body into JSON: syntax error at line 1 near: ot json");
    expectError(call("[]"), 400,
                "Failed to convert JSON into Call protobuf: Expecting a JSON object");
    expectError(
        call(R"({"type":1})"), 400,
        "Failed to convert JSON into Call protobuf: Not expecting a JSON number for field 'type'");
    expectError(call("{}"), 400, "Failed to validate master::Call: Expecting 'type' to be present");
    expectError(call(R"({"type":"NO_SUCH_CALL"})"), 400,
                "Failed to validate master::Call: Expecting 'type' to be present");
    expectError(
        call(R"({"type":"UPDATE_MAINTENANCE_SCHEDULE"})"), 400,
        "Failed to validate master::Call: Expecting 'update_maintenance_schedule' to be present");
    expectError(
        call(
            R"({"type":"UPDATE_MAINTENANCE_SCHEDULE","update_maintenance_schedule":{"schedule":{"windows":[{"machine_ids":[{"hostname":"a"}]}]}}})"),
        400,
        "Failed to convert JSON into Call protobuf: Missing required fields: "
        "update_maintenance_schedule.schedule.windows[0].unavailability");
    expectError(
        call(
            R"({"type":"DRAIN_AGENT","drain_agent":{"agent_id":{"value":"x"},"max_grace_period":"10mins"}})"),
        400,
        "Failed to convert JSON into Call protobuf: Not expecting a JSON string for field "
        "'max_grace_period'");
    expectError(call(get, Json, "application/recordio"), 406,
                "Expecting 'Accept' to allow 'application/x-protobuf' or 'application/json'");
    expectError(call(get, Json, "application/json;q=0, text/*"), 406,
                "Expecting 'Accept' to allow 'application/x-protobuf' or 'application/json'");
    QCOMPARE(call(get, Json, "application/*").status, 200);
    QCOMPARE(call(get, Json, QByteArray()).body,
             QByteArray(R"({"type":"GET_HEALTH","get_health":{"healthy":true}})"));
    expectError(call(R"({"type":"UNKNOWN"})"), 501, "501 Not Implemented.");
    const RawHttp::Reply version = call(R"({"type":"GET_VERSION"})");
    QVERIFY(version.body.startsWith(
        R"({"type":"GET_VERSION","get_version":{"version_info":{"version":"1.12.0",)"));
    const QJsonObject master
        = QJsonDocument::fromJson(call(R"({"type":"GET_MASTER"})").body).object();
    QCOMPARE(master[u"get_master"_s][u"master_info"_s][u"port"_s].toInt(), int(m_sim->port()));
    QCOMPARE(master[u"get_master"_s][u"master_info"_s][u"ip"_s].toInteger(), qint64(16777343));
}

void TestSimV1Api::drainAgent()
{
    QVERIFY(start({u"--scenario"_s, scenarioFile(), u"--speed"_s, u"0"_s}));
    const QString a1 = agentId(u"a1.example"_s);
    const QString a2 = agentId(u"a2.example"_s);
    QVERIFY(!a1.isEmpty() && !a2.isEmpty());
    expectError(call(R"({"type":"DRAIN_AGENT","drain_agent":{"agent_id":{"value":"nope"}}})"), 400,
                "Unknown agent");
    // a2 runs nothing: drained at once. It keeps its config and start time.
    expectOk(call(R"({"type":"DRAIN_AGENT","drain_agent":{"agent_id":{"value":")" + a2.toUtf8()
                  + R"("},"max_grace_period":{"seconds":10},"mark_gone":false}})"));
    const QJsonArray agents = QJsonDocument::fromJson(call(R"({"type":"GET_AGENTS"})").body)
                                  .object()[u"get_agents"_s][u"agents"_s]
                                  .toArray();
    for (const QJsonValue &a : agents) {
        if (a[u"agent_info"_s][u"id"_s][u"value"_s].toString() != a2)
            continue;
        QCOMPARE(a[u"deactivated"_s].toBool(), true);
        QCOMPARE(
            QJsonDocument(a[u"drain_info"_s].toObject()).toJson(QJsonDocument::Compact),
            QByteArray(
                R"({"config":{"mark_gone":false,"max_grace_period":{"nanoseconds":10000000000}},"state":"DRAINED"})"));
        QVERIFY(a[u"estimated_drain_start_time"_s][u"nanoseconds"_s].toInteger() > 0);
    }
    // a1 runs four tasks and the clock is frozen: it stays DRAINING.
    expectOk(call(R"({"type":"DRAIN_AGENT","drain_agent":{"agent_id":{"value":")" + a1.toUtf8()
                  + R"("}}})"));
    expectError(call(R"({"type":"REACTIVATE_AGENT","reactivate_agent":{"agent_id":{"value":")"
                     + a1.toUtf8() + R"("}}})"),
                400, "Agent is still in the DRAINING state");
    expectOk(call(R"({"type":"REACTIVATE_AGENT","reactivate_agent":{"agent_id":{"value":")"
                  + a2.toUtf8() + R"("}}})"));
    expectError(call(R"({"type":"REACTIVATE_AGENT","reactivate_agent":{"agent_id":{"value":")"
                     + a2.toUtf8() + R"("}}})"),
                400, "Agent is not deactivated");
    expectOk(call(R"({"type":"DEACTIVATE_AGENT","deactivate_agent":{"agent_id":{"value":")"
                  + a2.toUtf8() + R"("}}})"));
    // /state shows the same drain info, v0 style.
    const QJsonObject state
        = QJsonDocument::fromJson(
              RawHttp::request(m_sim->port(), "GET", "/master/state", {},
                               {{"Authorization", RawHttp::basic("test-principal", "test-secret")}})
                  .body)
              .object();
    bool seen = false;
    for (const QJsonValue &s : state[u"slaves"_s].toArray()) {
        if (s[u"id"_s].toString() == a1) {
            seen = true;
            QCOMPARE(s[u"drain_info"_s][u"state"_s].toString(), u"DRAINING"_s);
            QCOMPARE(s[u"active"_s].toBool(), false);
            QVERIFY(s[u"estimated_drain_start_time_seconds"_s].toDouble() > 0);
        }
    }
    QVERIFY(seen);
    // Scheduled machines refuse DRAIN_AGENT.
    expectOk(RawHttp::request(
        m_sim->port(), "POST", "/maintenance/schedule",
        R"({"windows":[{"machine_ids":[{"hostname":"A2.example","ip":"10.0.0.2"}],"unavailability":{"start":{"nanoseconds":0}}}]})",
        {{"Authorization", RawHttp::basic("test-principal", "test-secret")}}));
    expectError(call(R"({"type":"DRAIN_AGENT","drain_agent":{"agent_id":{"value":")" + a2.toUtf8()
                     + R"("}}})"),
                400,
                "Agent " + a2.toUtf8()
                    + " is part of a maintenance schedule under Machine A2.example (10.0.0.2)");
}

void TestSimV1Api::subscribe()
{
    QVERIFY(start({u"--scenario"_s, scenarioFile(), u"--speed"_s, u"0"_s}));
    QTcpSocket stream;
    stream.connectToHost(u"127.0.0.1"_s, m_sim->port());
    QVERIFY(stream.waitForConnected(5000));
    const QByteArray body = R"({"type":"SUBSCRIBE"})";
    stream.write("POST /api/v1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAccept: "
                 "application/json\r\nAuthorization: "
                 + RawHttp::basic("test-principal", "test-secret")
                 + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray in;
    auto readUntil = [&](int count) {
        for (int i = 0; i < 100; ++i) {
            const qsizetype head = in.indexOf("\r\n\r\n");
            if (head >= 0 && records(in.mid(head + 4)).size() >= count)
                return records(in.mid(head + 4));
            if (stream.waitForReadyRead(100))
                in += stream.readAll();
        }
        return QList<QByteArray>();
    };
    QList<QByteArray> events = readUntil(2);
    QCOMPARE(events.size(), 2);
    QVERIFY(in.startsWith("HTTP/1.1 200 OK\r\n"));
    const QByteArray head = in.left(in.indexOf("\r\n\r\n") + 2);
    QVERIFY(head.contains("\r\nContent-Type: application/json\r\n"));
    QVERIFY(head.contains("\r\nTransfer-Encoding: chunked\r\n"));
    QVERIFY(!head.contains("Content-Length"));
    QVERIFY(events[0].startsWith(
        R"({"type":"SUBSCRIBED","subscribed":{"get_state":{"get_tasks":{"tasks":[)"));
    QVERIFY(events[0].endsWith(R"(,"heartbeat_interval_seconds":15.0}})"));
    QCOMPARE(events[1], QByteArray(R"({"type":"HEARTBEAT"})"));

    // Machine DOWN: TASK_UPDATED(TASK_LOST) for each of the four tasks, then AGENT_REMOVED.
    const RawHttp::Headers auth {
        {"Authorization", RawHttp::basic("test-principal", "test-secret")}};
    const QByteArray a1 = R"({"hostname":"a1.example","ip":"10.0.0.1"})";
    QCOMPARE(RawHttp::request(m_sim->port(), "POST", "/maintenance/schedule",
                              R"({"windows":[{"machine_ids":[)" + a1
                                  + R"(],"unavailability":{"start":{"nanoseconds":0}}}]})",
                              auth)
                 .status,
             200);
    QCOMPARE(RawHttp::request(m_sim->port(), "POST", "/machine/down", '[' + a1 + ']', auth).status,
             200);
    events = readUntil(7);
    QCOMPARE(events.size(), 7);
    for (int i = 2; i < 6; ++i) {
        QVERIFY2(events[i].startsWith(
                     R"({"type":"TASK_UPDATED","task_updated":{"framework_id":{"value":")"),
                 events[i].constData());
        QVERIFY(events[i].contains(
            R"("state":"TASK_LOST","message":"Agent a1.example removed: Operator initiated 'Machine DOWN'","source":"SOURCE_MASTER","reason":"REASON_AGENT_REMOVED")"));
        QVERIFY(events[i].endsWith(R"(,"state":"TASK_LOST"}})"));
    }
    QVERIFY(
        events[6].startsWith(R"({"type":"AGENT_REMOVED","agent_removed":{"agent_id":{"value":")"));
}

// The switches that make the stream fail on purpose (for the console's reconnect tests).
void TestSimV1Api::streamFailureModes()
{
    QVERIFY(start({u"--scenario"_s, scenarioFile(), u"--heartbeat-interval"_s, u"0.2"_s,
                   u"--stream-silent-after"_s, u"1"_s}));
    QTcpSocket stream;
    stream.connectToHost(u"127.0.0.1"_s, m_sim->port());
    QVERIFY(stream.waitForConnected(5000));
    const QByteArray body = "{\"type\":\"SUBSCRIBE\"}";
    stream.write("POST /api/v1 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "Authorization: "
                 + m_p1 + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                 + body);
    QByteArray in;
    const auto received = [&] {
        const qsizetype head = in.indexOf("\r\n\r\n");
        return head < 0 ? QList<QByteArray>() : records(in.mid(head + 4));
    };
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 2500) {
        if (stream.waitForReadyRead(100))
            in += stream.readAll();
    }
    const QList<QByteArray> events = received();
    QVERIFY(events.size() >= 4);
    QVERIFY(events[0].endsWith(",\"heartbeat_interval_seconds\":0.2}}"));
    // Heartbeats every 0.2 s for the first second, then silence: about 5, certainly not 12.
    QVERIFY2(events.size() <= 8, qPrintable(QString::number(events.size())));
    QCOMPARE(stream.state(), QAbstractSocket::ConnectedState); // silent, not closed

    // A master before 1.0 has no v1 API at all.
    QVERIFY(start({u"--scenario"_s, scenarioFile(), u"--v0-only"_s}));
    expectError(call("{\"type\":\"SUBSCRIBE\"}"), 404, "404 Not Found.");
    QCOMPARE(RawHttp::request(m_sim->port(), "GET", "/master/state-summary", {},
                              {{"Authorization", m_p1}})
                 .status,
             200);

    // Leads for a second, then redirects to the new leader.
    QVERIFY(start({u"--scenario"_s, scenarioFile(), u"--leader"_s, u"http://m2.example:5050"_s,
                   u"--resign-after"_s, u"1"_s}));
    QCOMPARE(call("{\"type\":\"GET_HEALTH\"}").status, 200);
    QTest::qWait(1500);
    const RawHttp::Reply moved = call("{\"type\":\"GET_HEALTH\"}");
    QCOMPARE(moved.status, 307);
    QCOMPARE(moved.header("Location"), QByteArray("//m2.example:5050/master/api/v1"));
}

// --forbid-subscribe: the stream alone refused with the master's 403, after the §6.1 pipeline.
void TestSimV1Api::subscribeForbidden()
{
    QVERIFY(start({u"--scenario"_s, scenarioFile(), u"--forbid-subscribe"_s}));
    const QByteArray subscribe = "{\"type\":\"SUBSCRIBE\"}";
    // The exact bytes: status line, headers and body; no stream, nothing chunked.
    const QByteArray raw = RawHttp::exchange(
        m_sim->port(),
        "POST /api/v1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: "
        "application/json\r\nAccept: application/json\r\nAuthorization: "
            + m_p1 + "\r\nContent-Length: " + QByteArray::number(subscribe.size()) + "\r\n\r\n"
            + subscribe);
    QVERIFY2(raw.startsWith("HTTP/1.1 403 Forbidden\r\n"), raw.constData());
    const RawHttp::Reply r = RawHttp::parse(raw);
    expectError(r, 403, "403 Forbidden.");
    QCOMPARE(r.header("Content-Length"), QByteArray("14"));
    QByteArrayList names;
    for (const auto &header : r.headers)
        names.append(header.first);
    QCOMPARE(names, QByteArrayList({"Date", "Content-Type", "Content-Length", "Connection"}));
    // In protobuf too (SUBSCRIBE = 18).
    const QByteArray pb = "application/x-protobuf";
    expectError(call(QByteArray::fromHex("0812"), pb, pb), 403, "403 Forbidden.");

    // What the pipeline refuses first is refused first.
    m_auth = RawHttp::basic("test-principal", "wrong");
    const RawHttp::Reply unauthorized = call(subscribe);
    m_auth = m_p1;
    expectError(unauthorized, 401, "401 Unauthorized.");
    QCOMPARE(unauthorized.header("WWW-Authenticate"),
             QByteArray("Basic realm=\"mesos-master-readwrite\""));
    expectError(call(subscribe, Json, Json, "GET"), 405,
                "405 Method Not Allowed. Expecting one of { 'POST' }, but received 'GET'.");
    expectError(call(subscribe, Json, "application/recordio"), 406,
                "Expecting 'Accept' to allow 'application/x-protobuf' or 'application/json'");

    // Everything else is served: a client can still poll.
    QCOMPARE(call("{\"type\":\"GET_STATE\"}").status, 200);
    QCOMPARE(call("{\"type\":\"GET_MAINTENANCE_STATUS\"}").status, 200);
    QCOMPARE(RawHttp::request(m_sim->port(), "GET", "/master/state", {}, {{"Authorization", m_p1}})
                 .status,
             200);
}

void TestSimV1Api::agentAttributes()
{
    QVERIFY(start({u"--scenario"_s, scenarioFile(), u"--speed"_s, u"0"_s}));
    // v1: a list of Attribute messages, text and scalar, in the master's (name) order.
    const QByteArray agents = call(R"({"type":"GET_AGENTS"})").body;
    QVERIFY2(
        agents.contains(R"("resources":[)")
            && agents.contains(
                R"("attributes":[{"name":"level","type":"SCALAR","scalar":{"value":3.0}},{"name":"rack","type":"TEXT","text":{"value":"r12"}}],"id":)"),
        agents.constData());
    // a2 has none: no key at all, as the master leaves an empty repeated field out.
    QCOMPARE(agents.count("\"attributes\""), 1);
    const Result<ClusterState> v1 = ClusterStateReader::readV1State(QByteArray(
        "{\"type\":\"GET_STATE\",\"get_state\":{\"get_agents\":"
        + QJsonDocument(QJsonDocument::fromJson(agents).object()[u"get_agents"_s].toObject())
              .toJson(QJsonDocument::Compact)
        + "}}"));
    QVERIFY(v1.ok());
    QCOMPARE(v1->agents[0].attributes.value(u"rack"_s), u"r12"_s);
    QCOMPARE(v1->agents[0].attributes.value(u"level"_s), u"3"_s);
    // The protobuf answer carries them too (transcoded field by field).
    QCOMPARE(call(R"({"type":"GET_AGENTS"})", Json, "application/x-protobuf").status, 200);
    // v0: an object; scalars are numbers.
    const QByteArray summary = RawHttp::request(m_sim->port(), "GET", "/master/state-summary", {},
                                                {{"Authorization", m_auth}})
                                   .body;
    QVERIFY(summary.contains(R"("attributes":{"level":3.0,"rack":"r12"})"));
    QVERIFY(summary.contains(R"("attributes":{})"));
    const Result<ClusterState> v0 = ClusterStateReader::readStateSummary(summary);
    QVERIFY(v0.ok());
    QCOMPARE(v0->agents[0].attributes, v1->agents[0].attributes);
}

void TestSimV1Api::protobuf()
{
    QVERIFY(start({u"--agents"_s, u"0"_s, u"--frameworks"_s, u"0"_s}));
    const QByteArray pb = "application/x-protobuf";
    // Hand-written wire bytes (master.proto field numbers), not produced by our encoder.
    RawHttp::Reply r = call(QByteArray::fromHex("0801"), pb, pb); // GET_HEALTH
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), pb);
    QCOMPARE(r.body.toHex(), QByteArray("0801120208 01").replace(' ', ""));
    r = call(QByteArray::fromHex("0818"), pb, pb); // GET_MAINTENANCE_SCHEDULE, none yet
    QCOMPARE(r.body.toHex(), QByteArray("08119201020a00"));
    // START_MAINTENANCE [{"hostname":"h"}]: h is not scheduled.
    expectError(call(QByteArray::fromHex("081a62050a030a0168"), pb, pb), 400,
                R"(Machine '{"hostname":"h"}' is not part of a maintenance schedule)");
    // UPDATE_MAINTENANCE_SCHEDULE of one window [h] starting at 5 ns, answered in JSON.
    const QByteArray update = QByteArray::fromHex("08195a0f0a0d0a0b0a030a016812040a020805");
    QCOMPARE(update.size(), 19);
    expectOk(call(update, pb, Json));
    QCOMPARE(
        call(R"({"type":"GET_MAINTENANCE_SCHEDULE"})").body,
        QByteArray(
            R"({"type":"GET_MAINTENANCE_SCHEDULE","get_maintenance_schedule":{"schedule":{"windows":[{"machine_ids":[{"hostname":"h"}],"unavailability":{"start":{"nanoseconds":5}}}]}}})"));
    r = call(QByteArray::fromHex("0817"), pb, pb); // GET_MAINTENANCE_STATUS
    QCOMPARE(r.body.toHex(),
             QByteArray("0810") + "8a01" + "09" + "0a07" + "0a05" + "0a03" + "0a0168");
    // State calls: the JSON document transcoded. GET_MASTER = 17 answers type 15, field 16.
    r = call(QByteArray::fromHex("0811"), pb, pb);
    QCOMPARE(r.header("Content-Type"), pb);
    QVERIFY(r.body.startsWith(QByteArray::fromHex("080f8201")));
    QVERIFY(r.body.contains("1.12.0"));
    r = call(QByteArray::fromHex("080a"), pb, pb); // GET_AGENTS: type 9, field 10
    QVERIFY(r.body.startsWith(QByteArray::fromHex("080952")));
    expectError(call(QByteArray::fromHex("ff"), pb, pb), 400,
                "Failed to parse body into Call protobuf");
    expectError(call(QByteArray::fromHex("08195a00"), pb, pb), 400,
                "Failed to parse body into Call protobuf");
    expectError(
        call(QByteArray::fromHex("0819"), pb, pb), 400,
        "Failed to validate master::Call: Expecting 'update_maintenance_schedule' to be present");

    // SUBSCRIBE in protobuf: RecordIO of binary events, typed application/x-protobuf.
    QTcpSocket stream;
    stream.connectToHost(u"127.0.0.1"_s, m_sim->port());
    QVERIFY(stream.waitForConnected(5000));
    stream.write("POST /api/v1 HTTP/1.1\r\nContent-Type: application/x-protobuf\r\nAccept: "
                 "application/x-protobuf\r\nAuthorization: "
                 + m_p1 + "\r\nContent-Length: 2\r\n\r\n" + QByteArray::fromHex("0812"));
    QByteArray in;
    auto received = [&in] {
        const qsizetype head = in.indexOf("\r\n\r\n");
        return head < 0 ? QList<QByteArray>() : records(in.mid(head + 4));
    };
    for (int i = 0; i < 50 && received().size() < 2; ++i) {
        if (stream.waitForReadyRead(100))
            in += stream.readAll();
    }
    QVERIFY(in.contains("\r\nContent-Type: application/x-protobuf\r\n"));
    const QList<QByteArray> events = received();
    QCOMPARE(events.size(), 2);
    QVERIFY(events[0].startsWith(QByteArray::fromHex("080112"))); // SUBSCRIBED, subscribed
    QCOMPARE(events[1], QByteArray::fromHex("0809")); // HEARTBEAT
}

QTEST_GUILESS_MAIN(TestSimV1Api)
void TestSimV1Api::protobufInvalidUtf8()
{
    // Found by fuzz_v1protobuf: a protobuf string holding invalid UTF-8 (here the hostname 0x88)
    // made the JSON conversion throw, and the uncaught exception took the simulator down.
    QVERIFY(start({u"--agents"_s, u"0"_s, u"--frameworks"_s, u"0"_s}));
    const QByteArray pb = "application/x-protobuf";
    const RawHttp::Reply r = call(QByteArray::fromHex("081a62050a030a0188"), pb, pb);
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.contains("is not part of a maintenance schedule"));
    QCOMPARE(call(QByteArray::fromHex("0801"), pb, pb).status, 200); // still up
}

#include "tst_simv1api.moc"
