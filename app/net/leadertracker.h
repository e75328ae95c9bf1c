#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

/// Which master to ask: the leader once known (from a 307 or `/redirect`), else the configured
/// masters in turn. When the leader stops answering, it falls back to the configured list.
class LeaderTracker : public QObject
{
    Q_OBJECT

public:
    explicit LeaderTracker(QObject *parent = nullptr);

    void setMasters(const QList<QUrl> &masters);
    QList<QUrl> masters() const { return m_masters; }

    /// The base URL to send the next request to.
    QUrl base() const;
    QUrl leader() const { return m_leader; }

    /// A master redirected us to @p leader (scheme, host and port only).
    void setLeader(const QUrl &leader);
    /// @p base did not answer: forget it as leader, or move on to the next configured master.
    void markUnreachable(const QUrl &base);

Q_SIGNALS:
    void leaderChanged(const QUrl &leader);
    /// A master said the leader is elsewhere: requests now go to @p to instead of @p from.
    void leaderMoved(const QUrl &from, const QUrl &to);

private:
    QList<QUrl> m_masters;
    qsizetype m_current = 0;
    QUrl m_leader;
};
