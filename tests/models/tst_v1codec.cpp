#include "json/v1codec.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

static QByteArray readExample(const QString &name)
{
    QFile f(QStringLiteral(SLIPWAY_TEST_DATA "/mesos-examples/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll().trimmed();
}

static const MachineId node01 = MachineId::of(u"rack1-node01.example"_s, u"10.1.0.11"_s);

class tst_V1Codec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestGoldens()
    {
        Schedule s;
        s.windows.append({{node01}, {1767225600000000000LL, 7200000000000LL}});
        QCOMPARE(V1Codec::encodeUpdateSchedule(s),
                 readExample(u"v1-update-maintenance-schedule.request.json"_s));
        QCOMPARE(V1Codec::encodeStartMaintenance({node01}),
                 readExample(u"v1-start-maintenance.request.json"_s));
        QCOMPARE(V1Codec::encodeCall(u"GET_MAINTENANCE_STATUS"_s),
                 QByteArray(R"({"type":"GET_MAINTENANCE_STATUS"})"));
    }

    void responseGoldens()
    {
        QCOMPARE(V1Codec::encodeGetScheduleResponse(Schedule()),
                 readExample(u"v1-get-maintenance-schedule-empty.response.json"_s));
        const QByteArray statusGolden = readExample(u"v1-get-maintenance-status.response.json"_s);
        const Result<MaintenanceStatus> status = V1Codec::decodeGetStatusResponse(statusGolden);
        QVERIFY(status);
        QCOMPARE(status->draining.size(), 1);
        QCOMPARE(status->draining[0].statuses[0].answer, InverseOfferStatus::Answer::Accept);
        QCOMPARE(V1Codec::encodeGetStatusResponse(*status), statusGolden);
        const Result<Schedule> empty = V1Codec::decodeGetScheduleResponse(
            readExample(u"v1-get-maintenance-schedule-empty.response.json"_s));
        QVERIFY(empty);
        QVERIFY(empty->isEmpty());
    }

    void encodesAgentCalls()
    {
        // The request shapes of API.md 6.11 and 6.12.
        QCOMPARE(
            V1Codec::encodeDrainAgent(u"a-S1"_s, 600000000000LL, false),
            QByteArray(
                R"({"type":"DRAIN_AGENT","drain_agent":{"agent_id":{"value":"a-S1"},"max_grace_period":{"seconds":600,"nanos":0},"mark_gone":false}})"));
        QCOMPARE(
            V1Codec::encodeDrainAgent(u"a-S1"_s, std::nullopt, true),
            QByteArray(
                R"({"type":"DRAIN_AGENT","drain_agent":{"agent_id":{"value":"a-S1"},"mark_gone":true}})"));
        QCOMPARE(
            V1Codec::encodeDeactivateAgent(u"a-S2"_s),
            QByteArray(
                R"({"type":"DEACTIVATE_AGENT","deactivate_agent":{"agent_id":{"value":"a-S2"}}})"));
        QCOMPARE(
            V1Codec::encodeReactivateAgent(u"a-S2"_s),
            QByteArray(
                R"({"type":"REACTIVATE_AGENT","reactivate_agent":{"agent_id":{"value":"a-S2"}}})"));
        // And the master's pipeline reads back what was meant.
        const Result<V1Call> drain
            = V1Codec::decodeCall(V1Codec::encodeDrainAgent(u"a-S1"_s, 1500000001LL, true));
        QVERIFY(drain);
        QCOMPARE(*drain->drainAgent->maxGracePeriodNs, 1500000001LL);
        QVERIFY(drain->drainAgent->markGone);
        QVERIFY(V1Codec::decodeCall(V1Codec::encodeReactivateAgent(u"x"_s))->reactivateAgent);
    }

    void decodesCalls()
    {
        const Result<V1Call> update
            = V1Codec::decodeCall(readExample(u"v1-update-maintenance-schedule.request.json"_s));
        QVERIFY(update);
        QCOMPARE(update->type, u"UPDATE_MAINTENANCE_SCHEDULE"_s);
        QVERIFY(update->schedule);
        QCOMPARE(update->schedule->windows[0].machines[0], node01);
        const Result<V1Call> drain = V1Codec::decodeCall(
            R"({"type":"DRAIN_AGENT","drain_agent":{"agent_id":{"value":"a-S1"},"max_grace_period":{"seconds":600,"nanos":5},"mark_gone":true}})");
        QVERIFY(drain);
        QCOMPARE(drain->drainAgent->agentId, u"a-S1"_s);
        QCOMPARE(*drain->drainAgent->maxGracePeriodNs, 600000000005LL);
        QVERIFY(drain->drainAgent->markGone);
        const Result<V1Call> start
            = V1Codec::decodeCall(R"({"type":"START_MAINTENANCE","start_maintenance":{}})");
        QVERIFY(start);
        QVERIFY(start->startMachines && start->startMachines->isEmpty());
    }

    void hugeGracePeriodSaturates_data()
    {
        QTest::addColumn<QByteArray>("grace");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("ordinary") << QByteArray(R"({"seconds":600,"nanos":5})") << 600000000005LL;
        QTest::newRow("seconds beyond int64 ns") << QByteArray(R"({"seconds":9223372036854775807})")
                                                 << std::numeric_limits<qint64>::max();
        QTest::newRow("just over") << QByteArray(R"({"seconds":9223372036,"nanos":999999999})")
                                   << std::numeric_limits<qint64>::max();
        QTest::newRow("very negative") << QByteArray(R"({"seconds":-9223372036854775807})")
                                       << std::numeric_limits<qint64>::min();
    }
    void hugeGracePeriodSaturates()
    {
        QFETCH(QByteArray, grace);
        QFETCH(qint64, expected);
        const QByteArray call
            = R"({"type":"DRAIN_AGENT","drain_agent":{"agent_id":{"value":"a"},"max_grace_period":)"
            + grace + "}}";
        const Result<V1Call> drain = V1Codec::decodeCall(call);
        QVERIFY(drain);
        QVERIFY(drain->drainAgent && drain->drainAgent->maxGracePeriodNs);
        QCOMPARE(*drain->drainAgent->maxGracePeriodNs, expected);
    }

    void callErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray(
            "nope") << u"Failed to parse body into JSON: syntax error at line 1 near: ope"_s;
        QTest::newRow("array root")
            << QByteArray("[]")
            << u"Failed to convert JSON into Call protobuf: Expecting a JSON object"_s;
        QTest::newRow("numeric enum")
            << QByteArray(R"({"type":24})")
            << u"Failed to convert JSON into Call protobuf: Not expecting a JSON number for field 'type'"_s;
        QTest::newRow("missing schedule window field")
            << QByteArray(
                   R"({"type":"UPDATE_MAINTENANCE_SCHEDULE","update_maintenance_schedule":{"schedule":{"windows":[{}]}}})")
            << u"Failed to convert JSON into Call protobuf: Missing required fields: update_maintenance_schedule.schedule.windows[0].unavailability"_s;
        QTest::newRow("string grace period")
            << QByteArray(
                   R"({"type":"DRAIN_AGENT","drain_agent":{"agent_id":{"value":"x"},"max_grace_period":"10mins"}})")
            << u"Failed to convert JSON into Call protobuf: Not expecting a JSON string for field 'max_grace_period'"_s;
        QTest::newRow("no type") << QByteArray(
            "{}") << u"Failed to validate master::Call: Expecting 'type' to be present"_s;
        QTest::newRow("unknown type")
            << QByteArray(R"({"type":"MAKE_COFFEE"})")
            << u"Failed to validate master::Call: Expecting 'type' to be present"_s;
        QTest::newRow("update without body")
            << QByteArray(R"({"type":"UPDATE_MAINTENANCE_SCHEDULE"})")
            << u"Failed to validate master::Call: Expecting 'update_maintenance_schedule' to be present"_s;
        QTest::newRow("start without body")
            << QByteArray(R"({"type":"START_MAINTENANCE"})")
            << u"Failed to validate master::Call: Expecting 'start_maintenance' to be present"_s;
        QTest::newRow("stop without body")
            << QByteArray(R"({"type":"STOP_MAINTENANCE"})")
            << u"Failed to validate master::Call: Expecting 'stop_maintenance' to be present"_s;
        QTest::newRow("drain without body")
            << QByteArray(R"({"type":"DRAIN_AGENT"})")
            << u"Failed to validate master::Call: Expecting 'drain_agent' to be present"_s;
        QTest::newRow("deactivate without body")
            << QByteArray(R"({"type":"DEACTIVATE_AGENT"})")
            << u"Failed to validate master::Call: Expecting 'deactivate_agent' to be present"_s;
        QTest::newRow("reactivate without body")
            << QByteArray(R"({"type":"REACTIVATE_AGENT"})")
            << u"Failed to validate master::Call: Expecting 'reactivate_agent' to be present"_s;
    }
    void callErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Result<V1Call> call = V1Codec::decodeCall(body);
        QVERIFY(!call);
        QCOMPARE(call.error().message, message);
    }
};

QTEST_GUILESS_MAIN(tst_V1Codec)
#include "tst_v1codec.moc"
