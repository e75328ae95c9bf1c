#include "simclock.h"

#include <QDateTime>

SimClock::SimClock(double speed, qint64 startNs)
    : m_baseNs(startNs >= 0 ? startNs : realNowNs())
    , m_speed(speed)
{
    m_real.start();
}

qint64 SimClock::realNowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000LL;
}

qint64 SimClock::nowNs() const
{
    return m_baseNs + qint64(double(m_real.nsecsElapsed()) * m_speed);
}

void SimClock::setSpeed(double speed)
{
    m_baseNs = nowNs();
    m_real.restart();
    m_speed = speed;
}

void SimClock::advance(qint64 ns)
{
    m_baseNs += ns;
}
