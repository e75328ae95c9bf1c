// ProtobufCodec: the binary side of the simulator's /api/v1, for inputs the fuzzer found.

#include "protobufcodec.h"

#include <QTest>

class TestProtobufCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonToCall_data();
    void jsonToCall();
    void invalidUtf8String();
};

void TestProtobufCodec::jsonToCall_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("hex"); ///< empty: refused
    QTest::newRow("GET_HEALTH") << QByteArray(R"({"type":"GET_HEALTH"})") << QByteArray("0801");
    QTest::newRow("START_MAINTENANCE")
        << QByteArray(R"({"type":"START_MAINTENANCE","start_maintenance":)"
                      R"({"machines":[{"hostname":"h"}]}})")
        << QByteArray("081a62050a030a0168");
    // Found by fuzz_v1protobuf: a value of the wrong type threw from nlohmann (terminate).
    QTest::newRow("type an object") << QByteArray(R"({"type":{"healthy":true}})") << QByteArray();
    QTest::newRow("hostname a number")
        << QByteArray(R"({"type":"START_MAINTENANCE","start_maintenance":)"
                      R"({"machines":[{"hostname":5}]}})")
        << QByteArray();
    QTest::newRow("machines not an array")
        << QByteArray(R"({"start_maintenance":{"machines":7}})") << QByteArray();
    QTest::newRow("nanoseconds a huge double")
        << QByteArray(R"({"update_maintenance_schedule":{"schedule":{"windows":[{"machine_ids":)"
                      R"([{"hostname":"h"}],"unavailability":{"start":{"nanoseconds":1e300}}}]}}})")
        << QByteArray();
}

void TestProtobufCodec::jsonToCall()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, hex);
    const std::optional<QByteArray> binary = ProtobufCodec::jsonToCall(json);
    QCOMPARE(binary.has_value(), !hex.isEmpty());
    if (binary)
        QCOMPARE(binary->toHex(), hex);
}

void TestProtobufCodec::invalidUtf8String()
{
    // Found by fuzz_v1protobuf: START_MAINTENANCE for the hostname 0x88 made the JSON dump throw.
    const std::optional<QByteArray> json
        = ProtobufCodec::callToJson(QByteArray::fromHex("081a62050a030a0188"));
    QVERIFY(json.has_value());
    QCOMPARE(*json,
             QByteArray(R"({"type":"START_MAINTENANCE","start_maintenance":{"machines":)"
                        R"([{"hostname":")"
                        "\xef\xbf\xbd"
                        R"("}]}})"));
}

QTEST_GUILESS_MAIN(TestProtobufCodec)
#include "tst_protobufcodec.moc"
