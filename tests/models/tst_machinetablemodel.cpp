#include "planning/draftschedule.h"
#include "planning/machinetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr qint64 H = 3'600'000'000'000LL;

Agent agent(int i, const QString &zone, int tasks = 1, const QStringList &frameworks = {})
{
    Agent a;
    a.frameworkIds = frameworks;
    a.id = QStringLiteral("S%1").arg(i);
    a.hostname = QStringLiteral("host-%1").arg(i);
    a.ip = QStringLiteral("10.0.0.%1").arg(i);
    a.zone = zone;
    a.taskCount = tasks;
    return a;
}

MachineId m(int i)
{
    return agent(i, {}).machineId();
}

} // namespace

class tst_MachineTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agentDrainStateOfAMachine()
    {
        DraftSchedule draft;
        MachineTableModel model(&draft);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Agent second = agent(1, {});
        second.id = QStringLiteral("S1-b");
        model.setAgents({agent(1, {}), second, agent(2, {})});
        const int row = model.rowOf(m(1));
        QCOMPARE(model.index(row, 0).data(MachineTableModel::AgentDrainRole).toInt(),
                 int(AgentDrain::State::None));
        QVERIFY(model.index(row, MachineTableModel::ModeColumn).data(Qt::ToolTipRole).isNull());

        // One agent deactivated, the other draining: the machine shows draining.
        Agent deactivated = agent(1, {});
        deactivated.deactivated = true;
        second.drainInfo = DrainInfo {DrainInfo::State::Draining, std::nullopt, false};
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAgents({deactivated, second, agent(2, {})});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QVERIFY(
            changed.first().at(2).value<QList<int>>().contains(MachineTableModel::AgentDrainRole));
        QCOMPARE(model.index(row, 0).data(MachineTableModel::AgentDrainRole).toInt(),
                 int(AgentDrain::State::Draining));
        QCOMPARE(
            model.index(row, 0).data(MachineTableModel::PlanRole).value<MachinePlan>().agentDrain,
            AgentDrain::State::Draining);
        QCOMPARE(model.index(row, MachineTableModel::ModeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("agent draining"));
        QCOMPARE(model.index(model.rowOf(m(2)), 0).data(MachineTableModel::AgentDrainRole).toInt(),
                 int(AgentDrain::State::None));
    }

    void tasksReadinessAndRememberedZone()
    {
        DraftSchedule draft;
        MachineTableModel model(&draft);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFrameworkNames({{QStringLiteral("fw-1"), QStringLiteral("kafka")}});
        model.setAgents({agent(1, QStringLiteral("zone-a"), 7, {QStringLiteral("fw-1")})});
        MaintenanceStatus status;
        status.draining.append(
            {m(1), {{InverseOfferStatus::Answer::Decline, QStringLiteral("fw-1"), 1}}});
        model.setStatus(status);
        const int row = model.rowOf(m(1));
        QCOMPARE(model.index(row, MachineTableModel::TasksColumn).data().toInt(), 7);
        QCOMPARE(model.index(row, MachineTableModel::ReadinessColumn).data().toString(),
                 QStringLiteral("blocked: kafka declined"));
        QCOMPARE(model.headerData(MachineTableModel::ReadinessColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Readiness"));
        // Taken down: the agent is removed, the machine keeps its row and its zone.
        status.draining.clear();
        status.down.append(m(1));
        model.setStatus(status);
        model.setAgents({});
        QCOMPARE(model.rowOf(m(1)), row);
        QCOMPARE(model.index(row, MachineTableModel::ZoneColumn).data().toString(),
                 QStringLiteral("zone-a"));
        QVERIFY(model.index(row, MachineTableModel::ReadinessColumn).data().toString().isEmpty());
    }

    void agentsBecomeRows()
    {
        DraftSchedule draft;
        MachineTableModel model(&draft);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAgents({agent(1, QStringLiteral("a")), agent(2, QStringLiteral("b"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, MachineTableModel::HostnameColumn).data().toString(),
                 QStringLiteral("host-1"));
        QCOMPARE(model.index(1, 0).data(MachineTableModel::ZoneRole).toString(),
                 QStringLiteral("b"));
        QCOMPARE(model.index(1, MachineTableModel::ModeColumn).data().toString(),
                 QStringLiteral("UP"));
        QCOMPARE(model.rowOf(m(2)), 1);
    }

    void refreshIsMinimal()
    {
        DraftSchedule draft;
        MachineTableModel model(&draft);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Agent> agents;
        for (int i = 1; i <= 5; ++i)
            agents.append(agent(i, QStringLiteral("z")));
        model.setAgents(agents);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setAgents(agents); // same data: nothing
        QCOMPARE(changed.count(), 0);

        agents[2].taskCount = 9;
        model.setAgents(agents);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(MachineTableModel::TaskCountRole));
        QCOMPARE(model.index(2, 0).data(MachineTableModel::TaskCountRole).toInt(), 9);

        agents.removeAt(1);
        agents.append(agent(6, QStringLiteral("z")));
        model.setAgents(agents);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 4);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(m(6)), 4);
        QCOMPARE(model.rowOf(m(2)), -1);
        QCOMPARE(reset.count(), 0);
    }

    void scheduledMachinesWithoutAgents()
    {
        DraftSchedule draft;
        MachineTableModel model(&draft);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAgents({agent(1, QStringLiteral("a"))});
        WindowId id = 0;
        QVERIFY(!draft.addWindow({m(1), m(7)}, Unavailability {5 * H, 2 * H}, &id));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex row7 = model.index(model.rowOf(m(7)), 0);
        QCOMPARE(row7.data(MachineTableModel::WindowIdRole).value<WindowId>(), id);
        QCOMPARE(row7.data(MachineTableModel::WindowStartRole).toLongLong(), 5 * H);
        const auto plan = row7.data(MachineTableModel::PlanRole).value<MachinePlan>();
        QCOMPARE(plan.windowId, id);
        QCOMPARE(plan.planned, std::optional<Unavailability>(Unavailability {5 * H, 2 * H}));
        QCOMPARE(plan.change, DraftSchedule::Change::Added);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!draft.setUnavailability(id, Unavailability {6 * H, H}));
        QCOMPARE(changed.count(), 1); // one contiguous range: rows 0 and 1
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(MachineTableModel::PlanRole));

        // Out of the schedule and no agent: the row goes.
        QVERIFY(!draft.removeMachines({m(7)}));
        QCOMPARE(model.rowCount(), 1);
    }

    void statusGivesModeAndReadiness()
    {
        DraftSchedule draft;
        MachineTableModel model(&draft);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList f1 {QStringLiteral("f1")};
        const QStringList f1f2 {QStringLiteral("f1"), QStringLiteral("f2")};
        model.setAgents({agent(1, {}, 3, f1), agent(2, {}, 3, f1f2), agent(3, {}, 0),
                         agent(4, {}, 2, f1), agent(6, {}, 3, f1), agent(7, {}, 3, f1f2),
                         agent(8, {}, 3, f1f2)});
        MaintenanceStatus status;
        InverseOfferStatus accept {InverseOfferStatus::Answer::Accept, QStringLiteral("f1"), 1};
        InverseOfferStatus decline {InverseOfferStatus::Answer::Decline, QStringLiteral("f2"), 2};
        InverseOfferStatus acceptLater {InverseOfferStatus::Answer::Accept, QStringLiteral("f2"),
                                        3};
        InverseOfferStatus f1DeclinesLater {InverseOfferStatus::Answer::Decline,
                                            QStringLiteral("f1"), 4};
        status.draining
            = {DrainingMachine {m(1), {accept}}, DrainingMachine {m(2), {accept, decline}},
               DrainingMachine {m(3), {}}, DrainingMachine {m(4), {}},
               // f2 declines but has no tasks on m(6): it does not block.
               DrainingMachine {m(6), {accept, decline}},
               // f2 declined, then accepted: the latest answer counts.
               DrainingMachine {m(7), {accept, decline, acceptLater}},
               // f1 accepted, then declined; f2 never answered.
               DrainingMachine {m(8), {accept, f1DeclinesLater}}};
        status.down = {m(5)};
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setStatus(status);
        QCOMPARE(inserted.count(), 1); // m(5) has no agent but is DOWN
        auto readiness = [&](int i) {
            return MachinePlan::Readiness(
                model.index(model.rowOf(m(i)), 0).data(MachineTableModel::ReadinessRole).toInt());
        };
        auto text = [&](int i) {
            return model.index(model.rowOf(m(i)), MachineTableModel::ReadinessColumn)
                .data()
                .toString();
        };
        QCOMPARE(readiness(1), MachinePlan::Readiness::Ready);
        QCOMPARE(readiness(2), MachinePlan::Readiness::Blocked);
        QCOMPARE(readiness(3), MachinePlan::Readiness::Ready); // no tasks left
        QCOMPARE(readiness(4), MachinePlan::Readiness::Waiting);
        QCOMPARE(readiness(5), MachinePlan::Readiness::NotDraining);
        QCOMPARE(readiness(6), MachinePlan::Readiness::Ready);
        QCOMPARE(readiness(7), MachinePlan::Readiness::Ready);
        QCOMPARE(readiness(8), MachinePlan::Readiness::Blocked);
        QCOMPARE(text(4), QStringLiteral("blocked: f1 has not answered"));
        QCOMPARE(text(6), QStringLiteral("ready"));
        QCOMPARE(text(8), QStringLiteral("blocked: f1 declined, f2 has not answered"));
        QCOMPARE(model.index(model.rowOf(m(6)), 0)
                     .data(MachineTableModel::PlanRole)
                     .value<MachinePlan>()
                     .readiness,
                 MachinePlan::Readiness::Ready);
        const QModelIndex down = model.index(model.rowOf(m(5)), 0);
        QCOMPARE(MachineMode(down.data(MachineTableModel::ModeRole).toInt()), MachineMode::Down);
        QVERIFY(down.data(MachineTableModel::PlanRole).value<MachinePlan>().locked());
        QVERIFY(model.index(model.rowOf(m(2)), 0)
                    .data(MachineTableModel::AnswersRole)
                    .toString()
                    .contains(QStringLiteral("DECLINE")));
    }
};

QTEST_GUILESS_MAIN(tst_MachineTableModel)
#include "tst_machinetablemodel.moc"
