#include "planning/stepfunction.h"

#include <algorithm>

qsizetype StepFunction::indexAt(qint64 t) const
{
    return std::upper_bound(times.cbegin(), times.cend(), t) - times.cbegin() - 1;
}

double StepFunction::valueAt(qint64 t) const
{
    return valueOfStep(indexAt(t));
}

double StepFunction::maxOver(qint64 from, qint64 to) const
{
    qsizetype i = indexAt(from);
    double best = valueOfStep(i);
    for (++i; i < times.size() && times[i] < to; ++i)
        best = std::max(best, values[i]);
    return best;
}

void StepFunction::append(qint64 t, double value)
{
    if (!times.isEmpty() && times.constLast() == t) {
        values.last() = value;
        const double before = values.size() > 1 ? values[values.size() - 2] : base;
        if (before == value) {
            times.removeLast();
            values.removeLast();
        }
        return;
    }
    if (value == (values.isEmpty() ? base : values.constLast()))
        return;
    times.append(t);
    values.append(value);
}
