#include "planning/stepmap.h"

#include <algorithm>

double StepMap::valueAt(qint64 t) const
{
    auto it = m_steps.upper_bound(t);
    return it == m_steps.begin() ? base : std::prev(it)->second;
}

void StepMap::split(qint64 t)
{
    if (t != kForever && !m_steps.contains(t))
        m_steps.emplace(t, valueAt(t));
}

void StepMap::add(qint64 from, qint64 to, double delta)
{
    if (to <= from)
        return;
    split(from);
    split(to);
    for (auto it = m_steps.find(from); it != m_steps.end() && it->first < to; ++it)
        it->second += delta;
}

double StepMap::maxOver(qint64 from, qint64 to) const
{
    auto it = m_steps.upper_bound(from);
    double best = it == m_steps.begin() ? base : std::prev(it)->second;
    for (; it != m_steps.end() && it->first < to; ++it)
        best = std::max(best, it->second);
    return best;
}

std::optional<qint64> StepMap::nextKeyAfter(qint64 t) const
{
    auto it = m_steps.upper_bound(t);
    if (it == m_steps.end())
        return std::nullopt;
    return it->first;
}
