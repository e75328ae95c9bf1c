#pragma once

#include <QList>
#include <QTimeZone>
#include <QtGlobal>

/// Maps time (nanoseconds since the epoch) to x (pixels from the left of the timeline) and back
/// at one zoom level, and chooses ruler ticks and snapping steps for that zoom. A pure value type:
/// the timeline, the ruler and the tests all use the same arithmetic.
class TimeScale
{
public:
    static constexpr qint64 Second = 1'000'000'000LL;
    static constexpr qint64 Minute = 60 * Second;
    static constexpr qint64 Hour = 60 * Minute;
    static constexpr qint64 Day = 24 * Hour;
    static constexpr qint64 Week = 7 * Day;
    /// Zoom limits: one minute spans 60 px at most, one week 56 px at least.
    static constexpr double MinNsPerPixel = double(Second);
    static constexpr double MaxNsPerPixel = 3.0 * double(Hour);

    struct TickSteps
    {
        qint64 major = Hour; ///< labelled
        qint64 minor = 0; ///< unlabelled; 0 when none fits
        friend bool operator==(const TickSteps &, const TickSteps &) = default;
    };

    constexpr TimeScale() = default;
    TimeScale(qint64 originNs, double nsPerPixel);

    qint64 originNs() const { return m_originNs; }
    double nsPerPixel() const { return m_nsPerPixel; }

    double xForTime(qint64 ns) const { return double(ns - m_originNs) / m_nsPerPixel; }
    qint64 timeForX(double x) const;
    /// Same zoom, left edge at @p originNs.
    TimeScale withOrigin(qint64 originNs) const { return TimeScale(originNs, m_nsPerPixel); }
    /// Zoomed in by @p factor (> 1 in, < 1 out), keeping the time under @p anchorX in place.
    TimeScale zoomed(double factor, double anchorX) const;
    /// The scale that shows [fromNs, toNs] across @p width pixels with a small margin.
    static TimeScale fitting(qint64 fromNs, qint64 toNs, int width);

    /// The snapping grid for this zoom: 5 min … 1 day, at least a few pixels apart.
    qint64 snapStep() const;
    /// @p ns rounded to the nearest multiple of @p step in wall-clock time of @p tz.
    static qint64 snap(qint64 ns, qint64 step, const QTimeZone &tz);
    /// Major steps at least @p minMajorPixels apart, minor steps at least 15 px apart.
    TickSteps tickSteps(double minMajorPixels = 90) const;
    /// Tick times in [fromNs, toNs], on wall-clock boundaries of @p tz (midnights, Mondays).
    static QList<qint64> tickTimes(qint64 fromNs, qint64 toNs, qint64 step, const QTimeZone &tz);

    friend bool operator==(const TimeScale &, const TimeScale &) = default;

private:
    qint64 m_originNs = 0;
    double m_nsPerPixel = double(Minute);
};
