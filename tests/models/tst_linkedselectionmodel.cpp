#include "planning/linkedselectionmodel.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTest>

using namespace Qt::StringLiterals;

// Two views over different proxy chains share one selection on the source.
class tst_LinkedSelectionModel : public QObject
{
    Q_OBJECT

    QStringListModel m_source {{u"a1"_s, u"b1"_s, u"a2"_s, u"b2"_s, u"a3"_s}};
    std::unique_ptr<QItemSelectionModel> m_shared;
    // View 1: filter → sort (two proxies); view 2: the source sorted descending.
    std::unique_ptr<QSortFilterProxyModel> m_filter;
    std::unique_ptr<QSortFilterProxyModel> m_sorted;
    std::unique_ptr<QSortFilterProxyModel> m_reversed;
    std::unique_ptr<LinkedSelectionModel> m_view1;
    std::unique_ptr<LinkedSelectionModel> m_view2;

    static QStringList selectedTexts(const QItemSelectionModel *selection)
    {
        QStringList out;
        for (const QModelIndex &index : selection->selectedRows())
            out << index.data().toString();
        out.sort();
        return out;
    }

    QModelIndex in1(const QString &text) const
    {
        const QModelIndexList hits
            = m_sorted->match(m_sorted->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly);
        return hits.value(0);
    }
    QModelIndex in2(const QString &text) const
    {
        return m_reversed
            ->match(m_reversed->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchExactly)
            .value(0);
    }

private Q_SLOTS:
    void init()
    {
        m_shared = std::make_unique<QItemSelectionModel>(&m_source);
        m_filter = std::make_unique<QSortFilterProxyModel>();
        m_filter->setSourceModel(&m_source);
        m_sorted = std::make_unique<QSortFilterProxyModel>();
        m_sorted->setSourceModel(m_filter.get());
        m_sorted->sort(0);
        m_reversed = std::make_unique<QSortFilterProxyModel>();
        m_reversed->setSourceModel(&m_source);
        m_reversed->sort(0, Qt::DescendingOrder);
        m_view1 = std::make_unique<LinkedSelectionModel>(m_sorted.get(), m_shared.get());
        m_view2 = std::make_unique<LinkedSelectionModel>(m_reversed.get(), m_shared.get());
    }
    void cleanup()
    {
        m_view1.reset();
        m_view2.reset();
        m_reversed.reset();
        m_sorted.reset();
        m_filter.reset();
    }

    void selectingInOneViewSelectsInTheOther()
    {
        QSignalSpy changed2(m_view2.get(), &QItemSelectionModel::selectionChanged);
        m_view1->select(in1(u"a2"_s),
                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selectedTexts(m_shared.get()), QStringList {u"a2"_s});
        QCOMPARE(selectedTexts(m_view1.get()), QStringList {u"a2"_s});
        QCOMPARE(selectedTexts(m_view2.get()), QStringList {u"a2"_s});
        QCOMPARE(changed2.size(), 1);

        m_view2->select(in2(u"b1"_s), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(selectedTexts(m_view1.get()), (QStringList {u"a2"_s, u"b1"_s}));
        m_view2->select(in2(u"a2"_s), QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
        QCOMPARE(selectedTexts(m_shared.get()), QStringList {u"b1"_s});
        QCOMPARE(selectedTexts(m_view1.get()), QStringList {u"b1"_s});
    }

    void rangesAreMappedRowByRow()
    {
        // In view 1 (sorted) a1..a3 are adjacent; in the source they are rows 0, 2 and 4.
        m_view1->select(QItemSelection(in1(u"a1"_s), in1(u"a3"_s)),
                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selectedTexts(m_shared.get()), (QStringList {u"a1"_s, u"a2"_s, u"a3"_s}));
        QCOMPARE(selectedTexts(m_view2.get()), (QStringList {u"a1"_s, u"a2"_s, u"a3"_s}));
        QVERIFY(!m_shared->isRowSelected(1, {}));
    }

    void hiddenRowsStaySelectedAndComeBack()
    {
        m_view2->select(QItemSelection(in2(u"b2"_s), in2(u"b1"_s)),
                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selectedTexts(m_view1.get()), (QStringList {u"b1"_s, u"b2"_s}));
        m_filter->setFilterFixedString(u"a"_s); // view 1 hides the b rows
        QCOMPARE(selectedTexts(m_view1.get()), QStringList());
        QCOMPARE(selectedTexts(m_shared.get()), (QStringList {u"b1"_s, u"b2"_s}));
        m_filter->setFilterFixedString(QString());
        QCOMPARE(selectedTexts(m_view1.get()), (QStringList {u"b1"_s, u"b2"_s}));
    }

    void clearingClearsTheSharedSelection()
    {
        m_view1->select(in1(u"a1"_s),
                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view2->clearSelection();
        QVERIFY(!m_shared->hasSelection());
        QVERIFY(!m_view1->hasSelection());
    }

    void sharedChangesReachEveryView()
    {
        m_shared->select(m_source.index(3, 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selectedTexts(m_view1.get()), QStringList {u"b2"_s});
        QCOMPARE(selectedTexts(m_view2.get()), QStringList {u"b2"_s});
        m_source.removeRows(3, 1);
        QVERIFY(!m_shared->hasSelection());
        QVERIFY(!m_view1->hasSelection());
        QVERIFY(!m_view2->hasSelection());
    }

    void currentIndexSelects()
    {
        m_view1->setCurrentIndex(in1(u"b1"_s),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(m_view1->currentIndex(), in1(u"b1"_s));
        QCOMPARE(selectedTexts(m_view2.get()), QStringList {u"b1"_s});
    }
};

QTEST_GUILESS_MAIN(tst_LinkedSelectionModel)
#include "tst_linkedselectionmodel.moc"
