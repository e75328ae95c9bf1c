#include "monitor/clustermonitor.h"

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
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClusterMonitor::startCycle);
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
    refreshNow();
}

void ClusterMonitor::stop()
{
    m_timer.stop();
    delete m_inFlight;
    setConnectionState(ConnectionState::Idle);
}

void ClusterMonitor::refreshNow()
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
    m_inFlight = cycle;

    m_client->fetchClusterState(cycle, [this, cycle](const HttpResult &r, MasterEndpoint::Api api) {
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
    if (cycle->failed || cycle->generation != m_generation)
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
    auto *watcher = new QFutureWatcher<Built>(cycle);
    connect(watcher, &QFutureWatcherBase::finished, cycle, [this, cycle, watcher] {
        if (cycle->generation != m_generation)
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
