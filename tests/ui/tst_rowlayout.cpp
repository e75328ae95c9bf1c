#include "timeline/rowlayout.h"

#include <QTest>

class tst_RowLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowAt_data()
    {
        QTest::addColumn<int>("scrollY");
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("row");
        QTest::newRow("top") << 0 << 0 << 0;
        QTest::newRow("inside first") << 0 << 19 << 0;
        QTest::newRow("second") << 0 << 20 << 1;
        QTest::newRow("scrolled") << 35 << 0 << 1;
        QTest::newRow("above") << 0 << -1 << -1;
        QTest::newRow("last") << 0 << 199 << 9;
        QTest::newRow("below last") << 0 << 200 << -1;
    }
    void rowAt()
    {
        QFETCH(int, scrollY);
        QFETCH(int, y);
        QFETCH(int, row);
        const RowLayout layout(20, 10, scrollY);
        QCOMPARE(layout.rowAt(y), row);
        if (row >= 0) {
            QVERIFY(layout.yForRow(row) <= y);
            QVERIFY(y < layout.yForRow(row) + 20);
        }
    }

    void visibleRows_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("scrollY");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("all") << 10 << 0 << 500 << 0 << 9;
        QTest::newRow("window") << 100000 << 2000 << 100 << 100 << 104;
        QTest::newRow("partial") << 100000 << 2010 << 100 << 100 << 105;
        QTest::newRow("empty") << 0 << 0 << 100 << 0 << -1;
        QTest::newRow("no height") << 10 << 0 << 0 << 0 << -1;
    }
    void visibleRows()
    {
        QFETCH(int, count);
        QFETCH(int, scrollY);
        QFETCH(int, height);
        QFETCH(int, first);
        QFETCH(int, last);
        const RowLayout layout(20, count, scrollY);
        QCOMPARE(layout.firstVisibleRow(), first);
        QCOMPARE(layout.lastVisibleRow(height), last);
        QCOMPARE(layout.contentHeight(), 20 * count);
    }
};

QTEST_GUILESS_MAIN(tst_RowLayout)
#include "tst_rowlayout.moc"
