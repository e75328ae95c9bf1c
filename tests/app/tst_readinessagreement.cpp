// The table and timeline (MachineTableModel), `slipwayctl status` (StatusReport) and the down
// confirmation (DrainReadiness::describe on the snapshot's machine) must say the same thing about
// every machine of one snapshot: they all map DrainReadiness, the one readiness rule.
#include "cli/statusreport.h"
#include "planning/draftschedule.h"
#include "planning/machinetablemodel.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSecond = 1000000000LL;
constexpr qint64 kNow = 1800000000LL * kSecond;

MachineId machine(int i)
{
    return MachineId::of(u"m%1"_s.arg(i), u"10.0.1.%1"_s.arg(i));
}

Agent agent(int i, int tasks, QStringList frameworks, const QString &id = {})
{
    Agent a;
    a.id = id.isEmpty() ? u"S%1"_s.arg(i) : id;
    a.hostname = u"m%1"_s.arg(i);
    a.ip = u"10.0.1.%1"_s.arg(i);
    a.taskCount = tasks;
    a.frameworkIds = std::move(frameworks);
    return a;
}

InverseOfferStatus answer(const QString &fw, InverseOfferStatus::Answer a, qint64 ageSeconds)
{
    return InverseOfferStatus {a, fw, kNow - ageSeconds * kSecond};
}

constexpr auto Accept = InverseOfferStatus::Answer::Accept;
constexpr auto Decline = InverseOfferStatus::Answer::Decline;

LiveSnapshot snapshot()
{
    ClusterState cluster;
    cluster.agents = {
        agent(1, 3, {u"f1"_s}),
        agent(2, 3, {u"f1"_s}),
        agent(3, 3, {u"f1"_s}),
        agent(4, 2, {u"f1"_s}),
        agent(5, 0, {}),
        agent(6, 1, {u"f1"_s}),
        agent(8, 1, {u"f1"_s}, u"S8a"_s),
        agent(8, 1, {u"f2"_s}, u"S8b"_s),
    };
    cluster.frameworks = {{u"f1"_s, u"marathon"_s, true}, {u"f2"_s, u"spark"_s, true}};
    MaintenanceStatus status;
    status.draining = {
        // f2 declines, but has no tasks on m1.
        {machine(1), {answer(u"f1"_s, Accept, 60), answer(u"f2"_s, Decline, 30)}},
        // f1 declined, then accepted.
        {machine(2), {answer(u"f1"_s, Decline, 600), answer(u"f1"_s, Accept, 30)}},
        // f1 accepted, then declined.
        {machine(3), {answer(u"f1"_s, Accept, 600), answer(u"f1"_s, Decline, 30)}},
        // No answer yet.
        {machine(4), {}},
        // No tasks left: a decline does not matter.
        {machine(5), {answer(u"f1"_s, Decline, 30)}},
        // Two agents: f1 accepted, f2 has not answered.
        {machine(8), {answer(u"f1"_s, Accept, 30)}},
    };
    status.down = {machine(7)};
    Schedule schedule;
    MaintenanceWindow w;
    for (int i : {1, 2, 3, 4, 5, 7, 8})
        w.machines.append(machine(i));
    w.unavailability.startNs = kNow - 3600 * kSecond;
    w.unavailability.durationNs = 7200 * kSecond;
    schedule.windows = {w};
    return LiveSnapshot::join(cluster, status, schedule);
}

} // namespace

class tst_ReadinessAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableStatusAndConfirmationAgree_data()
    {
        QTest::addColumn<int>("machineNumber");
        QTest::addColumn<MachinePlan::Readiness>("readiness");
        QTest::addColumn<QString>("text");
        using R = MachinePlan::Readiness;
        QTest::newRow("decline without tasks") << 1 << R::Ready << u"ready"_s;
        QTest::newRow("declined, then accepted") << 2 << R::Ready << u"ready"_s;
        QTest::newRow("accepted, then declined")
            << 3 << R::Blocked << u"blocked: marathon declined"_s;
        QTest::newRow("no answer") << 4 << R::Waiting << u"blocked: marathon has not answered"_s;
        QTest::newRow("no tasks left") << 5 << R::Ready << u"ready"_s;
        QTest::newRow("up") << 6 << R::NotDraining << QString();
        QTest::newRow("down") << 7 << R::NotDraining << QString();
        QTest::newRow("two agents") << 8 << R::Waiting << u"blocked: spark has not answered"_s;
    }

    void tableStatusAndConfirmationAgree()
    {
        QFETCH(int, machineNumber);
        QFETCH(MachinePlan::Readiness, readiness);
        QFETCH(QString, text);
        const LiveSnapshot live = snapshot();
        const MachineId id = machine(machineNumber);

        // The table and the timeline, fed as the main window feeds them.
        DraftSchedule draft;
        draft.setLiveSchedule(live.schedule);
        MachineTableModel table(&draft);
        table.setFrameworkNames(live.frameworkNames);
        table.setAgents(live.cluster.agents);
        table.setStatus(live.status);
        const int row = table.rowOf(id);
        QVERIFY(row >= 0);
        const QModelIndex index = table.index(row, MachineTableModel::ReadinessColumn);
        QCOMPARE(MachinePlan::Readiness(index.data(MachineTableModel::ReadinessRole).toInt()),
                 readiness);
        QCOMPARE(index.data(MachineTableModel::PlanRole).value<MachinePlan>().readiness, readiness);
        QCOMPARE(index.data().toString(), text);

        // `slipwayctl status`.
        const StatusReport report(live, kNow);
        const auto it = std::find_if(report.rows().cbegin(), report.rows().cend(),
                                     [&](const StatusReport::Row &r) { return r.id == id; });
        QVERIFY(it != report.rows().cend());
        QCOMPARE(MachinePlan::readinessOf(it->readiness), readiness);
        QCOMPARE(it->readinessText, text);

        // The down confirmation names the blockers with the snapshot's framework names.
        const MachineLive *m = live.machine(id);
        QVERIFY(m);
        QCOMPARE(MachinePlan::readinessOf(m->readiness), readiness);
        QCOMPARE(
            m->readiness.describe([&](const QString &fw) { return live.frameworkNames.value(fw); }),
            text);
    }

    void countsAgree()
    {
        const LiveSnapshot live = snapshot();
        DraftSchedule draft;
        MachineTableModel table(&draft);
        table.setAgents(live.cluster.agents);
        table.setStatus(live.status);
        int ready = 0;
        int blocked = 0;
        for (int row = 0; row < table.rowCount(); ++row) {
            const auto r = MachinePlan::Readiness(
                table.index(row, 0).data(MachineTableModel::ReadinessRole).toInt());
            ready += r == MachinePlan::Readiness::Ready;
            blocked += r == MachinePlan::Readiness::Blocked || r == MachinePlan::Readiness::Waiting;
        }
        const StatusReport report(live, kNow);
        QCOMPARE(ready, report.readyCount());
        QCOMPARE(blocked, report.blockedCount());
        QCOMPARE(ready, 3);
        QCOMPARE(blocked, 3);
    }
};

QTEST_GUILESS_MAIN(tst_ReadinessAgreement)
#include "tst_readinessagreement.moc"
