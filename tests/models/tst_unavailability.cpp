// Unavailability's end and the saturating nanosecond arithmetic behind every computed end: a
// start or duration near INT64_MAX (a common "forever") must never wrap into 1677.

#include "saturating.h"
#include "unavailability.h"

#include <QTest>

#include <limits>

namespace {
constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();
constexpr qint64 kHour = 3600LL * 1000000000LL;
} // namespace

class tst_Unavailability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endNs_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<qint64>("end");
        QTest::newRow("ordinary") << 1767225600000000000LL << kHour << 1767229200000000000LL;
        QTest::newRow("forever") << 1767225600000000000LL << kMax << kMax;
        QTest::newRow("forever minus a bit") << 1767225600000000000LL << kMax - 10 << kMax;
        QTest::newRow("start at the end of time") << kMax << kHour << kMax;
        QTest::newRow("exactly the end") << kMax - kHour << kHour << kMax;
        QTest::newRow("zero") << qint64(42) << qint64(0) << qint64(42);
        QTest::newRow("negative start, negative duration") << kMin + 5 << qint64(-10) << kMin;
    }
    void endNs()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, duration);
        QFETCH(qint64, end);
        const Unavailability u {start, duration};
        QCOMPARE(u.endNs(), std::optional<qint64>(end));
        const Unavailability openEnded {start, std::nullopt};
        QVERIFY(!openEnded.endNs());
    }

    void saturatingAdd()
    {
        QCOMPARE(Saturating::add(kMax, 1), kMax);
        QCOMPARE(Saturating::add(kMax, kMax), kMax);
        QCOMPARE(Saturating::add(kMin, -1), kMin);
        QCOMPARE(Saturating::add(kMax, kMin), qint64(-1));
        QCOMPARE(Saturating::add(1, 2), qint64(3));
    }

    void nsFromSeconds()
    {
        QCOMPARE(Saturating::nsFromSeconds(600, 5), 600000000005LL);
        QCOMPARE(Saturating::nsFromSeconds(kMax, 0), kMax);
        QCOMPARE(Saturating::nsFromSeconds(kMin, 0), kMin);
        QCOMPARE(Saturating::nsFromSeconds(9223372036LL, 999999999), kMax);
        QCOMPARE(Saturating::nsFromSeconds(-1, 0), -1000000000LL);
    }
};

QTEST_GUILESS_MAIN(tst_Unavailability)
#include "tst_unavailability.moc"
