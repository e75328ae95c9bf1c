// Full repaint of a 1920×1080 timeline over 10,000 machines and 3,000 windows, with tight
// planning limits so that bars in violation are marked.
#include "timeline/capacityband.h"
#include "timelinebenchfixture.h"

class bench_TimelinePaint : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<TimelineBench> m_bench;

private Q_SLOTS:
    void initTestCase()
    {
        m_bench = std::make_unique<TimelineBench>(10'000, 3'000);
        QVERIFY(QTest::qWaitForWindowExposed(&m_bench->view));
        QVERIFY(m_bench->rowWithVisibleBar() >= 0);
        // The violation marks are painted too.
        QVERIFY(!m_bench->checks.violations().isEmpty());
    }
    void cleanupTestCase() { m_bench.reset(); }

    void fullRepaint()
    {
        QWidget *viewport = m_bench->view.viewport();
        QBENCHMARK
        {
            viewport->repaint();
        }
    }

    // The window as it is with the capacity band shown: the timeline a band's height shorter and
    // the band under it, for one zone (floors and the stretches below them painted too).
    void fullRepaintWithCapacityBand()
    {
        CapacityBand band;
        band.setViewState(&m_bench->state);
        band.setChecks(&m_bench->checks);
        band.setZone(0);
        const int height = band.sizeHint().height();
        band.resize(1920, height);
        m_bench->view.resize(1920, 1080 - height);
        band.show();
        QVERIFY(QTest::qWaitForWindowExposed(&band));
        QVERIFY(band.profile().steps().size() > 10);
        QWidget *viewport = m_bench->view.viewport();
        QBENCHMARK
        {
            viewport->repaint();
            band.repaint();
        }
        m_bench->view.resize(1920, 1080);
    }
};

QTEST_MAIN(bench_TimelinePaint)
#include "bench_timeline_paint.moc"
