// Conformance of the simulated master's v0 maintenance endpoints with the cases of
// src/tests/master_maintenance_tests.cpp (MasterMaintenanceTest), over real HTTP to the
// slipway-sim-master executable. ACL steps (principal test-principal-2 denied) are left out:
// the simulator authenticates but does not authorize.

#include "rawhttp.h"
#include "simprocess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The ACLs of the Mesos fixtures: test-principal-2 may not do any maintenance action.
const QString Acls = QStringLiteral(
    R"({"update_maintenance_schedules":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}],)"
    R"("get_maintenance_schedules":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}],)"
    R"("start_maintenances":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}],)"
    R"("stop_maintenances":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}],)"
    R"("get_maintenance_statuses":[{"principals":{"values":["test-principal-2"]},"machines":{"type":"NONE"}}]})");

const QByteArray M1 = R"({"hostname":"Machine1"})";
const QByteArray M2 = R"({"ip":"0.0.0.2"})";
const QByteArray M3 = R"({"hostname":"Machine3","ip":"0.0.0.3"})";

QByteArray u0(qint64 t0)
{
    return R"({"start":{"nanoseconds":)" + QByteArray::number(t0) + "}}";
}

QByteArray window(const QList<QByteArray> &ids, const QByteArray &unavailability)
{
    QByteArray w = R"({"machine_ids":[)";
    for (qsizetype i = 0; i < ids.size(); ++i)
        w += (i ? "," : "") + ids[i];
    return w + R"(],"unavailability":)" + unavailability + '}';
}

QByteArray schedule(const QList<QByteArray> &windows)
{
    if (windows.isEmpty())
        return "{}";
    return R"({"windows":[)" + windows.join(',') + "]}";
}

QByteArray list(const QList<QByteArray> &ids)
{
    return '[' + ids.join(',') + ']';
}

} // namespace

class TestSimMaintenance : public QObject
{
    Q_OBJECT

private:
    RawHttp::Reply post(const QByteArray &path, const QByteArray &body,
                        const QByteArray &auth = RawHttp::basic("test-principal", "test-secret"))
    {
        RawHttp::Headers h {{"Content-Type", "application/json"}};
        if (!auth.isEmpty())
            h.append({"Authorization", auth});
        return RawHttp::request(m_sim->port(), "POST", "/master/" + path, body, h);
    }
    RawHttp::Reply get(const QByteArray &path,
                       const QByteArray &auth = RawHttp::basic("test-principal", "test-secret"))
    {
        RawHttp::Headers h;
        if (!auth.isEmpty())
            h.append({"Authorization", auth});
        return RawHttp::request(m_sim->port(), "GET", "/master/" + path, QByteArray(), h);
    }
    void expectOk(const RawHttp::Reply &r)
    {
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QVERIFY(!r.hasHeader("Content-Type"));
        QCOMPARE(r.header("Content-Length"), QByteArray("0"));
    }
    void expectBadRequest(const RawHttp::Reply &r, const QByteArray &text)
    {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
        QCOMPARE(r.body, text);
    }

    static QByteArray p2() { return RawHttp::basic("test-principal-2", "test-secret-2"); }

    std::unique_ptr<SimProcess> m_sim;
    qint64 m_t0 = 0;

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<SimProcess>();
        QVERIFY2(m_sim->start({u"--agents"_s, u"0"_s, u"--frameworks"_s, u"0"_s, u"--auth"_s,
                               u"test-principal:test-secret"_s, u"--auth"_s,
                               u"test-principal-2:test-secret-2"_s, u"--acls"_s, Acls}),
                 qPrintable(m_sim->output()));
        m_t0 = QDateTime::currentMSecsSinceEpoch() * 1000000LL;
    }
    void cleanup() { m_sim.reset(); }

    void updateSchedule()
    {
        const QByteArray s1 = schedule({window({M1}, u0(m_t0))});
        expectOk(post("maintenance/schedule", s1));
        const RawHttp::Reply got = get("maintenance/schedule");
        QCOMPARE(got.status, 200);
        QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(got.body, s1);

        expectBadRequest(
            post("maintenance/schedule", R"({"windows":[{"unavailability":)" + u0(m_t0) + "}]}"),
            "List of machines in the maintenance window is empty");
        expectOk(post("maintenance/schedule", schedule({window({M1}, u0(-10000000000))})));
        expectBadRequest(
            post("maintenance/schedule",
                 schedule(
                     {window({M1},
                             R"({"duration":{"nanoseconds":-10000000000},"start":{"nanoseconds":)"
                                 + QByteArray::number(m_t0) + "}}")})),
            "Unavailability 'duration' is negative");
        expectBadRequest(
            post("maintenance/schedule",
                 schedule({window({M1}, u0(m_t0)), window({M1}, u0(m_t0))})),
            R"(Machine '{"hostname":"Machine1"}' appears more than once in the schedule)");
        expectBadRequest(post("maintenance/schedule", schedule({window({"{}"}, u0(m_t0))})),
                         "Both 'hostname' and 'ip' for a machine are empty");
        expectOk(post("maintenance/schedule", schedule({window({M1, M2}, u0(m_t0))})));
        // A schedule without machines needs no authorization, so even test-principal-2 may post it.
        expectOk(post("maintenance/schedule", "{}", p2()));
        QCOMPARE(get("maintenance/schedule").body, QByteArray("{}"));
        // The machines stay in the table as UP: they get the mode error, not "not part of".
        expectBadRequest(
            post("machine/down", list({M1})),
            R"(Machine '{"hostname":"Machine1"}' is not in DRAINING mode and cannot be brought down)");
    }

    void failToUnscheduleDeactivatedMachines()
    {
        expectOk(post("maintenance/schedule", schedule({window({M1, M2}, u0(m_t0))})));
        expectOk(post("machine/down", list({M1})));
        expectBadRequest(
            post("maintenance/schedule", schedule({window({M2}, u0(m_t0))})),
            R"(Machine '{"hostname":"Machine1"}' is deactivated and cannot be removed from the schedule)");
        expectOk(post("machine/up", list({M1})));
        QCOMPARE(get("maintenance/schedule").body, schedule({window({M2}, u0(m_t0))}));
    }

    void bringDownMachines()
    {
        expectBadRequest(
            post("machine/down", list({M1, M2})),
            R"(Machine '{"hostname":"Machine1"}' is not part of a maintenance schedule)");
        expectBadRequest(post("machine/down", "[]"), "List of machines is empty");
        expectBadRequest(post("machine/down", "[{}]"),
                         "Both 'hostname' and 'ip' for a machine are empty");
        expectOk(post("maintenance/schedule", schedule({window({M1, M2}, u0(m_t0))})));
        const RawHttp::Reply forbidden = post("machine/down", list({M1}), p2());
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.body, QByteArray("403 Forbidden."));
        expectOk(post("machine/down", list({M1})));
        const QByteArray notDraining
            = R"(Machine '{"hostname":"Machine1"}' is not in DRAINING mode and cannot be brought down)";
        expectBadRequest(post("machine/down", list({M1})), notDraining);
        expectBadRequest(post("machine/down", list({M1, M2})), notDraining);
        // All or nothing: M2 is still DRAINING.
        QCOMPARE(
            get("maintenance/status").body,
            QByteArray(
                R"({"down_machines":[{"hostname":"Machine1"}],"draining_machines":[{"id":{"ip":"0.0.0.2"}}]})"));
        expectOk(post("machine/down", list({M2})));
    }

    void bringUpMachines()
    {
        expectBadRequest(
            post("machine/up", list({M1, M2})),
            R"(Machine '{"hostname":"Machine1"}' is not part of a maintenance schedule)");
        expectOk(post("maintenance/schedule",
                      schedule({window({M1, M2}, u0(m_t0)), window({M3}, u0(m_t0))})));
        expectBadRequest(
            post("machine/up", list({M1, M2})),
            R"(Machine '{"hostname":"Machine1"}' is not in DOWN mode and cannot be brought up)");
        expectOk(post("machine/down", list({M3})));
        QCOMPARE(post("machine/up", list({M3}), p2()).status, 403);
        expectOk(post("machine/up", list({M3})));
        QCOMPARE(get("maintenance/schedule").body, schedule({window({M1, M2}, u0(m_t0))}));
        expectOk(post("machine/down", list({M1, M2})));
        expectOk(post("machine/up", list({M1, M2})));
        QCOMPARE(get("maintenance/schedule").body, QByteArray("{}"));
    }

    void machineStatus()
    {
        expectOk(post("maintenance/schedule", schedule({window({M1, M2}, u0(m_t0))})));
        const RawHttp::Reply filtered = get("maintenance/status", p2());
        QCOMPARE(filtered.status, 200);
        QCOMPARE(filtered.body, QByteArray("{}"));
        QCOMPARE(get("maintenance/schedule", p2()).body, QByteArray("{}"));
        QCOMPARE(post("maintenance/schedule", schedule({window({M1}, u0(m_t0))}), p2()).status,
                 403);
        RawHttp::Reply status = get("maintenance/status");
        QCOMPARE(status.status, 200);
        QCOMPARE(status.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(
            status.body,
            QByteArray(
                R"({"draining_machines":[{"id":{"hostname":"Machine1"}},{"id":{"ip":"0.0.0.2"}}]})"));
        expectOk(post("machine/down", list({M1})));
        QCOMPARE(
            get("maintenance/status").body,
            QByteArray(
                R"({"down_machines":[{"hostname":"Machine1"}],"draining_machines":[{"id":{"ip":"0.0.0.2"}}]})"));
        expectOk(post("machine/up", list({M1})));
        QCOMPARE(get("maintenance/status").body,
                 QByteArray(R"({"draining_machines":[{"id":{"ip":"0.0.0.2"}}]})"));
    }

    void endpointsBadAuthentication()
    {
        const QByteArray s = schedule({window({M1}, u0(m_t0))});
        const QByteArray bad = RawHttp::basic("badPrincipal", "badSecret");
        auto expect401 = [](const RawHttp::Reply &r, const QByteArray &realm) {
            QCOMPARE(r.status, 401);
            QCOMPARE(r.body, QByteArray("401 Unauthorized."));
            QCOMPARE(r.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
            QCOMPARE(r.header("WWW-Authenticate"), "Basic realm=\"" + realm + '"');
        };
        const QByteArray rw = "mesos-master-readwrite";
        for (const QByteArray &auth : {QByteArray(), bad}) {
            expect401(post("maintenance/schedule", s, auth), rw);
            expect401(get("maintenance/schedule", auth), rw);
            expect401(post("machine/up", s, auth), rw);
            expect401(post("machine/down", s, auth), rw);
            expect401(get("maintenance/status", auth), "mesos-master-readonly");
        }
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray("maintenance/schedule") << QByteArray("")
                               << QByteArray("syntax error at line 1 near: ");
        QTest::newRow("not json") << QByteArray("maintenance/schedule") << QByteArray("not json")
                                  << QByteArray("syntax error at line 1 near: ot json");
        QTest::newRow("array") << QByteArray("maintenance/schedule") << QByteArray("[]")
                               << QByteArray("Unexpected JSON type parsed");
        QTest::newRow("missing")
            << QByteArray("maintenance/schedule")
            << QByteArray(R"({"windows":[{"machine_ids":[{"hostname":"a"}]}]})")
            << QByteArray("Missing required fields: windows[0].unavailability");
        QTest::newRow("object list") << QByteArray("machine/down") << QByteArray("{}")
                                     << QByteArray("Unexpected JSON type parsed");
        QTest::newRow("element") << QByteArray("machine/down") << QByteArray("[1]")
                                 << QByteArray("Expecting a JSON object");
        QTest::newRow("ipv6") << QByteArray("machine/up") << QByteArray(R"([{"ip":"::1"}])")
                              << QByteArray("Failed to parse IPv4: ::1");
    }
    void malformedBodies()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, text);
        expectBadRequest(post(path, body), text);
    }

    void methodsAndUrlForms()
    {
        const QByteArray auth = RawHttp::basic("test-principal", "test-secret");
        const RawHttp::Reply put = RawHttp::request(m_sim->port(), "PUT", "/maintenance/schedule",
                                                    QByteArray(), {{"Authorization", auth}});
        QCOMPARE(put.status, 405);
        QCOMPARE(put.header("Allow"), QByteArray("GET, POST"));
        QCOMPARE(
            put.body,
            QByteArray(
                "405 Method Not Allowed. Expecting one of { 'GET', 'POST' }, but received 'PUT'."));
        const RawHttp::Reply getDown = RawHttp::request(m_sim->port(), "GET", "/machine/down",
                                                        QByteArray(), {{"Authorization", auth}});
        QCOMPARE(getDown.status, 405);
        QCOMPARE(getDown.header("Allow"), QByteArray("POST"));
        QCOMPARE(RawHttp::request(m_sim->port(), "GET", "/maintenance/status", {},
                                  {{"Authorization", auth}})
                     .body,
                 QByteArray("{}"));
        const RawHttp::Reply jsonp
            = RawHttp::request(m_sim->port(), "GET", "/master/maintenance/schedule?jsonp=cb", {},
                               {{"Authorization", auth}});
        QCOMPARE(jsonp.header("Content-Type"), QByteArray("text/javascript"));
        QCOMPARE(jsonp.body, QByteArray("cb({})"));
        QCOMPARE(RawHttp::request(m_sim->port(), "GET", "/master/version").status, 404);
        QCOMPARE(RawHttp::request(m_sim->port(), "GET", "/version").status, 200);
        const RawHttp::Reply health = RawHttp::request(m_sim->port(), "GET", "/master/health");
        QCOMPARE(health.status, 200);
        QVERIFY(!health.hasHeader("Content-Type"));
        QCOMPARE(RawHttp::request(m_sim->port(), "GET", "/master/nothing-here").status, 404);
    }

    void goldenSchedules_data()
    {
        QTest::addColumn<QString>("posted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two windows")
            << u"schedule-two-windows.json"_s << u"schedule-two-windows.master-get.json"_s;
        QTest::newRow("empty") << u"schedule-empty.master-get.json"_s
                               << u"schedule-empty.master-get.json"_s;
    }
    void goldenSchedules()
    {
        QFETCH(QString, posted);
        QFETCH(QString, expected);
        auto read = [](const QString &name) {
            QFile f(QStringLiteral(SLIPWAY_TEST_DATA "/mesos-examples/") + name);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(f.fileName()));
            return f.readAll();
        };
        expectOk(post("maintenance/schedule", read(posted)));
        QCOMPARE(get("maintenance/schedule").body, read(expected).trimmed());
    }

    void goldenInt64AsStringsAndMachineList()
    {
        auto read = [](const char *name) {
            QFile f(QStringLiteral(SLIPWAY_TEST_DATA "/mesos-examples/") + QLatin1StringView(name));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(f.fileName()));
            return f.readAll();
        };
        expectOk(post("maintenance/schedule", read("schedule-int64-as-strings.json")));
        QCOMPARE(
            get("maintenance/schedule").body,
            QByteArray(
                R"({"windows":[{"machine_ids":[{"hostname":"db-07.example","ip":"10.3.0.7"}],"unavailability":{"duration":{"nanoseconds":3600000000000},"start":{"nanoseconds":1767225600000000000}}}]})"));
        expectOk(post("maintenance/schedule", read("schedule-two-windows.json")));
        expectOk(post("machine/down", read("machines.json")));
        const QJsonObject status = QJsonDocument::fromJson(get("maintenance/status").body).object();
        QCOMPARE(status.value(u"down_machines"_s).toArray().size(), 2);
        QCOMPARE(status.value(u"draining_machines"_s).toArray().size(), 1);
        expectOk(post("machine/up", read("machines.json")));
    }
};

QTEST_GUILESS_MAIN(TestSimMaintenance)
#include "tst_simmaintenance.moc"
