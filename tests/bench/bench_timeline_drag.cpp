// One mouse move of a bar drag at 10,000 machines: the handler must only update the preview
// (no model change at all, let alone a reset).
#include "timelinebenchfixture.h"

#include <QSignalSpy>

class bench_TimelineDrag : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TimelineBench> m_bench;
    QPoint m_press;

    void press()
    {
        const int row = m_bench->rowWithVisibleBar();
        QVERIFY(row >= 0);
        const auto plan
            = m_bench->groups.index(row, 0).data(MachineTableModel::PlanRole).value<MachinePlan>();
        const double x0 = m_bench->state.scale().xForTime(plan.planned->startNs);
        const double x1 = m_bench->state.scale().xForTime(*plan.planned->endNs());
        const RowLayout rows = m_bench->view.rowLayout();
        m_press = QPoint(int((x0 + x1) / 2), rows.yForRow(row) + rows.rowHeight() / 2);
        QTest::mousePress(m_bench->view.viewport(), Qt::LeftButton, Qt::NoModifier, m_press);
        QTest::mouseMove(m_bench->view.viewport(), m_press + QPoint(20, 0));
        QCOMPARE(m_bench->view.drag().mode(), TimelineDrag::Mode::Moving);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bench = std::make_unique<TimelineBench>(10'000, 3'000);
        QVERIFY(QTest::qWaitForWindowExposed(&m_bench->view));
    }
    void cleanupTestCase() { m_bench.reset(); }

    void mouseMove()
    {
        press();
        QWidget *viewport = m_bench->view.viewport();
        QSignalSpy reset(&m_bench->groups, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m_bench->groups, &QAbstractItemModel::dataChanged);
        int step = 0;
        QBENCHMARK
        {
            // Alternate so that every move changes the preview (the snap step here is 1 hour).
            QTest::mouseMove(viewport, m_press + QPoint((++step % 2) ? 40 : 80, 0));
        }
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, m_press);
    }

    void mouseMoveWithRepaint()
    {
        press();
        QWidget *viewport = m_bench->view.viewport();
        int step = 0;
        QBENCHMARK
        {
            QTest::mouseMove(viewport, m_press + QPoint((++step % 2) ? 40 : 80, 0));
            viewport->repaint();
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, m_press);
    }
};

QTEST_MAIN(bench_TimelineDrag)
#include "bench_timeline_drag.moc"
