#include "live/drainhistory.h"

void DrainHistory::record(qint64 atMs, int tasks)
{
    if (m_samples.isEmpty())
        m_startedAtMs = atMs;
    const qsizetype n = m_samples.size();
    if (n >= 2 && m_samples[n - 1].tasks == tasks && m_samples[n - 2].tasks == tasks) {
        m_samples[n - 1].atMs = atMs;
        return;
    }
    m_samples.append({atMs, tasks});
    if (m_samples.size() > kMaxSamples)
        m_samples.remove(0, m_samples.size() - kMaxSamples);
}

double DrainHistory::ratePerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample &last = m_samples.constLast();
    const Sample *first = &last;
    for (qsizetype i = m_samples.size() - 1; i >= 0; --i) {
        if (last.atMs - m_samples[i].atMs > kRateWindowMs)
            break;
        first = &m_samples[i];
    }
    if (first == &last) // only one sample inside the window: use the one before it
        first = &m_samples[m_samples.size() - 2];
    const qint64 dt = last.atMs - first->atMs;
    if (dt <= 0)
        return 0;
    const double rate = double(first->tasks - last.tasks) * 1000.0 / double(dt);
    return rate > 0 ? rate : 0;
}

std::optional<qint64> DrainHistory::etaMs() const
{
    if (m_samples.isEmpty())
        return std::nullopt;
    const Sample &last = m_samples.constLast();
    if (last.tasks <= 0)
        return last.atMs;
    const double rate = ratePerSecond();
    if (rate <= 0)
        return std::nullopt;
    return last.atMs + qint64(double(last.tasks) / rate * 1000.0);
}
