#include "timeline/timelinerowbackground.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTest>

class tst_TimelineRowBackground : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersOnlyWhenInputsChange()
    {
        TimelineRowBackground background;
        const QPalette palette;
        const TimeScale scale(0, double(TimeScale::Minute));
        background.update(scale, QTimeZone::utc(), 600, 20, palette, 1.0);
        QCOMPARE(background.renderCount(), 1);
        QCOMPARE(background.strip(TimelineRowBackground::Base).size(), QSize(600, 20));
        QVERIFY(!background.strip(TimelineRowBackground::Base).hasAlphaChannel());
        background.update(scale, QTimeZone::utc(), 600, 20, palette, 1.0);
        QCOMPARE(background.renderCount(), 1);
        background.update(scale.withOrigin(TimeScale::Minute), QTimeZone::utc(), 600, 20, palette,
                          1.0);
        QCOMPARE(background.renderCount(), 2);
        background.update(scale, QTimeZone::utc(), 700, 20, palette, 1.0);
        QCOMPARE(background.renderCount(), 3);
        background.update(scale, QTimeZone::utc(), 700, 20, palette, 2.0);
        QCOMPARE(background.strip(TimelineRowBackground::Header).size(), QSize(1400, 40));
    }

    void gridLinesSitOnTicks()
    {
        // 1 min per pixel from midnight: major ticks every 2 h, at x = 0, 120, 240…
        TimelineRowBackground background;
        QPalette palette;
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Mid, Qt::black);
        background.update(TimeScale(0, double(TimeScale::Minute)), QTimeZone::utc(), 400, 10,
                          palette, 1.0);
        const QImage &strip = background.strip(TimelineRowBackground::Base);
        QVERIFY(qGray(strip.pixel(120, 5)) < 200);
        QCOMPARE(strip.pixel(119, 5), QColor(Qt::white).rgb());
        QVERIFY(qGray(strip.pixel(240, 5)) < 200);
    }
};

QTEST_MAIN(tst_TimelineRowBackground)
#include "tst_timelinerowbackground.moc"
