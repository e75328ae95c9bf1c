// The simulated master's SUBSCRIBE stream (API.md §6.13) and the switches that make it fail or
// refuse it on purpose, for the console's reconnect and fallback tests.

#include "simv1fixture.h"

#include <QElapsedTimer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

class TestSimV1ApiSubscribe : public QObject, public SimV1Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_sim.reset(); }

    void subscribe();
    void streamFailureModes();
    void subscribeForbidden();
};

void TestSimV1ApiSubscribe::subscribe()
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
void TestSimV1ApiSubscribe::streamFailureModes()
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
void TestSimV1ApiSubscribe::subscribeForbidden()
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

QTEST_GUILESS_MAIN(TestSimV1ApiSubscribe)
#include "tst_simv1api_subscribe.moc"
