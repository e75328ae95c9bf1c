#include "rulerpainter.h"

#include "theme/timelinetheme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>

#include <cmath>

// The texts keep the context of the widget they were first translated for (TimelineRuler).

RulerPainter::RulerPainter(const RulerPaintContext &context)
    : m_ctx(context)
{ }

int RulerPainter::heightFor(const QFont &font)
{
    return QFontMetrics(font).height() * 2 + 10;
}

QString RulerPainter::tickLabel(qint64 ns, qint64 step, const QTimeZone &tz)
{
    const QLocale locale;
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, tz);
    if (step < TimeScale::Day) {
        if (dt.time() == QTime(0, 0))
            return locale.toString(
                dt.date(),
                QCoreApplication::translate("TimelineRuler", "ddd d", "ruler tick at midnight"));
        return locale.toString(dt.time(),
                               QCoreApplication::translate("TimelineRuler", "HH:mm", "ruler tick"));
    }
    return locale.toString(
        dt.date(),
        QCoreApplication::translate("TimelineRuler", "ddd d MMM", "ruler tick for days and weeks"));
}

void RulerPainter::paint(QPainter *p) const
{
    const QPalette &pal = m_ctx.palette;
    const int width = m_ctx.size.width();
    const int height = m_ctx.size.height();
    p->save();
    p->setFont(m_ctx.font);
    p->fillRect(QRect(QPoint(0, 0), m_ctx.size), pal.window());
    const int band = QFontMetrics(m_ctx.font).height() + 4;
    paintCoarseBand(p, band, width - zoneLabelWidth());
    paintTicks(p, band);

    // Now marker.
    const double x = m_ctx.scale.xForTime(m_ctx.nowNs);
    if (x >= 0 && x <= width) {
        p->setPen(Qt::NoPen);
        p->setBrush(TimelineTheme::color(TimelineTheme::NowLine));
        const QPointF tip(x, height - 1);
        const QPointF points[] = {tip, tip + QPointF(-5, -7), tip + QPointF(5, -7)};
        p->drawPolygon(points, 3);
    }

    // The time zone, always named.
    QFont bold = m_ctx.font;
    bold.setBold(true);
    p->setFont(bold);
    const QRect box(width - zoneLabelWidth(), 0, zoneLabelWidth(), band);
    p->fillRect(box, pal.window());
    p->setPen(pal.color(QPalette::WindowText));
    p->drawText(box, Qt::AlignCenter, m_ctx.timeZoneName);
    p->setPen(pal.color(QPalette::Mid));
    p->drawLine(0, height - 1, width, height - 1);
    p->restore();
}

int RulerPainter::zoneLabelWidth() const
{
    QFont bold = m_ctx.font;
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(m_ctx.timeZoneName) + 12;
}

void RulerPainter::paintCoarseBand(QPainter *p, int height, int right) const
{
    // Days when ticks are within a day, months otherwise; labels stick to the left edge.
    const TimeScale &scale = m_ctx.scale;
    const QTimeZone &tz = m_ctx.timeZone;
    const QPalette &pal = m_ctx.palette;
    const QFontMetrics metrics(m_ctx.font);
    const qint64 major = scale.tickSteps().major;
    const qint64 from = scale.timeForX(0);
    const qint64 to = scale.timeForX(m_ctx.size.width());
    QList<qint64> starts;
    const QLocale locale;
    QString format;
    if (major < TimeScale::Day) {
        starts = TimeScale::tickTimes(from - TimeScale::Day, to, TimeScale::Day, tz);
        format = QCoreApplication::translate("TimelineRuler", "dddd d MMMM yyyy", "ruler day band");
    } else {
        QDate d = QDateTime::fromMSecsSinceEpoch(from / 1'000'000, tz).date();
        d = QDate(d.year(), d.month(), 1);
        for (int i = 0; i < 120; ++i, d = d.addMonths(1)) {
            const qint64 t = QDateTime(d, QTime(0, 0), tz).toMSecsSinceEpoch() * 1'000'000;
            if (t > to)
                break;
            starts.append(t);
        }
        format = QCoreApplication::translate("TimelineRuler", "MMMM yyyy", "ruler month band");
    }
    p->setPen(pal.color(QPalette::WindowText));
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const double x = scale.xForTime(starts[i]);
        const double next = std::min(double(right),
                                     i + 1 < starts.size() ? scale.xForTime(starts[i + 1]) : right);
        const QDate date = QDateTime::fromMSecsSinceEpoch(starts[i] / 1'000'000, tz).date();
        const QString text = locale.toString(date, format);
        const int textWidth = metrics.horizontalAdvance(text);
        const double left = std::max(x, 0.0) + 4;
        if (left + textWidth > next - 4 && (x < 0 || next >= right))
            continue; // would be cut: by the next label or by the time zone's name
        p->drawText(QRectF(left, 0, std::max(0.0, next - left), height),
                    Qt::AlignVCenter | Qt::AlignLeft, text);
        if (x >= 0) {
            p->setPen(pal.color(QPalette::Mid));
            p->drawLine(QPointF(x, 0), QPointF(x, height));
            p->setPen(pal.color(QPalette::WindowText));
        }
    }
}

void RulerPainter::paintTicks(QPainter *p, int top) const
{
    const TimeScale &scale = m_ctx.scale;
    const QTimeZone &tz = m_ctx.timeZone;
    const QPalette &pal = m_ctx.palette;
    const TimeScale::TickSteps steps = scale.tickSteps();
    const qint64 from = scale.timeForX(-100);
    const qint64 to = scale.timeForX(m_ctx.size.width());
    const int bottom = m_ctx.size.height() - 1;
    p->setPen(pal.color(QPalette::Mid));
    if (steps.minor > 0) {
        for (qint64 t : TimeScale::tickTimes(from, to, steps.minor, tz)) {
            const double x = std::round(scale.xForTime(t));
            p->drawLine(QPointF(x, bottom - 4), QPointF(x, bottom));
        }
    }
    for (qint64 t : TimeScale::tickTimes(from, to, steps.major, tz)) {
        const double x = std::round(scale.xForTime(t));
        if (x < 0)
            continue; // its label would be cut off at the left edge
        p->setPen(pal.color(QPalette::Mid));
        p->drawLine(QPointF(x, top), QPointF(x, bottom));
        p->setPen(pal.color(QPalette::WindowText));
        p->drawText(QRectF(x + 3, top, 200, bottom - top), Qt::AlignVCenter | Qt::AlignLeft,
                    tickLabel(t, steps.major, tz));
    }
}
