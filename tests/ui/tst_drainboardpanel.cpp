#include "drain/drainboardpanel.h"
#include "live/drainboardmodel.h"
#include "live/livesnapshot.h"
#include "planning/machinetablemodel.h"
#include "planning/planningsession.h"
#include "theme/timelinetheme.h"

#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNow = 1767225600000;
constexpr qint64 kMin = 60000;

MachineId machine(int i)
{
    return MachineId::of(u"node-%1.example.com"_s.arg(i), u"10.0.0.%1"_s.arg(i));
}

/// node-1: 6 tasks, flat for 20 min, its framework never answered; node-2: falling; node-3: none.
LiveSnapshot snapshot()
{
    ClusterState cluster;
    const int tasks[] = {6, 4, 0, 5};
    for (int i = 1; i <= 4; ++i) {
        Agent a;
        a.id = u"S%1"_s.arg(i);
        a.hostname = *machine(i).hostname;
        a.ip = *machine(i).ip;
        a.taskCount = tasks[i - 1];
        if (a.taskCount > 0)
            a.frameworkIds = {i == 1 ? u"silent"_s : u"web"_s};
        cluster.agents.append(a);
    }
    cluster.frameworks = {{u"silent"_s, u"batch"_s, true}, {u"web"_s, u"web"_s, true}};
    MaintenanceStatus status;
    InverseOfferStatus accept;
    accept.answer = InverseOfferStatus::Answer::Accept;
    accept.frameworkId = u"web"_s;
    status.draining = {{machine(3), {}}, {machine(2), {accept}}, {machine(1), {}}};
    LiveSnapshot s = LiveSnapshot::join(cluster, status, Schedule());
    s.takenAtMs = kNow;
    return s;
}

QHash<MachineId, DrainHistory> histories()
{
    QHash<MachineId, DrainHistory> h;
    h[machine(1)].record(kNow - 20 * kMin, 6);
    h[machine(1)].record(kNow, 6);
    h[machine(2)].record(kNow - kMin, 8);
    h[machine(2)].record(kNow, 4);
    h[machine(3)].record(kNow - kMin, 1);
    h[machine(3)].record(kNow, 0);
    return h;
}

} // namespace

// The drain board panel: attention order, the summary, the sparkline, the shared selection.
class tst_DrainBoardPanel : public QObject
{
    Q_OBJECT

    QStringList shownMachines(const DrainBoardPanel &panel)
    {
        QStringList out;
        const QAbstractItemModel *m = panel.view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, DrainBoardModel::MachineColumn).data().toString();
        return out;
    }

private Q_SLOTS:
    void showsTheBoardInAttentionOrder()
    {
        PlanningSession session;
        session.setDrainHistories(histories());
        session.applySnapshot(snapshot());
        DrainBoardPanel panel(&session);
        QCOMPARE(shownMachines(panel),
                 (QStringList {u"node-1.example.com"_s, u"node-2.example.com"_s,
                               u"node-3.example.com"_s}));
        QCOMPARE(panel.summary(),
                 u"3 machine(s) draining · 1 stuck · 1 blocked · 10 task(s) left in all"_s);
        const QAbstractItemModel *m = panel.view()->model();
        QCOMPARE(m->index(0, DrainBoardModel::AttentionColumn).data().toString(),
                 u"stuck 20 min, blocked"_s);
        QCOMPARE(m->index(0, DrainBoardModel::BlockersColumn).data().toString(),
                 u"batch (no answer)"_s);
        QCOMPARE(m->index(1, DrainBoardModel::EtaColumn).data().toString(), u"in 1 min"_s);
        QCOMPARE(m->index(0, DrainBoardModel::EtaColumn).data().toString(), u"—"_s);

        // A threshold longer than the flat stretch: node-1 is only blocked (still first).
        session.setStuckAfterMs(30 * kMin);
        QCOMPARE(shownMachines(panel).first(), u"node-1.example.com"_s);
        QCOMPARE(m->index(0, DrainBoardModel::AttentionColumn).data().toString(), u"blocked"_s);
        QCOMPARE(panel.summary(),
                 u"3 machine(s) draining · 0 stuck · 1 blocked · 10 task(s) left in all"_s);
    }

    void sparklineIsPaintedRedWhenStuck()
    {
        PlanningSession session;
        session.setDrainHistories(histories());
        session.applySnapshot(snapshot());
        DrainBoardPanel panel(&session);
        panel.resize(1200, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QImage image = panel.view()->viewport()->grab().toImage();
        const auto countColor = [&](int row, const QColor &color) {
            const QRect cell = panel.view()->visualRect(
                panel.view()->model()->index(row, DrainBoardModel::BurnDownColumn));
            int n = 0;
            for (int y = cell.top(); y <= cell.bottom(); ++y)
                for (int x = cell.left(); x <= cell.right(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    n += qAbs(c.red() - color.red()) + qAbs(c.green() - color.green())
                            + qAbs(c.blue() - color.blue())
                        < 30;
                }
            return n;
        };
        const QColor red = TimelineTheme::color(TimelineTheme::Stuck);
        QVERIFY(countColor(0, red) > 10); // stuck: a red line
        QCOMPARE(countColor(1, red), 0); // falling: not red
        QVERIFY(countColor(1, TimelineTheme::seriesColor(0)) > 10);
    }

    void rowsFollowAndSetTheSharedSelection()
    {
        PlanningSession session;
        session.setDrainHistories(histories());
        session.applySnapshot(snapshot());
        DrainBoardPanel panel(&session);
        QTableView *view = panel.view();
        // Selecting on the board selects the machine everywhere.
        view->selectRow(1);
        QCOMPARE(session.selectedMachines(), QList<MachineId> {machine(2)});
        // A selection made elsewhere shows on the board; an UP machine has no row there.
        const MachineTableModel *table = session.machineModel();
        session.selectionModel()->select(table->index(table->rowOf(machine(1)), 0),
                                         QItemSelectionModel::ClearAndSelect
                                             | QItemSelectionModel::Rows);
        session.selectionModel()->select(table->index(table->rowOf(machine(4)), 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data(DrainBoardModel::MachineIdRole).value<MachineId>(), machine(1));
        // ...and the board did not push its partial view back: node-4 stays selected.
        QCOMPARE(session.selectedMachines().size(), 2);
    }
};

QTEST_MAIN(tst_DrainBoardPanel)
#include "tst_drainboardpanel.moc"
