#include "planning/allowedtime.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_add_overflow(a, b, &r))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return r;
}

AllowedTime::AllowedTime(std::optional<AllowedHours> hours, QList<Blackout> blackouts)
    : m_hours(std::move(hours))
    , m_blackouts(std::move(blackouts))
{
    std::sort(m_blackouts.begin(), m_blackouts.end(),
              [](const Blackout &a, const Blackout &b) { return a.startNs < b.startNs; });
}

std::pair<qint64, qint64> AllowedTime::stretchAfter(qint64 t) const
{
    constexpr qint64 kMsNs = 1'000'000;
    if (!m_hours)
        return {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
    const AllowedHours &h = *m_hours;
    const QTime from(h.fromMinute / 60, h.fromMinute % 60);
    const QTime to(h.toMinute / 60, h.toMinute % 60);
    // A stretch that began the day before may still be running at t.
    QDate day = QDateTime::fromMSecsSinceEpoch(t / kMsNs, h.timeZone).date().addDays(-1);
    for (int i = 0; i < 9; ++i, day = day.addDays(1)) {
        if (!h.days.contains(day.dayOfWeek()))
            continue;
        const QDateTime a(day, from, h.timeZone);
        const QDateTime b(h.toMinute > h.fromMinute ? day : day.addDays(1), to, h.timeZone);
        const qint64 bNs = b.toMSecsSinceEpoch() * kMsNs;
        if (bNs > t)
            return {a.toMSecsSinceEpoch() * kMsNs, bNs};
    }
    return {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()};
}

std::optional<qint64> AllowedTime::earliest(qint64 from, qint64 length, qint64 latest) const
{
    qint64 s = from;
    // Each pass moves s past a stretch that is too short or past a blackout, so it ends.
    while (s <= latest) {
        const auto [a, b] = stretchAfter(s);
        if (a == std::numeric_limits<qint64>::max())
            return std::nullopt;
        s = std::max(s, a);
        if (saturatingAdd(s, length) > b) {
            if (b == std::numeric_limits<qint64>::max())
                return std::nullopt;
            s = b;
            continue;
        }
        const qint64 end = saturatingAdd(s, length);
        bool moved = false;
        for (const Blackout &blackout : m_blackouts) {
            if (blackout.startNs >= end)
                break;
            if (blackout.endNs > s) {
                s = blackout.endNs;
                moved = true;
                break;
            }
        }
        if (!moved)
            return s <= latest ? std::optional<qint64>(s) : std::nullopt;
    }
    return std::nullopt;
}

bool AllowedTime::allows(qint64 start, qint64 length) const
{
    return earliest(start, length, start) == start;
}
