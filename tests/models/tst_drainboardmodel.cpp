#include "live/drainboardmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMin = 60000;

DrainBoard::Entry entry(const QString &host, int tasks, DrainBoard::Attention attention,
                        std::optional<qint64> eta = std::nullopt)
{
    DrainBoard::Entry e;
    e.id = MachineId::of(host, u"10.1.0.1"_s);
    e.tasksLeft = tasks;
    e.attention = attention;
    e.etaMs = eta;
    e.burnDown = {{0, tasks + 3}, {kMin, tasks}};
    return e;
}

QStringList column(const QAbstractItemModel &model, int col)
{
    QStringList values;
    for (int r = 0; r < model.rowCount(); ++r)
        values << model.index(r, col).data().toString();
    return values;
}

} // namespace

// The drain board table: in-place updates under the model tester, sorting by attention.
class tst_DrainBoardModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheEntries()
    {
        DrainBoardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFrameworkNames({{u"fw1"_s, u"marathon"_s}});
        DrainBoard::Entry stuck = entry(u"a"_s, 5, DrainBoard::Attention::StuckAndBlocked);
        stuck.lastFallMs = -20 * kMin;
        stuck.blockers = {{u"fw1"_s, true}, {u"fw2"_s, false}};
        model.setEntries({stuck, entry(u"b"_s, 3, DrainBoard::Attention::Draining, 10 * kMin)}, 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, DrainBoardModel::AttentionColumn).data().toString(),
                 u"stuck 20 min, blocked"_s);
        QCOMPARE(model.index(0, DrainBoardModel::BlockersColumn).data().toString(),
                 u"marathon (declined), fw2 (no answer)"_s);
        stuck.blockerTasks = {12, 3}; // counted per framework
        model.setEntries({stuck, entry(u"b"_s, 3, DrainBoard::Attention::Draining, 10 * kMin)}, 0);
        QCOMPARE(model.index(0, DrainBoardModel::BlockersColumn).data().toString(),
                 u"marathon (declined, 12 task(s)), fw2 (no answer, 3 task(s))"_s);
        QCOMPARE(model.index(0, DrainBoardModel::EtaColumn).data().toString(), u"—"_s);
        QCOMPARE(model.index(1, DrainBoardModel::EtaColumn).data().toString(), u"in 10 min"_s);
        QCOMPARE(model.index(1, DrainBoardModel::TasksColumn).data().toInt(), 3);
        const auto burnDown = model.index(1, DrainBoardModel::BurnDownColumn)
                                  .data(DrainBoardModel::BurnDownRole)
                                  .value<QList<DrainHistory::Sample>>();
        QCOMPARE(burnDown.size(), 2);
        QCOMPARE(burnDown.last().tasks, 3);

        // b changes, a goes, c arrives: one dataChanged for b, one removal, one insertion.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setEntries({entry(u"c"_s, 7, DrainBoard::Attention::Blocked),
                          entry(u"b"_s, 2, DrainBoard::Attention::Draining, 5 * kMin)},
                         0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(DrainBoardModel::SortRole));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(column(model, DrainBoardModel::MachineColumn), (QStringList {u"b"_s, u"c"_s}));

        // Nothing changed and the same clock: no signal.
        changed.clear();
        model.setEntries({entry(u"c"_s, 7, DrainBoard::Attention::Blocked),
                          entry(u"b"_s, 2, DrainBoard::Attention::Draining, 5 * kMin)},
                         0);
        QCOMPARE(changed.size(), 0);
        model.setEntries({}, 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void changesAreReportedAsRanges()
    {
        DrainBoardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto three = [](int a, int b, int c) {
            return QList<DrainBoard::Entry> {entry(u"a"_s, a, DrainBoard::Attention::Draining),
                                             entry(u"b"_s, b, DrainBoard::Attention::Draining),
                                             entry(u"c"_s, c, DrainBoard::Attention::Draining)};
        };
        model.setEntries(three(1, 2, 3), 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setEntries(three(9, 2, 9), 0); // rows 0 and 2: two ranges
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[0].at(0).toModelIndex().row(), 0);
        QCOMPARE(changed[0].at(1).toModelIndex().row(), 0);
        QCOMPARE(changed[1].at(0).toModelIndex().row(), 2);
        changed.clear();
        model.setEntries(three(9, 2, 9), kMin); // only the clock: one range over all rows
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0].at(0).toModelIndex().row(), 0);
        QCOMPARE(changed[0].at(1).toModelIndex().row(), 2);
        QCOMPARE(changed[0].at(1).toModelIndex().column(), DrainBoardModel::ColumnCount - 1);
        // ...which repaints but does not ask a sorted proxy to sort again.
        QVERIFY(!changed[0].at(2).value<QList<int>>().contains(DrainBoardModel::SortRole));
        QVERIFY(changed[0].at(2).value<QList<int>>().contains(Qt::DisplayRole));
    }

    void proxySortsByAttention()
    {
        DrainBoardModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DrainBoardModel::SortRole);
        proxy.sort(DrainBoardModel::AttentionColumn);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Entries come in attention order; rows stay first-seen, the proxy shows the order.
        model.setEntries({entry(u"x"_s, 1, DrainBoard::Attention::Draining)}, 0);
        model.setEntries({entry(u"y"_s, 9, DrainBoard::Attention::Stuck),
                          entry(u"x"_s, 1, DrainBoard::Attention::Draining)},
                         0);
        QCOMPARE(column(model, DrainBoardModel::MachineColumn).first(), u"x"_s);
        QCOMPARE(column(proxy, DrainBoardModel::MachineColumn), (QStringList {u"y"_s, u"x"_s}));
        // x becomes stuck and blocked: it moves to the top.
        model.setEntries({entry(u"x"_s, 1, DrainBoard::Attention::StuckAndBlocked),
                          entry(u"y"_s, 9, DrainBoard::Attention::Stuck)},
                         0);
        QCOMPARE(column(proxy, DrainBoardModel::MachineColumn), (QStringList {u"x"_s, u"y"_s}));
        proxy.sort(DrainBoardModel::TasksColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, DrainBoardModel::TasksColumn), (QStringList {u"9"_s, u"1"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_DrainBoardModel)
#include "tst_drainboardmodel.moc"
