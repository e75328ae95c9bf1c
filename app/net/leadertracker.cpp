#include "net/leadertracker.h"

LeaderTracker::LeaderTracker(QObject *parent)
    : QObject(parent)
{ }

void LeaderTracker::setMasters(const QList<QUrl> &masters)
{
    m_masters = masters;
    m_current = 0;
    if (!m_leader.isEmpty()) {
        m_leader.clear();
        Q_EMIT leaderChanged(m_leader);
    }
}

QUrl LeaderTracker::base() const
{
    if (!m_leader.isEmpty())
        return m_leader;
    if (m_masters.isEmpty())
        return QUrl();
    return m_masters.at(m_current % m_masters.size());
}

void LeaderTracker::setLeader(const QUrl &leader)
{
    if (leader == m_leader)
        return;
    const QUrl from = base();
    m_leader = leader;
    Q_EMIT leaderChanged(m_leader);
    if (!leader.isEmpty() && leader != from)
        Q_EMIT leaderMoved(from, leader);
}

void LeaderTracker::markUnreachable(const QUrl &base)
{
    if (!m_leader.isEmpty() && base == m_leader) {
        m_leader.clear();
        Q_EMIT leaderChanged(m_leader);
        return;
    }
    if (!m_masters.isEmpty() && base == m_masters.at(m_current % m_masters.size()))
        m_current = (m_current + 1) % m_masters.size();
}
