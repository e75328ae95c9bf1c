#include "monitor/clustermonitor.h"

#include "live/eventapplier.h"
#include "net/eventsubscription.h"
#include "net/masterclient.h"
#include "json/clusterstatereader.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcMonitor, "slipway.monitor", QtInfoMsg)

/// One refresh in flight: its replies are owned by this object, and dropping it aborts them.
struct ClusterMonitor::Cycle : QObject
{
    quint64 generation = 0;
    bool streaming = false; ///< agents and tasks come from the stream: only maintenance is read
    int pending = 3;
    QByteArray clusterBody;
    MasterEndpoint::Api clusterApi = MasterEndpoint::Api::V0;
    std::optional<MaintenanceStatus> status;
    std::optional<Schedule> schedule;
    bool failed = false;
};

namespace {

using Built = std::shared_ptr<Result<LiveSnapshot>>;

// Runs on the thread pool: the heavy part of a refresh (parse 10 MB, join 10,000 machines).
Built build(const QByteArray &body, MasterEndpoint::Api api, MaintenanceStatus status,
            Schedule schedule)
{
    Result<ClusterState> cluster = api == MasterEndpoint::Api::V0
        ? ClusterStateReader::readStateSummary(body)
        : ClusterStateReader::readV1State(body);
    if (!cluster)
        return std::make_shared<Result<LiveSnapshot>>(cluster.error());
    return std::make_shared<Result<LiveSnapshot>>(
        LiveSnapshot::join(std::move(cluster).value(), std::move(status), std::move(schedule)));
}

} // namespace

ClusterMonitor::ClusterMonitor(MasterClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_events(new EventSubscription(client, this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClusterMonitor::startCycle);
    for (QTimer *t : {&m_flushTimer, &m_reconcileTimer, &m_streamRetry, &m_historyTimer})
        t->setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &ClusterMonitor::flush);
    connect(&m_reconcileTimer, &QTimer::timeout, m_events, &EventSubscription::resubscribe);
    connect(&m_streamRetry, &QTimer::timeout, this, [this] {
        if (m_mode == LiveMode::Polling)
            startStream();
    });
    connect(&m_historyTimer, &QTimer::timeout, this, [this] {
        m_lastHistoryMs = QDateTime::currentMSecsSinceEpoch();
        if (m_snapshot)
            recordHistories(*m_snapshot);
    });
    connect(m_events, &EventSubscription::subscribed, this, &ClusterMonitor::handleSubscribed);
    connect(m_events, &EventSubscription::eventReceived, this, &ClusterMonitor::handleEvent);
    connect(m_events, &EventSubscription::dropped, this, &ClusterMonitor::handleDrop);
    connect(m_events, &EventSubscription::stateChanged, this, [this](EventSubscription::State s) {
        if (s == EventSubscription::State::Connecting)
            dropStreamState();
        if (streaming())
            Q_EMIT liveModeChanged(m_mode); // connecting or streaming: liveModeText() changed
    });
    connect(m_events, &EventSubscription::refused, this, [this](const MasterError &e) {
        fallBack(e.httpStatus ? tr("event stream refused (HTTP %1)").arg(e.httpStatus)
                              : tr("event stream refused (%1)").arg(e.describe()),
                 false);
    });
}

ClusterMonitor::~ClusterMonitor() = default;

void ClusterMonitor::setInterval(int ms)
{
    m_intervalMs = qMax(250, ms);
}

int ClusterMonitor::effectiveInterval() const
{
    // Like the Mesos web UI, ask a large cluster's master less often.
    const qsizetype agents = m_snapshot ? m_snapshot->cluster.agents.size() : 0;
    int floor = 0;
    if (agents >= 20000)
        floor = 15000;
    else if (agents >= 10000)
        floor = 10000;
    else if (agents >= 5000)
        floor = 5000;
    return qMax(m_intervalMs, floor);
}

void ClusterMonitor::start()
{
    setConnectionState(ConnectionState::Connecting);
    if (m_streamWanted)
        startStream(); // reads too
    else
        setLiveMode(LiveMode::Polling);
    restartCycle();
}

void ClusterMonitor::stop()
{
    m_timer.stop();
    delete m_inFlight;
    m_events->stop();
    for (QTimer *t : {&m_flushTimer, &m_reconcileTimer, &m_streamRetry, &m_historyTimer})
        t->stop();
    m_applier.reset();
    m_subscribed.reset();
    m_pending.clear();
    m_drops.clear();
    ++m_build;
    m_building = false;
    setLiveMode(LiveMode::Off);
    setConnectionState(ConnectionState::Idle);
}

void ClusterMonitor::refreshNow()
{
    restartCycle();
}

void ClusterMonitor::reload()
{
    if (streaming())
        m_events->resubscribe(); // the full read
    restartCycle();
}

void ClusterMonitor::restartCycle()
{
    m_timer.stop();
    startCycle();
}

void ClusterMonitor::startCycle()
{
    delete m_inFlight; // abandons (aborts) a refresh still running
    auto *cycle = new Cycle;
    cycle->setParent(this);
    cycle->generation = ++m_generation;
    cycle->streaming = streaming();
    cycle->pending = cycle->streaming ? 2 : 3;
    m_inFlight = cycle;

    if (!cycle->streaming)
        m_client->fetchClusterState(cycle,
                                    [this, cycle](const HttpResult &r, MasterEndpoint::Api api) {
                                        if (r.error.isError())
                                            return fail(cycle, r.error);
                                        cycle->clusterBody = r.body;
                                        cycle->clusterApi = api;
                                        if (--cycle->pending == 0)
                                            finishCycle(cycle);
                                    });
    m_client->fetchStatus(cycle,
                          [this, cycle](std::optional<MaintenanceStatus> s, const MasterError &e) {
                              if (e.isError())
                                  return fail(cycle, e);
                              cycle->status = std::move(s);
                              if (--cycle->pending == 0)
                                  finishCycle(cycle);
                          });
    m_client->fetchSchedule(cycle, [this, cycle](std::optional<Schedule> s, const MasterError &e) {
        if (e.isError())
            return fail(cycle, e);
        cycle->schedule = std::move(s);
        if (--cycle->pending == 0)
            finishCycle(cycle);
    });
}

void ClusterMonitor::fail(Cycle *cycle, const MasterError &error)
{
    if (cycle->failed || m_inFlight != cycle)
        return;
    cycle->failed = true;
    cycle->deleteLater();
    const bool news = error.describe() != m_lastError.describe();
    m_lastError = error;
    qCWarning(lcMonitor) << "refresh failed:" << error.describe();
    // Back off while the master is unreachable, as the web UI does, up to a minute. Before the
    // signals: a handler may stop() the monitor (to ask for a password) and must have the last
    // word, or polling (and asking) would start again after a cancel.
    m_timer.start(qMin(60000, effectiveInterval() * 2));
    if (m_state == ConnectionState::Failing) {
        if (news) // e.g. unreachable, then 401 or a TLS error: the new reason replaces the old
            Q_EMIT connectionStateChanged(m_state);
    } else {
        setConnectionState(ConnectionState::Failing);
    }
    Q_EMIT refreshFailed(error);
}

void ClusterMonitor::finishCycle(Cycle *cycle)
{
    if (cycle->streaming) {
        cycle->deleteLater();
        m_lastError = {};
        setConnectionState(ConnectionState::Connected);
        maintenanceRead(std::move(*cycle->status), std::move(*cycle->schedule));
        m_timer.start(effectiveInterval());
        return;
    }
    auto *watcher = new QFutureWatcher<Built>(cycle);
    connect(watcher, &QFutureWatcherBase::finished, cycle, [this, cycle, watcher] {
        if (m_inFlight != cycle)
            return; // stale: a newer refresh was started
        const Built built = watcher->result();
        if (!built->ok())
            return fail(cycle, {MasterError::Kind::BadReply, 200, built->error().describe(), {}});
        cycle->deleteLater();
        std::unique_ptr<LiveSnapshot> previous = std::move(m_snapshot);
        m_snapshot = std::make_unique<LiveSnapshot>(std::move(*built).value());
        m_snapshot->generation = cycle->generation;
        m_snapshot->takenAtMs = QDateTime::currentMSecsSinceEpoch();
        m_lastError = {};
        recordHistories(*m_snapshot);
        setConnectionState(ConnectionState::Connected);
        Q_EMIT snapshotReady(*m_snapshot);
        releaseInBackground(std::move(previous));
        m_timer.start(effectiveInterval());
    });
    watcher->setFuture(QtConcurrent::run(build, std::move(cycle->clusterBody), cycle->clusterApi,
                                         std::move(*cycle->status), std::move(*cycle->schedule)));
}

void ClusterMonitor::releaseInBackground(std::unique_ptr<LiveSnapshot> snapshot)
{
    // Freeing 10,000 agents' strings takes milliseconds. Consumers have just swapped their
    // (implicitly shared) copies for the new snapshot's, so the last references to the old data
    // are ours: drop them on the thread pool, not on the UI thread.
    if (!snapshot)
        return;
    std::shared_ptr<LiveSnapshot> old(std::move(snapshot));
    QThreadPool::globalInstance()->start([old = std::move(old)] {});
}

void ClusterMonitor::recordHistories(const LiveSnapshot &snapshot)
{
    snapshot.recordDrainHistories(m_histories);
    Q_EMIT drainHistoriesChanged();
}

void ClusterMonitor::setConnectionState(ConnectionState state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT connectionStateChanged(state);
}
