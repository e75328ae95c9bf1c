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
#include <optional>

class EventApplier;
class EventSubscription;
class MasterClient;
struct MasterEvent;

/// Polls the master for agents, frameworks, tasks per agent, the schedule and the maintenance
/// status; parses and joins off the UI thread; drops stale results by generation; and keeps, per
/// draining machine, the history of tasks remaining. Consumers apply `snapshotReady` as minimal
/// model updates.
///
/// With the event stream on (setEventStream), agents, tasks and frameworks come from the master's
/// v1 `SUBSCRIBE` stream instead: its SUBSCRIBED state is the full read (again after every
/// reconnect and every reconcileInterval()), events are applied in place and published at most
/// once per kCoalesceMs, and only the maintenance status and schedule, which the stream does not
/// carry, are still read at the refresh interval. A master that refuses the stream, or a stream
/// that keeps dropping, is polled instead; liveMode() says which and why.
class ClusterMonitor : public QObject
{
    Q_OBJECT

public:
    enum class ConnectionState { Idle, Connecting, Connected, Failing };
    Q_ENUM(ConnectionState)
    enum class LiveMode { Off, Stream, Polling };
    Q_ENUM(LiveMode)

    static constexpr int kCoalesceMs = 100;
    static constexpr int kMaxDrops = 3; ///< more drops than this within kDropWindowMs: poll
    static constexpr int kDropWindowMs = 180000;
    static constexpr int kStreamRetryMs = 300000; ///< after falling back for drops, try again
    static constexpr int kMaxPending = 100000; ///< events held while a state is being applied

    explicit ClusterMonitor(MasterClient *client, QObject *parent = nullptr);
    ~ClusterMonitor() override;

    /// The configured polling interval (default 2 s); large clusters are polled more slowly.
    void setInterval(int ms);
    int interval() const { return m_intervalMs; }
    /// The interval actually used, after slowing down for cluster size.
    int effectiveInterval() const;

    /// Follows the event stream when the master speaks v1 (off by default: plain polling).
    void setEventStream(bool on);
    /// The full read while streaming: a fresh SUBSCRIBE (default 60 s, 5 min from 5,000 agents).
    void setReconcileInterval(int ms) { m_reconcileMs = qMax(1000, ms); }
    int reconcileInterval() const;
    LiveMode liveMode() const { return m_mode; }
    /// Why the monitor polls although the stream is on (empty otherwise).
    QString pollingReason() const { return m_pollingReason; }
    /// The live mode in words, e.g. "Live: event stream" or
    /// "Polling every 2 s: event stream refused (HTTP 403)"; empty when stopped.
    QString liveModeText() const;
    EventSubscription *eventSubscription() const { return m_events; }

    void start();
    void stop();
    /// Starts a refresh now; one still in flight is abandoned (its replies are dropped). While
    /// streaming, that reads the maintenance status and schedule (what a change made here needs).
    void refreshNow();
    /// refreshNow(), and while streaming a new SUBSCRIBE too: everything read again (the
    /// Refresh command).
    void reload();

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
    /// Streaming or polling, or why polling (liveModeText()) changed.
    void liveModeChanged(ClusterMonitor::LiveMode mode);

private:
    struct Cycle;
    void restartCycle();
    void startCycle();
    void finishCycle(Cycle *cycle);
    void fail(Cycle *cycle, const MasterError &error);
    void setConnectionState(ConnectionState state);
    void recordHistories(const LiveSnapshot &snapshot);
    static void releaseInBackground(std::unique_ptr<LiveSnapshot> snapshot);
    void publish(const LiveSnapshot &snapshot);
    void republish();
    void recordHistoriesInRhythm(qint64 now);
    // The event stream (clustermonitorstream.cpp).
    bool streaming() const { return m_mode == LiveMode::Stream; }
    int reconcileIntervalFor(qsizetype agents) const;
    void setLiveMode(LiveMode mode, const QString &reason = QString());
    void startStream();
    void fallBack(const QString &reason, bool retryLater);
    void handleSubscribed(const std::shared_ptr<MasterEvent> &event);
    void handleEvent(const MasterEvent &event);
    void handleDrop();
    /// Forgets what the old stream built (applier, pending events) when a new one is opened.
    void dropStreamState();
    void maintenanceRead(MaintenanceStatus status, Schedule schedule);
    void buildApplier();
    void markDirty();
    void flush();

    MasterClient *m_client;
    QTimer m_timer;
    int m_intervalMs = 2000;
    quint64 m_generation = 0;
    QPointer<QObject> m_inFlight;
    ConnectionState m_state = ConnectionState::Idle;
    std::unique_ptr<LiveSnapshot> m_snapshot;
    QHash<MachineId, DrainHistory> m_histories;
    MasterError m_lastError;

    EventSubscription *m_events;
    bool m_streamWanted = false;
    LiveMode m_mode = LiveMode::Off;
    QString m_pollingReason;
    std::shared_ptr<EventApplier> m_applier;
    std::shared_ptr<MasterEvent> m_subscribed; ///< a new stream's state, not yet applied
    quint64 m_build = 0; ///< bumped per applier build: a stale build is dropped
    bool m_building = false;
    QList<MasterEvent> m_pending; ///< events behind a SUBSCRIBED still being applied
    std::optional<MaintenanceStatus> m_status; ///< the latest maintenance reads, while streaming
    std::optional<Schedule> m_schedule;
    QList<qint64> m_drops; ///< when the stream dropped, within kDropWindowMs
    QTimer m_flushTimer;
    QTimer m_reconcileTimer;
    QTimer m_streamRetry;
    QTimer m_historyTimer;
    qint64 m_lastPublishMs = 0;
    qint64 m_lastHistoryMs = 0;
    int m_reconcileMs = 60000;
};
