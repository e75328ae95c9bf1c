#include "timelineruler.h"

#include "rulerpainter.h"
#include "timelineviewstate.h"

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
    return QSize(400, RulerPainter::heightFor(font()));
}

QString TimelineRuler::tickLabel(qint64 ns, qint64 step, const QTimeZone &tz)
{
    return RulerPainter::tickLabel(ns, step, tz);
}

void TimelineRuler::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (!m_state) {
        p.fillRect(rect(), palette().window());
        return;
    }
    const RulerPaintContext ctx {m_state->scale(),
                                 m_state->timeZone(),
                                 m_state->timeZoneName(),
                                 m_state->nowNs(),
                                 size(),
                                 palette(),
                                 font()};
    RulerPainter(ctx).paint(&p);
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
