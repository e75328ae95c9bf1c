// ClusterMonitor, second part: following the master's event stream (see the class comment).

#include "monitor/clustermonitor.h"

#include "live/eventapplier.h"
#include "net/eventsubscription.h"
#include "net/masterclient.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcMonitor)

namespace {

// A SUBSCRIBED state is parsed and counted on pool threads, whose malloc arenas keep what was
// freed: after a full read at 10,000 agents that is tens of MB of resident memory nobody uses.
// Hand it back to the system a little later, when the old state is surely gone.
void trimHeapSoon(QObject *context)
{
#ifdef __GLIBC__
    QTimer::singleShot(2000, context,
                       [] { QThreadPool::globalInstance()->start([] { malloc_trim(0); }); });
#else
    Q_UNUSED(context)
#endif
}

} // namespace

void ClusterMonitor::setEventStream(bool on)
{
    m_streamWanted = on;
}

int ClusterMonitor::reconcileInterval() const
{
    return reconcileIntervalFor(m_snapshot ? m_snapshot->cluster.agents.size() : 0);
}

int ClusterMonitor::reconcileIntervalFor(qsizetype agents) const
{
    // A SUBSCRIBED state is tens of MB at 10,000 agents: ask a large cluster's master less often.
    return agents >= 5000 ? qMax(m_reconcileMs, 300000) : m_reconcileMs;
}

QString ClusterMonitor::liveModeText() const
{
    switch (m_mode) {
    case LiveMode::Off:
        return QString();
    case LiveMode::Stream:
        return m_events->state() == EventSubscription::State::Streaming && m_applier
            ? tr("Live: event stream")
            : tr("Live: event stream (connecting…)");
    case LiveMode::Polling: {
        const QString every = QString::number(effectiveInterval() / 1000.0, 'g', 3);
        return m_pollingReason.isEmpty() ? tr("Polling every %1 s").arg(every)
                                         : tr("Polling every %1 s: %2").arg(every, m_pollingReason);
    }
    }
    return QString();
}

void ClusterMonitor::setLiveMode(LiveMode mode, const QString &reason)
{
    if (mode == m_mode && reason == m_pollingReason)
        return;
    m_mode = mode;
    m_pollingReason = reason;
    Q_EMIT liveModeChanged(mode);
}

void ClusterMonitor::startStream()
{
    if (m_client->activeApi() == MasterEndpoint::Api::V0) {
        fallBack(tr("the master speaks only the v0 API"), false);
        return;
    }
    m_streamRetry.stop();
    setLiveMode(LiveMode::Stream);
    m_events->start();
}

void ClusterMonitor::fallBack(const QString &reason, bool retryLater)
{
    qCInfo(lcMonitor) << "polling:" << reason;
    m_events->stop();
    m_flushTimer.stop();
    m_reconcileTimer.stop();
    m_applier.reset();
    m_subscribed.reset();
    m_pending.clear();
    ++m_build;
    m_building = false;
    m_status.reset();
    m_schedule.reset();
    const bool wasStreaming = streaming();
    setLiveMode(LiveMode::Polling, reason);
    if (retryLater)
        m_streamRetry.start(kStreamRetryMs);
    if (wasStreaming && m_state != ConnectionState::Idle) {
        // A full poll now, not at the next maintenance read; from the event loop, as this runs
        // inside the network reply that ended the stream.
        QTimer::singleShot(0, this, [this] {
            if (m_mode == LiveMode::Polling && m_state != ConnectionState::Idle)
                restartCycle();
        });
    }
}

void ClusterMonitor::dropStreamState()
{
    // A new stream is being opened: its SUBSCRIBED replaces everything the old one built. Let
    // that go now rather than once the new state is built, or both are in memory together (tens
    // of MB at 10,000 agents). The published snapshot stays on screen meanwhile.
    if (m_flushTimer.isActive()) { // what the old stream changed is shown until the new state
        m_flushTimer.stop();
        flush();
    }
    m_subscribed.reset();
    m_pending.clear();
    ++m_build;
    m_building = false;
    if (m_applier) {
        QThreadPool::globalInstance()->start([old = std::move(m_applier)] {}); // off this thread
        trimHeapSoon(this);
    }
}

void ClusterMonitor::handleDrop()
{
    if (!streaming())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_drops.removeIf([now](qint64 at) { return now - at > kDropWindowMs; });
    m_drops.append(now);
    if (m_drops.size() > kMaxDrops) {
        m_drops.clear();
        fallBack(tr("event stream dropped %1 times in %2 min")
                     .arg(kMaxDrops + 1)
                     .arg(kDropWindowMs / 60000),
                 true);
    }
}

void ClusterMonitor::handleSubscribed(const std::shared_ptr<MasterEvent> &event)
{
    if (!streaming())
        return;
    // A new stream: the events of the old one no longer apply. Its state is joined with fresh
    // maintenance reads, so that the full read after a (re)connect covers everything.
    m_subscribed = event;
    m_pending.clear();
    ++m_build;
    m_building = false;
    m_reconcileTimer.start(reconcileIntervalFor(event->cluster.agents.size()));
    restartCycle();
}

void ClusterMonitor::handleEvent(const MasterEvent &event)
{
    if (!streaming())
        return;
    if (m_subscribed || m_building || !m_applier) {
        m_pending.append(event);
        if (m_pending.size() > kMaxPending) {
            // The maintenance reads keep failing while the stream flows: rather than hold
            // events without end, start from a new state once they succeed.
            m_pending.clear();
            m_events->resubscribe();
        }
        return;
    }
    if (m_applier->apply(event))
        markDirty();
}

void ClusterMonitor::maintenanceRead(MaintenanceStatus status, Schedule schedule)
{
    m_status = std::move(status);
    m_schedule = std::move(schedule);
    if (m_subscribed)
        buildApplier();
    else if (m_applier && !m_building) {
        if (m_applier->setMaintenance(*m_status, *m_schedule))
            markDirty();
        else if (!m_flushTimer.isActive())
            republish();
    }
}

void ClusterMonitor::buildApplier()
{
    // Counting 100,000 tasks and joining 10,000 machines takes tens of ms: on the thread pool.
    std::shared_ptr<MasterEvent> state = std::exchange(m_subscribed, nullptr);
    const quint64 build = ++m_build;
    m_building = true;
    using Built = std::shared_ptr<EventApplier>;
    auto *watcher = new QFutureWatcher<Built>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, build] {
        watcher->deleteLater();
        if (build != m_build || !streaming())
            return;
        m_building = false;
        const bool first = !m_applier;
        std::shared_ptr<EventApplier> old = std::exchange(m_applier, watcher->result());
        if (first)
            Q_EMIT liveModeChanged(m_mode); // "connecting" is over
        for (const MasterEvent &event : std::as_const(m_pending))
            m_applier->apply(event);
        m_pending.clear();
        m_flushTimer.stop();
        flush();
        QThreadPool::globalInstance()->start([old = std::move(old)] {}); // freed off this thread
        trimHeapSoon(this);
    });
    watcher->setFuture(QtConcurrent::run([state = std::move(state), status = *m_status,
                                          schedule = *m_schedule] {
        // Nobody else holds the state by now: take its agents rather than copy 10,000 of them.
        ClusterState cluster
            = state.use_count() == 1 ? std::move(state->cluster) : ClusterState(state->cluster);
        return std::make_shared<EventApplier>(std::move(cluster), state->tasks, status, schedule);
    }));
}

void ClusterMonitor::markDirty()
{
    if (m_flushTimer.isActive())
        return;
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - m_lastPublishMs;
    m_flushTimer.start(int(qBound(qint64(0), qint64(kCoalesceMs) - since, qint64(kCoalesceMs))));
}

void ClusterMonitor::flush()
{
    if (!m_applier)
        return;
    publish(m_applier->snapshot());
    // The published snapshot shares the applier's lists; copy them on the pool before the next
    // event would, on this thread.
    using Lists = EventApplier::Lists;
    auto *watcher = new QFutureWatcher<Lists>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, applier = std::weak_ptr<EventApplier>(m_applier)] {
                watcher->deleteLater();
                if (!applier.expired() && applier.lock() == m_applier)
                    m_applier->adopt(watcher->result());
            });
    watcher->setFuture(QtConcurrent::run([lists = m_applier->sharedLists()]() mutable {
        EventApplier::copyLists(lists);
        return lists;
    }));
}

void ClusterMonitor::republish()
{
    // Nothing changed, but time passed: while the stream is quiet, this is what keeps the drain
    // histories sampling (a drain that stopped falling is still a sample), the time-based alerts
    // judged and "refreshed" current — at the refresh interval, as polling. The snapshot already
    // published is still right, so it is sent again as it is: no copy of its lists.
    if (!m_snapshot)
        return;
    m_snapshot->takenAtMs = QDateTime::currentMSecsSinceEpoch();
    recordHistoriesInRhythm(m_snapshot->takenAtMs);
    Q_EMIT snapshotReady(*m_snapshot);
}

void ClusterMonitor::recordHistoriesInRhythm(qint64 now)
{
    // Histories keep the polling rhythm: a burst of events is one sample, not hundreds.
    if (now - m_lastHistoryMs >= m_intervalMs) {
        m_historyTimer.stop();
        m_lastHistoryMs = now;
        recordHistories(*m_snapshot);
    } else if (!m_historyTimer.isActive()) {
        m_historyTimer.start(int(m_intervalMs - (now - m_lastHistoryMs)));
    }
}

void ClusterMonitor::publish(const LiveSnapshot &snapshot)
{
    std::unique_ptr<LiveSnapshot> previous = std::move(m_snapshot);
    m_snapshot = std::make_unique<LiveSnapshot>(snapshot); // shares the applier's lists
    m_snapshot->generation = ++m_generation;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_snapshot->takenAtMs = now;
    m_lastPublishMs = now;
    recordHistoriesInRhythm(now);
    Q_EMIT snapshotReady(*m_snapshot);
    releaseInBackground(std::move(previous));
}
