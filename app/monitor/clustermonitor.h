#pragma once

#include "live/drainhistory.h"
#include "live/livesnapshot.h"
#include "net/mastererror.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class MasterClient;

/// Polls the master for agents, frameworks, tasks per agent, the schedule and the maintenance
/// status; parses and joins off the UI thread; drops stale results by generation; and keeps, per
/// draining machine, the history of tasks remaining. Consumers apply `snapshotReady` as minimal
/// model updates.
class ClusterMonitor : public QObject
{
    Q_OBJECT

public:
    enum class ConnectionState { Idle, Connecting, Connected, Failing };
    Q_ENUM(ConnectionState)

    explicit ClusterMonitor(MasterClient *client, QObject *parent = nullptr);
    ~ClusterMonitor() override;

    /// The configured polling interval (default 2 s); large clusters are polled more slowly.
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }
    /// The interval actually used, after slowing down for cluster size.
    int effectiveInterval() const;

    void start();
    void stop();
    /// Starts a refresh now; one still in flight is abandoned (its replies are dropped).
    void refreshNow();

    ConnectionState connectionState() const { return m_state; }
    const LiveSnapshot *snapshot() const { return m_snapshot.get(); }
    MasterError lastError() const { return m_lastError; }
    const QHash<MachineId, DrainHistory> &drainHistories() const { return m_histories; }

Q_SIGNALS:
    void snapshotReady(const LiveSnapshot &snapshot);
    void drainHistoriesChanged();
    void refreshFailed(const MasterError &error);
    /// The state changed, or while Failing, the reason did (lastError() says which).
    void connectionStateChanged(ClusterMonitor::ConnectionState state);

private:
    struct Cycle;
    void startCycle();
    void finishCycle(Cycle *cycle);
    void fail(Cycle *cycle, const MasterError &error);
    void setConnectionState(ConnectionState state);
    void recordHistories(const LiveSnapshot &snapshot);
    static void releaseInBackground(std::unique_ptr<LiveSnapshot> snapshot);

    MasterClient *m_client;
    QTimer m_timer;
    int m_intervalMs = 2000;
    quint64 m_generation = 0;
    QPointer<QObject> m_inFlight;
    ConnectionState m_state = ConnectionState::Idle;
    std::unique_ptr<LiveSnapshot> m_snapshot;
    QHash<MachineId, DrainHistory> m_histories;
    MasterError m_lastError;
};
