#pragma once

#include <QList>

#include <optional>

/// Tasks remaining on one draining machine over time: the series for the burn-down chart, the time
/// since draining began, and an ETA from the recent drain rate.
class DrainHistory
{
public:
    struct Sample
    {
        qint64 atMs = 0;
        int tasks = 0;
        friend bool operator==(const Sample &, const Sample &) = default;
    };

    static constexpr qsizetype kMaxSamples = 720;
    static constexpr qint64 kRateWindowMs = 60000;

    /// Records a sample; a repeat of the same value only moves the last sample's time forward
    /// when the two before it are equal too, keeping long flat stretches to two points.
    void record(qint64 atMs, int tasks);

    const QList<Sample> &samples() const { return m_samples; }
    qint64 startedAtMs() const { return m_startedAtMs; }
    int tasksLeft() const { return m_samples.isEmpty() ? 0 : m_samples.constLast().tasks; }
    /// Tasks finished per second over the last kRateWindowMs (0 when not draining down).
    double ratePerSecond() const;
    /// When the machine will have no tasks left, at the recent rate; nothing if it is not falling.
    std::optional<qint64> etaMs() const;

private:
    QList<Sample> m_samples;
    qint64 m_startedAtMs = 0;
};
