// Conformance of the simulated master's maintenance and draining calls on `POST /api/v1` with
// src/tests/api_tests.cpp (UpdateAndGetMaintenanceSchedule, GetMaintenanceStatus,
// StartAndStopMaintenance, JSON variant), the golden examples, and master_draining_tests.cpp.

#include "simv1fixture.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

class TestSimV1ApiMaintenance : public QObject, public SimV1Fixture
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { m_sim.reset(); }

    void updateAndGetMaintenanceSchedule();
    void getMaintenanceStatus();
    void startAndStopMaintenance();
    void goldenExamples();
    void drainAgent();
};

void TestSimV1ApiMaintenance::updateAndGetMaintenanceSchedule()
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

void TestSimV1ApiMaintenance::getMaintenanceStatus()
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

void TestSimV1ApiMaintenance::startAndStopMaintenance()
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

void TestSimV1ApiMaintenance::goldenExamples()
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

void TestSimV1ApiMaintenance::drainAgent()
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

QTEST_GUILESS_MAIN(TestSimV1ApiMaintenance)
#include "tst_simv1api_maintenance.moc"
