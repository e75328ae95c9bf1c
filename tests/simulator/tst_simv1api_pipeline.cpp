// The simulated master's `POST /api/v1` request pipeline (API.md §6.1), the protobuf encoding of
// calls and answers, and agent attributes in the state calls.

#include "simv1fixture.h"
#include "json/clusterstatereader.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

class TestSimV1ApiPipeline : public QObject, public SimV1Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_sim.reset(); }

    void pipeline();
    void agentAttributes();
    void protobuf();
    void protobufInvalidUtf8();
};

void TestSimV1ApiPipeline::pipeline()
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

void TestSimV1ApiPipeline::agentAttributes()
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

void TestSimV1ApiPipeline::protobuf()
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

void TestSimV1ApiPipeline::protobufInvalidUtf8()
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

QTEST_GUILESS_MAIN(TestSimV1ApiPipeline)
#include "tst_simv1api_pipeline.moc"
