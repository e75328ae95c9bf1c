#pragma once

#include <QList>
#include <QtGlobal>

#include <limits>

/// A piecewise-constant function of time: `base` before the first step, `values[i]` from
/// `times[i]` until the next step. Times ascend strictly. What a painter binary-searches.
class StepFunction
{
public:
    static constexpr qint64 kForever = std::numeric_limits<qint64>::max();

    double base = 0;
    QList<qint64> times;
    QList<double> values;

    /// The index of the step in force at @p t, -1 for the base.
    qsizetype indexAt(qint64 t) const;
    double valueAt(qint64 t) const;
    double valueOfStep(qsizetype i) const { return i < 0 ? base : values[i]; }
    /// The largest value on [from, to).
    double maxOver(qint64 from, qint64 to) const;
    /// Adds a step at @p t (≥ the last one; the same time replaces it); unchanged values add none.
    void append(qint64 t, double value);
};
