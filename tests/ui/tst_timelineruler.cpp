#include "timeline/timelineruler.h"
#include "timeline/timelineviewstate.h"

#include <QDateTime>
#include <QTest>

namespace {
qint64 utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toMSecsSinceEpoch()
        * 1'000'000;
}
} // namespace

class tst_TimelineRuler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void tickLabel_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("label");
        QTest::newRow("hour") << utc("2026-01-05T13:00:00Z") << TimeScale::Hour
                              << QStringLiteral("13:00");
        QTest::newRow("midnight names the day")
            << utc("2026-01-06T00:00:00Z") << TimeScale::Hour << QStringLiteral("Tue 6");
        QTest::newRow("days") << utc("2026-01-06T00:00:00Z") << TimeScale::Day
                              << QStringLiteral("Tue 6 Jan");
        QTest::newRow("weeks") << utc("2026-01-12T00:00:00Z") << TimeScale::Week
                               << QStringLiteral("Mon 12 Jan");
    }
    void tickLabel()
    {
        QFETCH(qint64, time);
        QFETCH(qint64, step);
        QFETCH(QString, label);
        QCOMPARE(TimelineRuler::tickLabel(time, step, QTimeZone::utc()), label);
    }

    void namesTheTimeZone()
    {
        TimelineViewState state;
        state.setUtc(true);
        QCOMPARE(state.timeZoneName(), QStringLiteral("UTC"));
        state.setUtc(false);
        QVERIFY(state.timeZoneName().startsWith(QStringLiteral("Local time: ")));
    }

    void dragPans()
    {
        TimelineViewState state;
        state.setScale(TimeScale(utc("2026-01-05T00:00:00Z"), double(TimeScale::Minute)));
        TimelineRuler ruler;
        ruler.setViewState(&state);
        ruler.resize(600, ruler.sizeHint().height());
        const qint64 origin = state.visibleStartNs();
        QTest::mousePress(&ruler, Qt::LeftButton, {}, QPoint(300, 10));
        QTest::mouseMove(&ruler, QPoint(240, 10));
        QTest::mouseRelease(&ruler, Qt::LeftButton, {}, QPoint(240, 10));
        QCOMPARE(state.visibleStartNs(), origin + 60 * TimeScale::Minute);
    }
};

QTEST_MAIN(tst_TimelineRuler)
#include "tst_timelineruler.moc"
