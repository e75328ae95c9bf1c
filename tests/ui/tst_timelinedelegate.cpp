#include "timeline/timelineactions.h"
#include "timeline/timelinedelegate.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 M = TimeScale::Minute;
constexpr qint64 T0 = 1767571200LL * TimeScale::Second; // 2026-01-05 00:00 UTC
const TimeScale s_scale(T0, double(M)); // 1 px = 1 min, x = 0 at T0
constexpr int s_width = 1000;
constexpr int s_rowHeight = 22;

Unavailability span(int fromMinutes, std::optional<int> minutes)
{
    Unavailability u;
    u.startNs = T0 + fromMinutes * M;
    if (minutes)
        u.durationNs = *minutes * M;
    return u;
}

MachineId machine(int i)
{
    return MachineId::of(QStringLiteral("h%1").arg(i), QStringLiteral("10.0.0.%1").arg(i));
}

} // namespace

using State = TimelineDelegate::InteractionState;
Q_DECLARE_METATYPE(std::optional<int>)

class tst_TimelineDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void barGeometry_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<std::optional<int>>("minutes");
        QTest::addColumn<QRectF>("bar");
        QTest::addColumn<bool>("visible");
        QTest::addColumn<QRectF>("painted");
        const double top = 100 + TimelineDelegate::BarInset;
        const double h = s_rowHeight - 2 * TimelineDelegate::BarInset;
        const double fade = TimelineDelegate::FadeWidth;
        QTest::newRow("inside") << 100 << std::optional<int>(60) << QRectF(100, top, 60, h) << true
                                << QRectF(100, top, 60, h);
        QTest::newRow("starts off screen left")
            << -300 << std::optional<int>(400) << QRectF(-300, top, 400, h) << true
            << QRectF(-2, top, 102, h);
        QTest::newRow("ends off screen right")
            << 900 << std::optional<int>(100000) << QRectF(900, top, 100000, h) << true
            << QRectF(900, top, s_width + fade + 2 - 900, h);
        QTest::newRow("zero length is one pixel")
            << 50 << std::optional<int>(0) << QRectF(50, top, 1, h) << true
            << QRectF(50, top, 1, h);
        QTest::newRow("entirely left")
            << -300 << std::optional<int>(100) << QRectF(-300, top, 100, h) << false << QRectF();
        QTest::newRow("entirely right")
            << 1200 << std::optional<int>(100) << QRectF(1200, top, 100, h) << false << QRectF();
        QTest::newRow("open-ended, in view")
            << 200 << std::optional<int>() << QRectF(200, top, s_width + fade - 200, h) << true
            << QRectF(200, top, s_width + fade - 200, h);
        QTest::newRow("open-ended, from the left")
            << -5000 << std::optional<int>() << QRectF(-5000, top, 5000 + s_width + fade, h) << true
            << QRectF(-2, top, s_width + fade + 2, h);
    }
    void barGeometry()
    {
        QFETCH(int, start);
        QFETCH(std::optional<int>, minutes);
        QFETCH(QRectF, bar);
        QFETCH(bool, visible);
        QFETCH(QRectF, painted);
        const QRectF geometry = TimelineDelegate::barGeometry(span(start, minutes), s_scale, 100,
                                                              s_rowHeight, s_width);
        QCOMPARE(geometry, bar);
        const auto part = TimelineDelegate::visiblePart(geometry, s_width);
        QCOMPARE(part.has_value(), visible);
        if (part)
            QCOMPARE(*part, painted);
        QCOMPARE(
            TimelineDelegate::paintedBar(span(start, minutes), s_scale, 100, s_rowHeight, s_width),
            part);
    }

    void interactionStateFor_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<std::optional<int>>("minutes");
        QTest::addColumn<double>("x");
        QTest::addColumn<State>("state");
        const std::optional<int> hour = 60;
        QTest::newRow("left of the bar") << 100 << hour << 97.0 << State::None;
        QTest::newRow("one pixel left still grips") << 100 << hour << 99.0 << State::ResizeStart;
        QTest::newRow("start edge") << 100 << hour << 104.0 << State::ResizeStart;
        QTest::newRow("body") << 100 << hour << 130.0 << State::Move;
        QTest::newRow("end edge") << 100 << hour << 157.0 << State::ResizeEnd;
        QTest::newRow("right of the bar") << 100 << hour << 163.0 << State::None;
        QTest::newRow("narrow bar only moves")
            << 100 << std::optional<int>(10) << 101.0 << State::Move;
        QTest::newRow("open-ended has no end edge")
            << 100 << std::optional<int>() << double(s_width + 150) << State::Move;
        // The start is 300 px left of the viewport: a press at its first pixels moves the bar.
        QTest::newRow("start scrolled out, press at x 0")
            << -300 << std::optional<int>(400) << 0.0 << State::Move;
        QTest::newRow("start scrolled out, press at x 3")
            << -300 << std::optional<int>(400) << 3.0 << State::Move;
        QTest::newRow("end scrolled out, press at right edge")
            << 900 << std::optional<int>(1000) << double(s_width - 2) << State::Move;
    }
    void interactionStateFor()
    {
        QFETCH(int, start);
        QFETCH(std::optional<int>, minutes);
        QFETCH(double, x);
        QFETCH(State, state);
        const Unavailability u = span(start, minutes);
        const QRectF bar = TimelineDelegate::barGeometry(u, s_scale, 0, s_rowHeight, s_width);
        QCOMPARE(TimelineDelegate::interactionStateFor(x, bar, !u.durationNs), state);
    }

    void toolTip_data()
    {
        QTest::addColumn<int>("machines");
        QTest::addColumn<std::optional<int>>("minutes");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("nowMinutes");
        QTest::addColumn<QStringList>("contains");
        QTest::addColumn<QStringList>("lacks");
        using L = QStringList;
        QTest::newRow("planned, up")
            << 2 << std::optional<int>(90) << int(MachineMode::Up) << 0
            << L {QStringLiteral("2 machine(s)"), QStringLiteral("h1 (10.0.0.1)<br>h2"),
                  QStringLiteral("Duration: 1 h 30 min"), QStringLiteral("This machine: UP")}
            << L {QStringLiteral("Overdue"), QStringLiteral("Locked"),
                  QStringLiteral("Open-ended")};
        QTest::newRow("overdue") << 1 << std::optional<int>(60) << int(MachineMode::Draining) << 200
                                 << L {QStringLiteral("Overdue: planned to start")}
                                 << L {QStringLiteral("Overrun")};
        QTest::newRow("overrun and locked")
            << 1 << std::optional<int>(60) << int(MachineMode::Down) << 300
            << L {QStringLiteral("Overrun: planned to end"), QStringLiteral("Locked")}
            << L {QStringLiteral("Overdue")};
        QTest::newRow("open-ended") << 1 << std::optional<int>() << int(MachineMode::Up) << 0
                                    << L {QStringLiteral("Open-ended: no end")}
                                    << L {QStringLiteral("End:"), QStringLiteral("Duration")};
        QTest::newRow("many machines")
            << 11 << std::optional<int>(60) << int(MachineMode::Up) << 0
            << L {QStringLiteral("… and 3 more")} << L {QStringLiteral("h9 (")};
    }
    void toolTip()
    {
        QFETCH(int, machines);
        QFETCH(std::optional<int>, minutes);
        QFETCH(int, mode);
        QFETCH(int, nowMinutes);
        QFETCH(QStringList, contains);
        QFETCH(QStringList, lacks);
        TimelineDelegate::ToolTipFacts facts;
        for (int i = 1; i <= machines; ++i)
            facts.window.machines.append(machine(i));
        facts.window.unavailability = span(100, minutes);
        facts.plan.planned = facts.window.unavailability;
        facts.plan.mode = MachineMode(mode);
        facts.nowNs = T0 + nowMinutes * M;
        facts.timeZone = QTimeZone::utc();
        facts.timeZoneName = QStringLiteral("UTC");
        const QString text = TimelineDelegate::toolTip(facts);
        for (const QString &s : contains)
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" not in ") + text));
        for (const QString &s : lacks)
            QVERIFY2(!text.contains(s), qPrintable(s + QStringLiteral(" in ") + text));
    }

    // Issue 12: a resize said "Moved in the draft".
    void editText_data()
    {
        QTest::addColumn<int>("baseStart");
        QTest::addColumn<std::optional<int>>("baseMinutes");
        QTest::addColumn<int>("start");
        QTest::addColumn<std::optional<int>>("minutes");
        QTest::addColumn<QString>("text");
        using O = std::optional<int>;
        QTest::newRow("moved") << 100 << O(60) << 130 << O(60)
                               << u"Moved in the draft (live: starts @100)"_s;
        QTest::newRow("end dragged")
            << 100 << O(60) << 100 << O(90) << u"Resized in the draft (live: @100 – @160)"_s;
        QTest::newRow("start dragged")
            << 100 << O(60) << 70 << O(90) << u"Resized in the draft (live: @100 – @160)"_s;
        QTest::newRow("ended") << 100 << O() << 100 << O(30)
                               << u"Resized in the draft (live: from @100, open-ended)"_s;
        QTest::newRow("both") << 100 << O(60) << 200 << O(10)
                              << u"Moved and resized in the draft (live: @100 – @160)"_s;
    }
    void editText()
    {
        QFETCH(int, baseStart);
        QFETCH(std::optional<int>, baseMinutes);
        QFETCH(int, start);
        QFETCH(std::optional<int>, minutes);
        QFETCH(QString, text);
        MachinePlan plan;
        plan.change = DraftSchedule::Change::Moved;
        plan.base = span(baseStart, baseMinutes);
        plan.planned = span(start, minutes);
        const auto format = [](qint64 ns) {
            return u"@%1"_s.arg((ns - T0) / M);
        };
        QCOMPARE(TimelineDelegate::editText(plan, format), text);
        plan.change = DraftSchedule::Change::Added;
        QCOMPARE(TimelineDelegate::editText(plan, format), u"New in the draft"_s);
        plan.change = DraftSchedule::Change::Unchanged;
        QVERIFY(TimelineDelegate::editText(plan, format).isEmpty());
    }

    void defaultNewWindow_data()
    {
        QTest::addColumn<int>("nowMinutes");
        QTest::addColumn<int>("startMinutes");
        QTest::newRow("on the hour") << 60 << 120;
        QTest::newRow("half past") << 90 << 120;
        QTest::newRow("a minute before the hour") << 119 << 120;
        QTest::newRow("on the next hour") << 120 << 180;
    }
    void defaultNewWindow()
    {
        QFETCH(int, nowMinutes);
        QFETCH(int, startMinutes);
        const Unavailability u
            = TimelineActions::defaultNewWindow(T0 + nowMinutes * M, QTimeZone::utc());
        QCOMPARE(u, span(startMinutes, 120));
    }
};

QTEST_GUILESS_MAIN(tst_TimelineDelegate)
#include "tst_timelinedelegate.moc"
