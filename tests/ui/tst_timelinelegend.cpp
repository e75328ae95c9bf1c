#include "theme/timelinetheme.h"
#include "timeline/timelinelegend.h"

#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_TimelineLegend : public QObject
{
    Q_OBJECT
private:
    static QPalette dark()
    {
        QPalette p;
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
        p.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        return p;
    }

private Q_SLOTS:
    void everySampleIsDrawnAndExplained()
    {
        QSet<QByteArray> images;
        const QSize size(66, 22);
        for (int i = 0; i < TimelineLegend::SampleCount; ++i) {
            const auto sample = TimelineLegend::Sample(i);
            QVERIFY(!TimelineLegend::describe(sample).isEmpty());
            const QImage image = TimelineLegend::drawSample(sample, size, QPalette())
                                     .toImage()
                                     .convertToFormat(QImage::Format_ARGB32);
            QCOMPARE(image.size(), size);
            images.insert(
                QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
        }
        // No two marks look the same.
        QCOMPARE(images.size(), TimelineLegend::SampleCount);
    }

    void samplesUseTheThemeColours()
    {
        const QImage down
            = TimelineLegend::drawSample(TimelineLegend::Sample::Blocked, QSize(66, 22), QPalette())
                  .toImage();
        // The dot, 3 px into the bar (which starts 6 px in): the theme's blocked red.
        const QColor dot = down.pixelColor(6 + 3 + 7, 11);
        QCOMPARE(dot.rgb(), TimelineTheme::readinessColor(MachinePlan::Readiness::Blocked).rgb());
    }

    void darkPaletteIsLegible()
    {
        const QPalette palette = dark();
        const QImage added = TimelineLegend::drawSample(TimelineLegend::Sample::AddedInDraft,
                                                        QSize(66, 22), palette)
                                 .toImage();
        QCOMPARE(added.pixelColor(1, 1).rgb(), palette.color(QPalette::Base).rgb());
        // The dashed border of a new window is drawn in the palette's text colour: light.
        bool light = false;
        for (int x = 6; x < 60; ++x)
            light |= added.pixelColor(x, 3).lightness() > 200;
        QVERIFY(light);

        TimelineLegend legend;
        legend.setPalette(palette);
        const QList<QLabel *> labels = legend.findChildren<QLabel *>();
        QCOMPARE(labels.size(), 2 * TimelineLegend::SampleCount);
        int pictures = 0;
        for (const QLabel *label : labels) {
            if (label->pixmap().isNull())
                continue;
            ++pictures;
            QCOMPARE(label->pixmap().toImage().pixelColor(1, 1).rgb(),
                     palette.color(QPalette::Base).rgb());
        }
        QCOMPARE(pictures, TimelineLegend::SampleCount);
    }
};

QTEST_MAIN(tst_TimelineLegend)
#include "tst_timelinelegend.moc"
