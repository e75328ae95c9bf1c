#include "commands/scheduleeditor.h"
#include "live/inverseoffermodel.h"
#include "live/livesnapshot.h"
#include "panels/machinespanel.h"
#include "planning/draftschedule.h"
#include "planning/machinetablemodel.h"
#include "planning/planningsession.h"
#include "planning/zonegroupmodel.h"
#include "timeline/timelinepage.h"
#include "timeline/timelineview.h"
#include "timeline/timelineviewstate.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

static constexpr qint64 kHour = 3600000000000LL;

static MachineId machine(int i)
{
    return MachineId::of(u"h%1"_s.arg(i), u"10.0.0.%1"_s.arg(i));
}

static LiveSnapshot snapshot(int machines, const Schedule &schedule)
{
    ClusterState cluster;
    for (int i = 1; i <= machines; ++i) {
        Agent a;
        a.hostname = u"h%1"_s.arg(i);
        a.ip = u"10.0.0.%1"_s.arg(i);
        a.zone = i % 2 ? u"east"_s : u"west"_s;
        cluster.agents.append(a);
    }
    return LiveSnapshot::join(cluster, MaintenanceStatus(), schedule);
}

// The session the controller feeds and the views receive.
class tst_PlanningSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotsFeedEveryModel()
    {
        PlanningSession session;
        QSignalSpy applied(&session, &PlanningSession::snapshotApplied);
        Schedule live;
        live.windows.append({{machine(2)}, {kHour, kHour}});
        session.applySnapshot(snapshot(4, live));
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().first().toBool(), true);
        QCOMPARE(session.machineModel()->rowCount(), 4);
        QCOMPARE(session.groupModel()->rowCount(), 6); // two zone headers
        QCOMPARE(session.draft()->base(), live);
        QCOMPARE(session.draft()->schedule(), live);
        session.applySnapshot(snapshot(5, live));
        QCOMPARE(applied.size(), 2);
        QCOMPARE(applied.last().first().toBool(), false);
        QCOMPARE(session.machineModel()->rowCount(), 5);
        QVERIFY(session.hasLiveData());
    }

    void theTableAndTheTimelineShareOneSelection()
    {
        PlanningSession session;
        session.applySnapshot(snapshot(6, Schedule()));
        TimelinePage page(&session);
        MachinesPanel panel(&session);
        QTableView *table = panel.view();
        // Select h3 in the table.
        const QModelIndexList hits
            = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, u"h3"_s);
        QCOMPARE(hits.size(), 1);
        table->selectionModel()->select(
            hits.first(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(session.selectedMachines(), QList<MachineId> {machine(3)});
        QCOMPARE(panel.selectedMachines(), QList<MachineId> {machine(3)});
        QCOMPARE(page.timeline()->selectedMachines(), QList<MachineId> {machine(3)});
        QCOMPARE(page.machineList()->selectionModel()->selectedRows().size(), 1);
        // And back: selecting in the timeline's list shows in the table.
        const int row = session.groupModel()
                            ->match(session.groupModel()->index(0, 0), Qt::DisplayRole, u"h4"_s)
                            .first()
                            .row();
        page.machineList()->selectionModel()->select(session.groupModel()->index(row, 0),
                                                     QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
        QCOMPARE(panel.selectedMachines(), QList<MachineId> {machine(4)});
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().data().toString(), u"h4"_s);
    }

    void clearForgetsTheDraftAndItsHistory()
    {
        PlanningSession session;
        session.applySnapshot(snapshot(4, Schedule()));
        QVERIFY(session.editor()->createWindow({machine(1)}, {kHour, kHour}));
        session.selectionModel()->select(session.machineModel()->index(0, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        session.clear();
        QVERIFY(!session.draft()->isModified());
        QCOMPARE(session.draft()->schedule(), Schedule());
        QCOMPARE(session.undoStack()->count(), 0);
        QCOMPARE(session.machineModel()->rowCount(), 0);
        QVERIFY(session.selectedMachines().isEmpty());
        QVERIFY(!session.hasLiveData());
        QSignalSpy applied(&session, &PlanningSession::snapshotApplied);
        session.applySnapshot(snapshot(2, Schedule()));
        QCOMPARE(applied.first().first().toBool(), true);
    }
};

QTEST_MAIN(tst_PlanningSession)
#include "tst_planningsession.moc"
