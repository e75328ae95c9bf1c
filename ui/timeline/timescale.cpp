#include "timescale.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

qint64 offsetNs(const QTimeZone &tz, qint64 ns)
{
    if (!tz.isValid() || tz == QTimeZone::utc())
        return 0;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(floorDiv(ns, 1'000'000), tz);
    return qint64(tz.offsetFromUtc(at)) * TimeScale::Second;
}

constexpr std::array s_tickSteps = {
    TimeScale::Minute,      2 * TimeScale::Minute,  5 * TimeScale::Minute, 10 * TimeScale::Minute,
    15 * TimeScale::Minute, 30 * TimeScale::Minute, TimeScale::Hour,       2 * TimeScale::Hour,
    3 * TimeScale::Hour,    6 * TimeScale::Hour,    12 * TimeScale::Hour,  TimeScale::Day,
    2 * TimeScale::Day,     TimeScale::Week,        2 * TimeScale::Week,   4 * TimeScale::Week,
};

constexpr std::array s_snapSteps = {
    5 * TimeScale::Minute, 10 * TimeScale::Minute, 15 * TimeScale::Minute, 30 * TimeScale::Minute,
    TimeScale::Hour,       2 * TimeScale::Hour,    3 * TimeScale::Hour,    6 * TimeScale::Hour,
    12 * TimeScale::Hour,  TimeScale::Day,
};

} // namespace

TimeScale::TimeScale(qint64 originNs, double nsPerPixel)
    : m_originNs(originNs)
    , m_nsPerPixel(std::clamp(nsPerPixel, MinNsPerPixel, MaxNsPerPixel))
{ }

qint64 TimeScale::timeForX(double x) const
{
    return m_originNs + qint64(std::llround(x * m_nsPerPixel));
}

TimeScale TimeScale::zoomed(double factor, double anchorX) const
{
    const qint64 anchor = timeForX(anchorX);
    const double next = std::clamp(m_nsPerPixel / factor, MinNsPerPixel, MaxNsPerPixel);
    return TimeScale(anchor - qint64(std::llround(anchorX * next)), next);
}

TimeScale TimeScale::fitting(qint64 fromNs, qint64 toNs, int width)
{
    if (toNs <= fromNs)
        toNs = fromNs + Hour;
    const double usable = std::max(1.0, width * 0.9);
    const TimeScale fitted(0, double(toNs - fromNs) / usable);
    const double margin = (width - double(toNs - fromNs) / fitted.nsPerPixel()) / 2;
    return fitted.withOrigin(fromNs - qint64(std::llround(margin * fitted.nsPerPixel())));
}

qint64 TimeScale::snapStep() const
{
    for (qint64 step : s_snapSteps) {
        if (double(step) / m_nsPerPixel >= 12)
            return step;
    }
    return s_snapSteps.back();
}

qint64 TimeScale::snap(qint64 ns, qint64 step, const QTimeZone &tz)
{
    if (step <= 0)
        return ns;
    const qint64 offset = offsetNs(tz, ns);
    const qint64 local = ns + offset;
    const qint64 snapped = floorDiv(local + step / 2, step) * step;
    return snapped - offset;
}

TimeScale::TickSteps TimeScale::tickSteps(double minMajorPixels) const
{
    TickSteps steps {s_tickSteps.back(), 0};
    qsizetype majorIndex = qsizetype(s_tickSteps.size()) - 1;
    for (qsizetype i = 0; i < qsizetype(s_tickSteps.size()); ++i) {
        if (double(s_tickSteps[i]) / m_nsPerPixel >= minMajorPixels) {
            steps.major = s_tickSteps[i];
            majorIndex = i;
            break;
        }
    }
    // The finest even subdivision whose ticks stay at least 15 px apart.
    for (qsizetype i = majorIndex - 1; i >= 0; --i) {
        const qint64 candidate = s_tickSteps[i];
        if (double(candidate) / m_nsPerPixel < 15)
            break;
        // Week ticks fall on Mondays, so only days and whole weeks subdivide them evenly.
        const bool aligned = steps.major % Week != 0 || candidate == Day || candidate % Week == 0;
        if (steps.major % candidate == 0 && aligned)
            steps.minor = candidate;
    }
    return steps;
}

QList<qint64> TimeScale::tickTimes(qint64 fromNs, qint64 toNs, qint64 step, const QTimeZone &tz)
{
    QList<qint64> out;
    if (step <= 0 || toNs < fromNs)
        return out;
    if (step < Day) {
        // Sub-day steps follow the offset at the start of the range; a DST change inside the
        // visible range shifts later ticks by the change, which is what a wall clock does too.
        const qint64 offset = offsetNs(tz, fromNs);
        qint64 t = floorDiv(fromNs + offset, step) * step - offset;
        if (t < fromNs)
            t += step;
        for (; t <= toNs; t += step)
            out.append(t);
        return out;
    }
    const QDateTime fromDt = QDateTime::fromMSecsSinceEpoch(floorDiv(fromNs, 1'000'000), tz);
    QDate date = fromDt.date();
    const qint64 days = step / Day;
    if (days % 7 == 0)
        date = date.addDays(1 - date.dayOfWeek()); // Mondays
    else
        date = date.addDays(-(date.toJulianDay() % days));
    for (int guard = 0; guard < 10000; ++guard) {
        const qint64 t = QDateTime(date, QTime(0, 0), tz).toMSecsSinceEpoch() * 1'000'000;
        if (t > toNs)
            break;
        if (t >= fromNs)
            out.append(t);
        date = date.addDays(days);
    }
    return out;
}
