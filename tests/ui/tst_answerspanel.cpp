#include "live/answermatrixproxymodel.h"
#include "live/inverseoffermodel.h"
#include "live/livesnapshot.h"
#include "panels/answerspanel.h"
#include "planning/machinefilterproxymodel.h"
#include "planning/machinetablemodel.h"
#include "planning/planningsession.h"

#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

MachineId machine(const QString &host, int i)
{
    return MachineId::of(host, u"10.0.0.%1"_s.arg(i));
}

LiveSnapshot snapshot()
{
    ClusterState cluster;
    const QStringList hosts = {u"db-1"_s, u"web-2"_s, u"web-10"_s, u"idle-4"_s};
    MaintenanceStatus status;
    for (int i = 0; i < hosts.size(); ++i) {
        Agent a;
        a.id = u"S%1"_s.arg(i);
        a.hostname = hosts[i];
        a.ip = u"10.0.0.%1"_s.arg(i);
        a.taskCount = 2;
        a.frameworkIds = {u"fw"_s};
        cluster.agents.append(a);
        if (i < 3)
            status.draining.append({machine(hosts[i], i), {}});
    }
    cluster.frameworks = {{u"fw"_s, u"marathon"_s, true}};
    return LiveSnapshot::join(cluster, status, Schedule());
}

QStringList rows(const QTableView *view)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, InverseOfferModel::MachineColumn).data().toString();
    return out;
}

} // namespace

// The turned answers matrix: machines as rows, the timeline's filter, the shared selection.
class tst_AnswersPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void machinesAsRowsFilteredLikeTheTimeline()
    {
        PlanningSession session;
        session.applySnapshot(snapshot());
        AnswersPanel panel(&session);
        // Draining machines only, hostnames in natural order; one column per framework.
        QCOMPARE(rows(panel.view()), (QStringList {u"db-1"_s, u"web-2"_s, u"web-10"_s}));
        QCOMPARE(panel.view()->model()->columnCount(), 2);
        QCOMPARE(panel.view()->model()->headerData(1, Qt::Horizontal).toString(), u"⚠ marathon"_s);
        // The timeline's filter, not one of its own.
        session.filterModel()->setFilterText(u"web"_s);
        QTRY_COMPARE(rows(panel.view()), (QStringList {u"web-2"_s, u"web-10"_s}));
        session.filterModel()->setFilterText(QString());
        QTRY_COMPARE(panel.view()->model()->rowCount(), 3);
    }

    void followsTheSharedSelection()
    {
        PlanningSession session;
        session.applySnapshot(snapshot());
        AnswersPanel panel(&session);
        const MachineTableModel *table = session.machineModel();
        session.selectionModel()->select(table->index(table->rowOf(machine(u"web-10"_s, 2)), 0),
                                         QItemSelectionModel::ClearAndSelect
                                             | QItemSelectionModel::Rows);
        const QModelIndexList selected = panel.view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), u"web-10"_s);
        panel.view()->selectRow(0);
        QCOMPARE(session.selectedMachines(), QList<MachineId> {machine(u"db-1"_s, 0)});
    }
};

QTEST_MAIN(tst_AnswersPanel)
#include "tst_answerspanel.moc"
