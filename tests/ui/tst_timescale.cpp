#include "timeline/timescale.h"

#include <QDateTime>
#include <QTest>

namespace {

constexpr qint64 M = TimeScale::Minute;
constexpr qint64 H = TimeScale::Hour;
constexpr qint64 D = TimeScale::Day;

qint64 utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toMSecsSinceEpoch()
        * 1'000'000;
}

} // namespace

class tst_TimeScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapping_data()
    {
        QTest::addColumn<qint64>("origin");
        QTest::addColumn<double>("nsPerPixel");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<double>("x");
        QTest::newRow("origin") << utc("2026-01-05T00:00:00Z") << double(M)
                                << utc("2026-01-05T00:00:00Z") << 0.0;
        QTest::newRow("one hour at 1 min/px")
            << utc("2026-01-05T00:00:00Z") << double(M) << utc("2026-01-05T01:00:00Z") << 60.0;
        QTest::newRow("before origin")
            << utc("2026-01-05T00:00:00Z") << double(M) << utc("2026-01-04T23:00:00Z") << -60.0;
        QTest::newRow("days at 1 h/px")
            << utc("2026-01-05T00:00:00Z") << double(H) << utc("2026-01-07T00:00:00Z") << 48.0;
        QTest::newRow("seconds") << qint64(0) << double(TimeScale::Second) << 90 * TimeScale::Second
                                 << 90.0;
    }
    void mapping()
    {
        QFETCH(qint64, origin);
        QFETCH(double, nsPerPixel);
        QFETCH(qint64, time);
        QFETCH(double, x);
        const TimeScale scale(origin, nsPerPixel);
        QCOMPARE(scale.xForTime(time), x);
        QCOMPARE(scale.timeForX(x), time);
    }

    void zoomKeepsAnchorAndLimits()
    {
        const TimeScale scale(utc("2026-01-05T00:00:00Z"), double(M));
        const qint64 anchor = scale.timeForX(300);
        const TimeScale in = scale.zoomed(2, 300);
        QCOMPARE(in.nsPerPixel(), double(M) / 2);
        QCOMPARE(in.timeForX(300), anchor);
        QCOMPARE(scale.zoomed(1e9, 0).nsPerPixel(), TimeScale::MinNsPerPixel);
        QCOMPARE(scale.zoomed(1e-9, 0).nsPerPixel(), TimeScale::MaxNsPerPixel);
    }

    void fitting()
    {
        const qint64 from = utc("2026-01-05T00:00:00Z");
        const qint64 to = utc("2026-01-06T00:00:00Z");
        const TimeScale s = TimeScale::fitting(from, to, 1000);
        QVERIFY(s.xForTime(from) > 0 && s.xForTime(from) < 100);
        QVERIFY(s.xForTime(to) > 900 && s.xForTime(to) < 1000);
    }

    void snapStep_data()
    {
        QTest::addColumn<double>("nsPerPixel");
        QTest::addColumn<qint64>("step");
        QTest::newRow("1 s/px") << double(TimeScale::Second) << 5 * M;
        QTest::newRow("1 min/px") << double(M) << 15 * M;
        QTest::newRow("10 min/px") << double(10 * M) << 2 * H;
        QTest::newRow("1 h/px") << double(H) << 12 * H;
        QTest::newRow("3 h/px") << double(3 * H) << D;
    }
    void snapStep()
    {
        QFETCH(double, nsPerPixel);
        QFETCH(qint64, step);
        QCOMPARE(TimeScale(0, nsPerPixel).snapStep(), step);
    }

    void snap_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<int>("utcOffset");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("down") << utc("2026-01-05T10:07:00Z") << 5 * M << 0
                              << utc("2026-01-05T10:05:00Z");
        QTest::newRow("up") << utc("2026-01-05T10:08:00Z") << 5 * M << 0
                            << utc("2026-01-05T10:10:00Z");
        QTest::newRow("day") << utc("2026-01-05T13:00:00Z") << D << 0
                             << utc("2026-01-06T00:00:00Z");
        QTest::newRow("local midnight")
            << utc("2026-01-05T20:00:00Z") << D << 3600 << utc("2026-01-05T23:00:00Z");
        QTest::newRow("half-hour zone")
            << utc("2026-01-05T10:10:00Z") << H << 19800 << utc("2026-01-05T10:30:00Z");
        QTest::newRow("before epoch") << qint64(-7 * M) << 5 * M << 0 << qint64(-5 * M);
    }
    void snap()
    {
        QFETCH(qint64, time);
        QFETCH(qint64, step);
        QFETCH(int, utcOffset);
        QFETCH(qint64, expected);
        const QTimeZone tz = utcOffset == 0 ? QTimeZone::utc() : QTimeZone(utcOffset);
        QCOMPARE(TimeScale::snap(time, step, tz), expected);
    }

    void tickSteps_data()
    {
        QTest::addColumn<double>("nsPerPixel");
        QTest::addColumn<qint64>("major");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("minutes") << double(TimeScale::Second) << 2 * M << M;
        QTest::newRow("hours") << double(M) << 2 * H << 15 * M;
        QTest::newRow("days") << double(15 * M) << D << 6 * H;
        QTest::newRow("weeks") << double(3 * H) << 2 * TimeScale::Week << TimeScale::Week;
    }
    void tickSteps()
    {
        QFETCH(double, nsPerPixel);
        QFETCH(qint64, major);
        QFETCH(qint64, minor);
        const TimeScale::TickSteps steps = TimeScale(0, nsPerPixel).tickSteps(90);
        QCOMPARE(steps.major, major);
        QCOMPARE(steps.minor, minor);
    }

    void tickTimes_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<int>("utcOffset");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("quarter hours")
            << utc("2026-01-05T10:03:00Z") << utc("2026-01-05T11:00:00Z") << 15 * M << 0
            << QList<qint64> {utc("2026-01-05T10:15:00Z"), utc("2026-01-05T10:30:00Z"),
                              utc("2026-01-05T10:45:00Z"), utc("2026-01-05T11:00:00Z")};
        QTest::newRow("local midnights")
            << utc("2026-01-05T12:00:00Z") << utc("2026-01-07T12:00:00Z") << D << 3600
            << QList<qint64> {utc("2026-01-05T23:00:00Z"), utc("2026-01-06T23:00:00Z")};
        QTest::newRow("mondays") // 2026-01-05 is a Monday
            << utc("2026-01-01T00:00:00Z") << utc("2026-01-20T00:00:00Z") << TimeScale::Week << 0
            << QList<qint64> {utc("2026-01-05T00:00:00Z"), utc("2026-01-12T00:00:00Z"),
                              utc("2026-01-19T00:00:00Z")};
    }
    void tickTimes()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qint64, step);
        QFETCH(int, utcOffset);
        QFETCH(QList<qint64>, expected);
        const QTimeZone tz = utcOffset == 0 ? QTimeZone::utc() : QTimeZone(utcOffset);
        QCOMPARE(TimeScale::tickTimes(from, to, step, tz), expected);
    }
};

QTEST_GUILESS_MAIN(tst_TimeScale)
#include "tst_timescale.moc"
