#include "alerts/alertfilterproxymodel.h"
#include "alerts/alertlistmodel.h"
#include "alerts/alertspanel.h"
#include "live/livesnapshot.h"
#include "planning/planningsession.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

MachineId machine(int i)
{
    return MachineId::of(u"h%1"_s.arg(i), u"10.0.0.%1"_s.arg(i));
}

Alert alert(Alert::Kind kind, Alert::Severity severity, QList<MachineId> machines,
            Alert::Action action)
{
    Alert a;
    a.kind = kind;
    a.severity = severity;
    a.machines = std::move(machines);
    a.subject = a.machines.isEmpty() ? u"schedule"_s : a.machines.first().lookupKey();
    a.cause = u"cause %1"_s.arg(Alert::kindName(kind));
    a.suggestion = u"do something"_s;
    a.action = action;
    return a;
}

} // namespace

class tst_AlertsPanel : public QObject
{
    Q_OBJECT

    PlanningSession m_session;
    AlertListModel m_model;

private Q_SLOTS:
    void initTestCase()
    {
        ClusterState cluster;
        for (int i = 1; i <= 5; ++i) {
            Agent a;
            a.hostname = u"h%1"_s.arg(i);
            a.ip = u"10.0.0.%1"_s.arg(i);
            cluster.agents.append(a);
        }
        m_session.applySnapshot(LiveSnapshot::join(cluster, {}, {}));
        m_model.setAlerts({alert(Alert::Kind::DownPastEnd, Alert::Severity::Warning,
                                 {machine(2), machine(4)}, Alert::Action::BringUp),
                           alert(Alert::Kind::ReadyIdle, Alert::Severity::Info, {machine(3)},
                                 Alert::Action::StartMaintenance),
                           alert(Alert::Kind::SilentFramework, Alert::Severity::Warning,
                                 {machine(5)}, Alert::Action::None),
                           alert(Alert::Kind::ScheduleChanged, Alert::Severity::Info, {},
                                 Alert::Action::Acknowledge)});
    }

    void selectingAnAlertSelectsItsMachines()
    {
        AlertsPanel panel(&m_model, &m_session);
        panel.proxy()->sort(-1); // source order
        panel.resize(800, 300);
        panel.show();
        QVERIFY(!panel.actionButton()->isVisible());
        QSignalSpy shown(&panel, &AlertsPanel::machineToShow);
        panel.view()->setCurrentIndex(panel.proxy()->index(0, 0));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).value<MachineId>(), machine(2));
        QCOMPARE(m_session.selectedMachines(), (QList<MachineId> {machine(2), machine(4)}));
        QVERIFY(panel.actionButton()->isVisible());
        QCOMPARE(panel.actionButton()->text(), u"Bring Up"_s);

        QSignalSpy up(&panel, &AlertsPanel::stopMaintenanceRequested);
        QSignalSpy down(&panel, &AlertsPanel::startMaintenanceRequested);
        QSignalSpy ack(&panel, &AlertsPanel::scheduleAcknowledged);
        QTest::mouseClick(panel.actionButton(), Qt::LeftButton);
        QCOMPARE(up.size(), 1);
        QCOMPARE(up.at(0).at(0).value<QList<MachineId>>(),
                 (QList<MachineId> {machine(2), machine(4)}));

        panel.view()->setCurrentIndex(panel.proxy()->index(1, 0));
        QCOMPARE(m_session.selectedMachines(), QList<MachineId> {machine(3)});
        QCOMPARE(panel.actionButton()->text(), u"Start Maintenance"_s);
        QTest::mouseClick(panel.actionButton(), Qt::LeftButton);
        QCOMPARE(down.size(), 1);

        panel.view()->setCurrentIndex(panel.proxy()->index(2, 0));
        QVERIFY(!panel.actionButton()->isVisible()); // Slipway cannot make a framework answer

        panel.view()->setCurrentIndex(panel.proxy()->index(3, 0));
        QCOMPARE(panel.actionButton()->text(), u"Acknowledge"_s);
        QTest::mouseClick(panel.actionButton(), Qt::LeftButton);
        QCOMPARE(ack.size(), 1);
        QCOMPARE(up.size(), 1);
        QCOMPARE(down.size(), 1);
    }

    void filtersByKindAndSeverity()
    {
        AlertsPanel panel(&m_model, &m_session);
        auto combos = panel.findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 2);
        QComboBox *kind = combos[0];
        QComboBox *severity = combos[1];
        QCOMPARE(kind->count(), Alert::kKindCount + 1);
        kind->setCurrentIndex(kind->findData(int(Alert::Kind::ReadyIdle)));
        QCOMPARE(panel.proxy()->rowCount(), 1);
        kind->setCurrentIndex(0);
        severity->setCurrentIndex(severity->findData(int(Alert::Severity::Warning)));
        QCOMPARE(panel.proxy()->rowCount(), 2);
    }

    void sortsByColumn()
    {
        AlertsPanel panel(&m_model, &m_session);
        panel.view()->sortByColumn(AlertListModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(panel.proxy()->index(0, 0).data(AlertListModel::SeverityRole).toInt(),
                 int(Alert::Severity::Warning));
        panel.view()->sortByColumn(AlertListModel::SeverityColumn, Qt::AscendingOrder);
        QCOMPARE(panel.proxy()->index(0, 0).data(AlertListModel::SeverityRole).toInt(),
                 int(Alert::Severity::Info));
    }
};

QTEST_MAIN(tst_AlertsPanel)
#include "tst_alertspanel.moc"
