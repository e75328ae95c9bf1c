#include "live/drainhistory.h"

#include <QTest>

using Sample = DrainHistory::Sample;

class tst_DrainHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty()
    {
        const DrainHistory h;
        QVERIFY(h.samples().isEmpty());
        QCOMPARE(h.tasksLeft(), 0);
        QCOMPARE(h.ratePerSecond(), 0.0);
        QVERIFY(!h.etaMs());
    }

    void flatStretchesKeepTwoPoints()
    {
        DrainHistory h;
        h.record(1000, 10);
        h.record(2000, 10);
        h.record(3000, 10);
        h.record(4000, 10);
        QCOMPARE(h.samples(), (QList<Sample> {{1000, 10}, {4000, 10}}));
        h.record(5000, 8);
        h.record(6000, 8);
        h.record(7000, 8);
        QCOMPARE(h.samples(), (QList<Sample> {{1000, 10}, {4000, 10}, {5000, 8}, {7000, 8}}));
        QCOMPARE(h.startedAtMs(), 1000);
        QCOMPARE(h.tasksLeft(), 8);
    }

    void rateAndEta()
    {
        DrainHistory h;
        // 2 tasks per second, steadily.
        for (int i = 0; i <= 5; ++i)
            h.record(100000 + i * 1000, 20 - 2 * i);
        QCOMPARE(h.tasksLeft(), 10);
        QCOMPARE(h.ratePerSecond(), 2.0);
        QCOMPARE(h.etaMs(), std::optional<qint64>(105000 + 5000));
    }

    void rateUsesRecentWindow()
    {
        DrainHistory h;
        h.record(0, 100);
        h.record(10000, 40); // fast at first (6/s) ...
        h.record(100000, 40);
        h.record(110000, 30); // ... then 1/s in the last minute
        QCOMPARE(h.ratePerSecond(), (40.0 - 30.0) * 1000.0 / double(110000 - 100000));
        QCOMPARE(h.etaMs(), std::optional<qint64>(110000 + 30000));
    }

    void onlyOneSampleInWindowUsesThePreviousOne()
    {
        DrainHistory h;
        h.record(0, 50);
        h.record(120000, 20);
        QCOMPARE(h.ratePerSecond(), 30.0 / 120.0);
    }

    void notFallingHasNoEta()
    {
        DrainHistory h;
        h.record(0, 5);
        h.record(1000, 5);
        QVERIFY(!h.etaMs());
        h.record(2000, 7); // tasks landed (e.g. a framework ignored the inverse offer)
        QCOMPARE(h.ratePerSecond(), 0.0);
        QVERIFY(!h.etaMs());
    }

    void drainedEtaIsNow()
    {
        DrainHistory h;
        h.record(0, 3);
        h.record(9000, 0);
        QCOMPARE(h.etaMs(), std::optional<qint64>(9000));
    }

    void boundedLength()
    {
        DrainHistory h;
        for (int i = 0; i < int(DrainHistory::kMaxSamples) + 100; ++i)
            h.record(i * 1000, i % 2); // never flat: every sample is kept
        QCOMPARE(h.samples().size(), DrainHistory::kMaxSamples);
        QCOMPARE(h.samples().first().atMs, 100 * 1000);
        QCOMPARE(h.startedAtMs(), 0); // the start survives trimming
    }
};

QTEST_GUILESS_MAIN(tst_DrainHistory)
#include "tst_drainhistory.moc"
