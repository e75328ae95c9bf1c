// The picture for reviewers: the timeline's painters, headless, into PNG and SVG. Pixels are
// checked where the geometry says a bar lies, so a change in layout or colour shows up here.

#include "render/timelineimage.h"
#include "theme/timelinetheme.h"
#include "timeline/timelinedelegate.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600LL * 1000000000LL;
constexpr qint64 kT0 = 1767225600000000000LL; // 2026-01-01T00:00:00Z

MachineId host(const char *name, int ip)
{
    return MachineId::of(QString::fromLatin1(name), u"10.0.0.%1"_s.arg(ip));
}

Agent agent(const MachineId &m, const QString &zone)
{
    Agent a;
    a.id = m.hostnameOrEmpty();
    a.hostname = m.hostnameOrEmpty();
    a.ip = m.ipOrEmpty();
    a.zone = zone;
    return a;
}

const MachineId kA = host("a", 1);
const MachineId kB = host("b", 2);
const MachineId kC = host("c", 3);
const MachineId kD = host("d", 4);

// Base: a and b at T0 for 2 h, d at T0+1h for 1 h. Schedule: a and b moved one hour later,
// c new at T0+3h for 1 h, d removed.
TimelineImage::Input sample()
{
    TimelineImage::Input in;
    Schedule base;
    base.windows.append({{kA, kB}, {kT0, 2 * kHour}});
    base.windows.append({{kD}, {kT0 + kHour, kHour}});
    in.base = base;
    in.baseName = u"base.json"_s;
    in.schedule.windows.append({{kA, kB}, {kT0 + kHour, 2 * kHour}});
    in.schedule.windows.append({{kC}, {kT0 + 3 * kHour, kHour}});
    in.agents = {agent(kA, u"zone-1"_s), agent(kB, u"zone-1"_s), agent(kC, u"zone-2"_s),
                 agent(kD, u"zone-1"_s), agent(host("idle", 9), u"zone-3"_s)};
    in.nowNs = kT0 - kHour;
    in.title = u"Schedule plan.json"_s;
    return in;
}

QImage render(const TimelineImage &image)
{
    QImage out(image.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    image.paint(&p);
    return out;
}

bool near(QColor a, QColor b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

// Pixels of @p color along the row @p y from @p x0 to @p x1.
int countAlong(const QImage &image, int y, int x0, int x1, const QColor &color)
{
    int n = 0;
    for (int x = x0; x <= x1; ++x)
        n += near(image.pixelColor(x, y), color, 40) ? 1 : 0;
    return n;
}

} // namespace

class tst_TimelineImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAreTheScheduledMachinesByZone()
    {
        const TimelineImage image(sample());
        QCOMPARE(image.error(), QString());
        // Two zone headers and a, b, d in zone-1, c in zone-2; the idle agent has no row.
        QCOMPARE(image.rowCount(), 6);
        QVERIFY(!image.pointOf(host("idle", 9), kT0));
        QVERIFY(image.size().width() > 1100);
        QVERIFY(image.pointOf(kC, kT0)->y() > image.pointOf(kD, kT0)->y());
    }

    void newBarIsPaintedInItsWindowColourWhereItsTimeIs()
    {
        const TimelineImage image(sample());
        const QImage pixels = render(image);
        const QColor fill = TimelineTheme::barFill(image.windowIdOf(kC), MachineMode::Up);
        const QPointF middle = *image.pointOf(kC, kT0 + 3 * kHour + kHour / 2);
        QVERIFY2(near(pixels.pixelColor(middle.toPoint()), fill),
                 qPrintable(pixels.pixelColor(middle.toPoint()).name() + u" ≠ "_s + fill.name()));
        // Before its start and after its end: not the bar.
        const QPointF before = *image.pointOf(kC, kT0 + 3 * kHour - kHour / 10);
        const QPointF after = *image.pointOf(kC, kT0 + 4 * kHour + kHour / 10);
        QVERIFY(!near(pixels.pixelColor(before.toPoint()), fill));
        QVERIFY(!near(pixels.pixelColor(after.toPoint()), fill));
        // New: a dashed border in the text colour along its top edge, partly.
        const int top = int(middle.y()) - image.rowHeight() / 2 + TimelineDelegate::BarInset;
        const int x0 = int(image.pointOf(kC, kT0 + 3 * kHour)->x()) + 4;
        const int x1 = int(after.x()) - 20;
        const int dark = countAlong(pixels, top, x0, x1, QColor(0x1a, 0x1a, 0x1a));
        QVERIFY2(dark > 5 && dark < x1 - x0, qPrintable(QString::number(dark)));
    }

    void movedAndRemovedShowWhereTheBaseHadThem()
    {
        const TimelineImage image(sample());
        const QImage pixels = render(image);
        // d was removed: a red dashed outline where the base had it, no fill.
        const QPointF d = *image.pointOf(kD, kT0 + kHour + kHour / 2);
        const int top = int(d.y()) - image.rowHeight() / 2 + TimelineDelegate::BarInset;
        const int x0 = int(image.pointOf(kD, kT0 + kHour)->x()) + 4;
        const int x1 = int(image.pointOf(kD, kT0 + 2 * kHour)->x()) - 4;
        QVERIFY(
            countAlong(pixels, top, x0, x1, TimelineTheme::color(TimelineTheme::RemovedFromDraft))
            > 5);
        QVERIFY(!near(pixels.pixelColor(d.toPoint()), TimelineTheme::barFill(1, MachineMode::Up)));
        // a moved: filled from T0+1h, and its old start (T0 + 0.5h) holds no fill.
        const QColor fillA = TimelineTheme::barFill(image.windowIdOf(kA), MachineMode::Up);
        QVERIFY(near(pixels.pixelColor(image.pointOf(kA, kT0 + 2 * kHour)->toPoint()), fillA));
        QVERIFY(!near(pixels.pixelColor(image.pointOf(kA, kT0 + kHour / 2)->toPoint()), fillA));
    }

    void withoutBaseNothingIsMarked()
    {
        TimelineImage::Input in = sample();
        in.base.reset();
        const TimelineImage image(in);
        QCOMPARE(image.rowCount(), 5); // d is gone with the base
        const QImage pixels = render(image);
        const QPointF middle = *image.pointOf(kC, kT0 + 3 * kHour + kHour / 2);
        const int top = int(middle.y()) - image.rowHeight() / 2 + TimelineDelegate::BarInset;
        const int x0 = int(image.pointOf(kC, kT0 + 3 * kHour)->x()) + 4;
        const int x1 = int(image.pointOf(kC, kT0 + 4 * kHour)->x()) - 4;
        QCOMPARE(countAlong(pixels, top, x0, x1, QColor(0x1a, 0x1a, 0x1a)), 0);
    }

    void writesPngAndSvg()
    {
        QTemporaryDir dir;
        const TimelineImage image(sample());
        QCOMPARE(image.write(dir.filePath(u"plan.png"_s)), QString());
        const QImage png(dir.filePath(u"plan.png"_s));
        QCOMPARE(png.size(), image.size());
        QCOMPARE(image.write(dir.filePath(u"plan.SVG"_s)), QString());
        QFile svg(dir.filePath(u"plan.SVG"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Schedule plan.json"));
        QVERIFY(!image.write(dir.filePath(u"plan.jpg"_s)).isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"plan.jpg"_s)));
        QVERIFY(!image.write(dir.filePath(u"missing/plan.png"_s)).isEmpty());
    }

    void refusedScheduleIsNotDrawn()
    {
        TimelineImage::Input in = sample();
        in.schedule.windows.append({{kA}, {kT0 + 8 * kHour, kHour}}); // a twice
        const TimelineImage image(in);
        QVERIFY(!image.error().isEmpty());
        QCOMPARE(image.write(u"never.png"_s), image.error());
        QVERIFY(!QFile::exists(u"never.png"_s));
    }
};

QTEST_MAIN(tst_TimelineImage)
#include "tst_timelineimage.moc"
