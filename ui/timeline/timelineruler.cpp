#include "timelineruler.h"

#include "timelineviewstate.h"

#include "theme/timelinetheme.h"

#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

TimelineRuler::TimelineRuler(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::OpenHandCursor);
}

void TimelineRuler::setViewState(TimelineViewState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (state) {
        connect(state, &TimelineViewState::scaleChanged, this, qOverload<>(&QWidget::update));
        connect(state, &TimelineViewState::timeZoneChanged, this, qOverload<>(&QWidget::update));
    }
    update();
}

QSize TimelineRuler::sizeHint() const
{
    return QSize(400, fontMetrics().height() * 2 + 10);
}

QString TimelineRuler::tickLabel(qint64 ns, qint64 step, const QTimeZone &tz)
{
    const QLocale locale;
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, tz);
    if (step < TimeScale::Day) {
        if (dt.time() == QTime(0, 0))
            return locale.toString(dt.date(), tr("ddd d", "ruler tick at midnight"));
        return locale.toString(dt.time(), tr("HH:mm", "ruler tick"));
    }
    return locale.toString(dt.date(), tr("ddd d MMM", "ruler tick for days and weeks"));
}

void TimelineRuler::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (!m_state)
        return;
    const int band = fontMetrics().height() + 4;
    paintCoarseBand(&p, band, width() - zoneLabelWidth());
    paintTicks(&p, band);

    // Now marker.
    const double x = m_state->scale().xForTime(m_state->nowNs());
    if (x >= 0 && x <= width()) {
        p.setPen(Qt::NoPen);
        p.setBrush(TimelineTheme::color(TimelineTheme::NowLine));
        const QPointF tip(x, height() - 1);
        const QPointF points[] = {tip, tip + QPointF(-5, -7), tip + QPointF(5, -7)};
        p.drawPolygon(points, 3);
    }

    // The time zone, always named.
    const QString zone = m_state->timeZoneName();
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QRect box(width() - zoneLabelWidth(), 0, zoneLabelWidth(), band);
    p.fillRect(box, palette().window());
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(box, Qt::AlignCenter, zone);
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(0, height() - 1, width(), height() - 1);
}

int TimelineRuler::zoneLabelWidth() const
{
    QFont bold = font();
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(m_state ? m_state->timeZoneName() : QString()) + 12;
}

void TimelineRuler::paintCoarseBand(QPainter *p, int height, int right) const
{
    // Days when ticks are within a day, months otherwise; labels stick to the left edge.
    const TimeScale scale = m_state->scale();
    const QTimeZone tz = m_state->timeZone();
    const qint64 major = scale.tickSteps().major;
    const qint64 from = scale.timeForX(0);
    const qint64 to = scale.timeForX(width());
    QList<qint64> starts;
    const QLocale locale;
    QString format;
    if (major < TimeScale::Day) {
        starts = TimeScale::tickTimes(from - TimeScale::Day, to, TimeScale::Day, tz);
        format = tr("dddd d MMMM yyyy", "ruler day band");
    } else {
        QDate d = QDateTime::fromMSecsSinceEpoch(from / 1'000'000, tz).date();
        d = QDate(d.year(), d.month(), 1);
        for (int i = 0; i < 120; ++i, d = d.addMonths(1)) {
            const qint64 t = QDateTime(d, QTime(0, 0), tz).toMSecsSinceEpoch() * 1'000'000;
            if (t > to)
                break;
            starts.append(t);
        }
        format = tr("MMMM yyyy", "ruler month band");
    }
    p->setPen(palette().color(QPalette::WindowText));
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const double x = scale.xForTime(starts[i]);
        const double next = std::min(double(right),
                                     i + 1 < starts.size() ? scale.xForTime(starts[i + 1]) : right);
        const QDate date = QDateTime::fromMSecsSinceEpoch(starts[i] / 1'000'000, tz).date();
        const QString text = locale.toString(date, format);
        const int textWidth = fontMetrics().horizontalAdvance(text);
        const double left = std::max(x, 0.0) + 4;
        if (left + textWidth > next - 4 && (x < 0 || next >= right))
            continue; // would be cut: by the next label or by the time zone's name
        p->drawText(QRectF(left, 0, std::max(0.0, next - left), height),
                    Qt::AlignVCenter | Qt::AlignLeft, text);
        if (x >= 0) {
            p->setPen(palette().color(QPalette::Mid));
            p->drawLine(QPointF(x, 0), QPointF(x, height));
            p->setPen(palette().color(QPalette::WindowText));
        }
    }
}

void TimelineRuler::paintTicks(QPainter *p, int top) const
{
    const TimeScale scale = m_state->scale();
    const QTimeZone tz = m_state->timeZone();
    const TimeScale::TickSteps steps = scale.tickSteps();
    const qint64 from = scale.timeForX(-100);
    const qint64 to = scale.timeForX(width());
    const int bottom = height() - 1;
    p->setPen(palette().color(QPalette::Mid));
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
        p->setPen(palette().color(QPalette::Mid));
        p->drawLine(QPointF(x, top), QPointF(x, bottom));
        p->setPen(palette().color(QPalette::WindowText));
        p->drawText(QRectF(x + 3, top, 200, bottom - top), Qt::AlignVCenter | Qt::AlignLeft,
                    tickLabel(t, steps.major, tz));
    }
}

void TimelineRuler::mousePressEvent(QMouseEvent *event)
{
    m_dragX = int(event->position().x());
    setCursor(Qt::ClosedHandCursor);
}

void TimelineRuler::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragX < 0 || !m_state)
        return;
    const int x = int(event->position().x());
    m_state->panBy(m_dragX - x);
    m_dragX = x;
}

void TimelineRuler::mouseReleaseEvent(QMouseEvent *)
{
    m_dragX = -1;
    setCursor(Qt::OpenHandCursor);
}

void TimelineRuler::wheelEvent(QWheelEvent *event)
{
    if (!m_state)
        return;
    const int dy = event->angleDelta().y();
    if (dy != 0)
        m_state->zoomBy(std::pow(1.2, dy / 120.0), event->position().x());
    event->accept();
}
