#include "timelinedrag.h"

#include "saturating.h"
#include "timescale.h"

#include <algorithm>

void TimelineDrag::start(const Press &press)
{
    m_press = press;
    m_mode = Mode::Pressed;
    m_preview = press.original;
}

void TimelineDrag::reset()
{
    m_mode = Mode::Idle;
    m_press = Press();
    m_preview = Unavailability();
}

bool TimelineDrag::moveTo(QPoint pos, qint64 timeNs, qint64 step, const QTimeZone &tz)
{
    if (m_mode == Mode::Idle)
        return false;
    if (m_mode == Mode::Pressed) {
        if ((pos - m_press.pos).manhattanLength() < Threshold)
            return false;
        m_mode = m_press.intent;
    }
    if (m_mode == Mode::Panning)
        return true;
    const Unavailability next
        = previewFor(m_mode, m_press.original, m_press.timeNs, timeNs, step, tz);
    if (next == m_preview)
        return false;
    m_preview = next;
    return true;
}

Unavailability TimelineDrag::previewFor(Mode mode, const Unavailability &original, qint64 pressNs,
                                        qint64 nowNs, qint64 step, const QTimeZone &tz)
{
    auto snap = [&](qint64 t) {
        return step > 0 ? TimeScale::snap(t, step, tz) : t;
    };
    const qint64 minimum = step > 0 ? step : TimeScale::Minute;
    Unavailability u = original;
    switch (mode) {
    case Mode::Creating: {
        qint64 a = snap(pressNs);
        qint64 b = snap(nowNs);
        if (a > b)
            std::swap(a, b);
        u.startNs = a;
        u.durationNs = std::max(minimum, b - a);
        break;
    }
    case Mode::Moving:
        u.startNs = snap(Saturating::add(original.startNs, nowNs - pressNs));
        break;
    case Mode::ResizingStart: {
        qint64 start = snap(Saturating::add(original.startNs, nowNs - pressNs));
        if (const auto end = original.endNs()) {
            start = std::min(start, *end - minimum);
            u.durationNs = *end - start;
        }
        u.startNs = start;
        break;
    }
    case Mode::ResizingEnd: {
        const qint64 oldEnd = original.endNs().value_or(original.startNs);
        const qint64 end = snap(Saturating::add(oldEnd, nowNs - pressNs));
        u.durationNs = std::max(minimum, end - original.startNs);
        break;
    }
    case Mode::Idle:
    case Mode::Pressed:
    case Mode::Panning:
        break;
    }
    return u;
}
