#pragma once

#include <QtGlobal>

#include <limits>
#include <map>
#include <optional>

/// An editable piecewise-constant function of time for the planner: `base` before the first
/// key, then the value stored at each key until the next. Adding a window touches only the
/// keys inside it, so a plan of thousands of windows is built in O(windows × overlap × log).
class StepMap
{
public:
    static constexpr qint64 kForever = std::numeric_limits<qint64>::max();

    double base = 0;

    double valueAt(qint64 t) const;
    /// Adds @p delta on [from, to) (to = kForever: from @p from on).
    void add(qint64 from, qint64 to, double delta);
    double maxOver(qint64 from, qint64 to) const;
    /// The first key after @p t.
    std::optional<qint64> nextKeyAfter(qint64 t) const;
    /// Calls @p f(a, b, value) for each constant piece of [from, to).
    template<typename F>
    void forEachPiece(qint64 from, qint64 to, F f) const
    {
        auto it = m_steps.upper_bound(from);
        qint64 a = from;
        double v = it == m_steps.begin() ? base : std::prev(it)->second;
        for (; it != m_steps.end() && it->first < to; ++it) {
            f(a, it->first, v);
            a = it->first;
            v = it->second;
        }
        f(a, to, v);
    }

private:
    void split(qint64 t);
    std::map<qint64, double> m_steps;
};
