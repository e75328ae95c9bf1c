#include "maintenancevalidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

static QByteArray window(const QByteArray &machines,
                         const QByteArray &unavailability = R"({"start":{"nanoseconds":1}})")
{
    return R"({"machine_ids":)" + machines + R"(,"unavailability":)" + unavailability + "}";
}
static QByteArray scheduleJson(const QList<QByteArray> &windows)
{
    QByteArray out = R"({"windows":[)";
    for (qsizetype i = 0; i < windows.size(); ++i)
        out += (i ? "," : "") + windows[i];
    return out + "]}";
}

class tst_MaintenanceValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // After a lost answer: is the down (or up) visible in the status? Up means neither DOWN nor
    // DRAINING (the CLI used to accept a machine still DRAINING as "up").
    void transitionApplied_data()
    {
        QTest::addColumn<bool>("down");
        QTest::addColumn<QStringList>("downNow");
        QTest::addColumn<QStringList>("drainingNow");
        QTest::addColumn<bool>("applied");
        QTest::newRow("down, all down")
            << true << QStringList {u"a"_s, u"b"_s} << QStringList() << true;
        QTest::newRow("down, one draining")
            << true << QStringList {u"a"_s} << QStringList {u"b"_s} << false;
        QTest::newRow("up, all up") << false << QStringList() << QStringList() << true;
        QTest::newRow("up, one still down")
            << false << QStringList {u"b"_s} << QStringList() << false;
        QTest::newRow("up, one draining")
            << false << QStringList() << QStringList {u"a"_s} << false;
    }
    void transitionApplied()
    {
        QFETCH(bool, down);
        QFETCH(QStringList, downNow);
        QFETCH(QStringList, drainingNow);
        QFETCH(bool, applied);
        const auto id = [](const QString &h) {
            return MachineId::of(h, u"10.0.0.1"_s);
        };
        MaintenanceStatus status;
        for (const QString &h : downNow)
            status.down.append(id(h));
        for (const QString &h : drainingNow)
            status.draining.append(DrainingMachine {id(h), {}});
        QCOMPARE(MaintenanceValidator::transitionApplied({id(u"a"_s), id(u"b"_s)}, down, status),
                 applied);
    }

    // One row per rule of src/master/maintenance.cpp, in the master's order, with its exact text
    // (cases follow master_maintenance_tests.cpp: FailedValidation, UpdateSchedule,
    // BringDownMachines).
    void schedule_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("down");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::addColumn<QString>("path");
        const QStringList none;
        QTest::newRow("valid") << scheduleJson(
            {window(R"([{"hostname":"Machine1","ip":"0.0.0.1"}])")})
                               << none << QString() << QString();
        QTest::newRow("empty schedule") << QByteArray("{}") << none << QString() << QString();
        QTest::newRow("empty windows list")
            << QByteArray(R"({"windows":[]})") << none << QString() << QString();
        QTest::newRow("past start") << scheduleJson(
            {window(R"([{"hostname":"a"}])", R"({"start":{"nanoseconds":-10000000000}})")})
                                    << none << QString() << QString();
        QTest::newRow("zero duration")
            << scheduleJson({window(R"([{"hostname":"a"}])",
                                    R"({"start":{"nanoseconds":5},"duration":{"nanoseconds":0}})")})
            << none << QString() << QString();
        QTest::newRow("no machines") << scheduleJson({window("[]")}) << none
                                     << u"List of machines in the maintenance window is empty"_s
                                     << u"windows[0].machine_ids"_s;
        QTest::newRow("machine_ids absent")
            << QByteArray(R"({"windows":[{"unavailability":{"start":{"nanoseconds":1}}}]})") << none
            << u"List of machines in the maintenance window is empty"_s
            << u"windows[0].machine_ids"_s;
        QTest::newRow("negative duration") << scheduleJson(
            {window(R"([{"hostname":"a"}])",
                    R"({"start":{"nanoseconds":1},"duration":{"nanoseconds":-1}})")})
                                           << none << u"Unavailability 'duration' is negative"_s
                                           << u"windows[0].unavailability.duration.nanoseconds"_s;
        QTest::newRow("empty window before negative duration")
            << scheduleJson(
                   {window("[]", R"({"start":{"nanoseconds":1},"duration":{"nanoseconds":-1}})")})
            << none << u"List of machines in the maintenance window is empty"_s
            << u"windows[0].machine_ids"_s;
        QTest::newRow("hostname and ip empty")
            << scheduleJson({window(R"([{}])")}) << none
            << u"Both 'hostname' and 'ip' for a machine are empty"_s
            << u"windows[0].machine_ids[0]"_s;
        QTest::newRow("hostname and ip empty strings")
            << scheduleJson({window(R"([{"hostname":"","ip":""}])")}) << none
            << u"Both 'hostname' and 'ip' for a machine are empty"_s
            << u"windows[0].machine_ids[0]"_s;
        QTest::newRow("bad ip") << scheduleJson({window(R"([{"hostname":"a","ip":"not-an-ip"}])")})
                                << none << u"Failed to parse IPv4: not-an-ip"_s
                                << u"windows[0].machine_ids[0]"_s;
        QTest::newRow("ipv6 refused")
            << scheduleJson({window(R"([{"ip":"::1"}])")}) << none << u"Failed to parse IPv4: ::1"_s
            << u"windows[0].machine_ids[0]"_s;
        QTest::newRow("octet out of range")
            << scheduleJson({window(R"([{"ip":"10.0.0.256"}])")}) << none
            << u"Failed to parse IPv4: 10.0.0.256"_s << u"windows[0].machine_ids[0]"_s;
        QTest::newRow("duplicate in window")
            << scheduleJson({window(R"([{"hostname":"Machine1"},{"hostname":"machine1"}])")})
            << none
            << u"Machine '{\"hostname\":\"machine1\"}' appears more than once in the schedule"_s
            << u"windows[0].machine_ids[1]"_s;
        QTest::newRow("duplicate across windows")
            << scheduleJson({window(R"([{"hostname":"Machine1","ip":"0.0.0.1"}])"),
                             window(R"([{"hostname":"MACHINE1","ip":"0.0.0.1"}])")})
            << none
            << u"Machine '{\"hostname\":\"MACHINE1\",\"ip\":\"0.0.0.1\"}' appears more than once in the schedule"_s
            << u"windows[1].machine_ids[0]"_s;
        QTest::newRow("hostname-only and full are different machines")
            << scheduleJson(
                   {window(R"([{"hostname":"Machine1"},{"hostname":"Machine1","ip":"0.0.0.1"}])")})
            << none << QString() << QString();
        QTest::newRow("down machine kept")
            << scheduleJson({window(R"([{"hostname":"Machine1","ip":"0.0.0.1"}])")})
            << QStringList {u"machine1/0.0.0.1"_s} << QString() << QString();
        QTest::newRow("down machine removed")
            << scheduleJson({window(R"([{"hostname":"Machine2","ip":"0.0.0.2"}])")})
            << QStringList {u"Machine1/0.0.0.1"_s}
            << u"Machine '{\"hostname\":\"Machine1\",\"ip\":\"0.0.0.1\"}' is deactivated and cannot be removed from the schedule"_s
            << QString();
        QTest::newRow("down machine removed by empty schedule")
            << QByteArray("{}") << QStringList {u"/0.0.0.3"_s}
            << u"Machine '{\"ip\":\"0.0.0.3\"}' is deactivated and cannot be removed from the schedule"_s
            << QString();
        QTest::newRow("window rules before down rule")
            << scheduleJson({window("[]")}) << QStringList {u"Machine1/0.0.0.1"_s}
            << u"List of machines in the maintenance window is empty"_s
            << u"windows[0].machine_ids"_s;
        QTest::newRow("parse errors before rules")
            << QByteArray(R"({"windows":[{"machine_ids":[]}]})") << none
            << u"Missing required fields: windows[0].unavailability"_s
            << u"windows[0].unavailability"_s;
    }
    void schedule()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, down);
        QFETCH(QString, error);
        QFETCH(QString, path);
        QList<MachineId> downMachines;
        for (const QString &spec : down)
            downMachines.append(*MachineId::fromSpec(spec));
        const Result<Schedule> verdict
            = MaintenanceValidator::checkScheduleDocument(body, downMachines);
        if (error.isEmpty()) {
            QVERIFY2(verdict.ok(), qPrintable(verdict.ok() ? QString() : verdict.error().message));
            return;
        }
        QVERIFY(!verdict.ok());
        QCOMPARE(verdict.error().message, error);
        QCOMPARE(verdict.error().path, path);
    }

    void machineList_data()
    {
        QTest::addColumn<QStringList>("machines");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid") << QStringList {u"a/1.2.3.4"_s, u"b"_s} << QString();
        QTest::newRow("empty") << QStringList() << u"List of machines is empty"_s;
        QTest::newRow("bad ip") << QStringList {u"/1.2.3"_s} << u"Failed to parse IPv4: 1.2.3"_s;
        QTest::newRow("duplicate says schedule")
            << QStringList {u"a"_s, u"A"_s}
            << u"Machine '{\"hostname\":\"A\"}' appears more than once in the schedule"_s;
    }
    void machineList()
    {
        QFETCH(QStringList, machines);
        QFETCH(QString, error);
        QList<MachineId> ids;
        for (const QString &spec : machines)
            ids.append(*MachineId::fromSpec(spec));
        const auto verdict = MaintenanceValidator::checkMachineList(ids);
        QCOMPARE(verdict ? verdict->message : QString(), error);
    }

    void transitions_data()
    {
        QTest::addColumn<QString>("machine");
        QTest::addColumn<bool>("down");
        QTest::addColumn<QString>("error");
        QTest::newRow("down a draining machine") << u"d/10.0.0.2"_s << true << QString();
        QTest::newRow("up a down machine") << u"x/10.0.0.3"_s << false << QString();
        QTest::newRow("down an unknown machine")
            << u"zz/10.9.9.9"_s << true
            << u"Machine '{\"hostname\":\"zz\",\"ip\":\"10.9.9.9\"}' is not part of a maintenance schedule"_s;
        QTest::newRow("down an UP machine")
            << u"u/10.0.0.1"_s << true
            << u"Machine '{\"hostname\":\"u\",\"ip\":\"10.0.0.1\"}' is not in DRAINING mode and cannot be brought down"_s;
        QTest::newRow("up a draining machine")
            << u"D/10.0.0.2"_s << false
            << u"Machine '{\"hostname\":\"D\",\"ip\":\"10.0.0.2\"}' is not in DOWN mode and cannot be brought up"_s;
    }
    void transitions()
    {
        QFETCH(QString, machine);
        QFETCH(bool, down);
        QFETCH(QString, error);
        const MachineId up = *MachineId::fromSpec(u"u/10.0.0.1");
        const MachineId draining = *MachineId::fromSpec(u"d/10.0.0.2");
        const MachineId isDown = *MachineId::fromSpec(u"x/10.0.0.3");
        const auto verdict = MaintenanceValidator::checkTransition(
            {*MachineId::fromSpec(machine)}, down, {up, draining, isDown}, {draining}, {isDown});
        QCOMPARE(verdict ? verdict->message : QString(), error);
    }

    void emptyHostnameAndIpObject()
    {
        MachineId blank;
        blank.hostname = QString();
        QCOMPARE(*MaintenanceValidator::checkMachine(blank),
                 u"Both 'hostname' and 'ip' for a machine are empty"_s);
    }
};

QTEST_GUILESS_MAIN(tst_MaintenanceValidator)
#include "tst_maintenancevalidator.moc"
