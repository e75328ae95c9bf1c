// How the cost of one repaint grows with the cluster: run with -callgrind and compare the
// instruction counts of the rows (the budget is 100,000 / 1,000 ≤ 1.3). Both clusters are
// generated so that their first rows are identical and the view shows the top, so the two
// repaints draw the same picture and differ only in the size of what lies behind it.
#include "timelinebenchfixture.h"

class bench_TimelineScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repaint_data()
    {
        QTest::addColumn<int>("machines");
        QTest::newRow("1000") << 1'000;
        QTest::newRow("100000") << 100'000;
    }
    void repaint()
    {
        QFETCH(int, machines);
        TimelineBench bench(machines, machines * 3 / 10, TimelineBench::Scroll::Top);
        QVERIFY(QTest::qWaitForWindowExposed(&bench.view));
        QWidget *viewport = bench.view.viewport();
        viewport->repaint(); // warm caches (fonts, gradients) outside the measurement
        QBENCHMARK
        {
            viewport->repaint();
        }
    }
};

QTEST_MAIN(bench_TimelineScale)
#include "bench_timeline_scale.moc"
