#pragma once

#include "machineid.h"
#include "maintenancestatus.h"
#include "net/httpexchange.h"
#include "net/masterendpoint.h"
#include "schedule.h"

#include <QObject>

#include <functional>
#include <optional>

class LeaderTracker;
class QNetworkAccessManager;

/// The one client for a Mesos master, over both APIs: v0 endpoints and v1 `POST /api/v1`
/// (`Auto` speaks v1 and falls back to v0 when the master does not know it). Every operation takes
/// a context object: the request is owned by it, aborted with it, and its callback runs once.
class MasterClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Reply = std::function<void(std::optional<T> value, const MasterError &error)>;
    using Done = std::function<void(const MasterError &error)>;

    explicit MasterClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setEndpoint(const MasterEndpoint &endpoint);
    const MasterEndpoint &endpoint() const { return m_endpoint; }
    LeaderTracker *leaders() const { return m_leaders; }
    /// The API in use: the configured one, or for Auto what the master turned out to speak.
    MasterEndpoint::Api activeApi() const;

    void fetchSchedule(QObject *context, Reply<Schedule> reply);
    void postSchedule(const Schedule &schedule, QObject *context, Done done);
    void fetchStatus(QObject *context, Reply<MaintenanceStatus> reply);
    void startMaintenance(const QList<MachineId> &machines, QObject *context, Done done);
    void stopMaintenance(const QList<MachineId> &machines, QObject *context, Done done);
    /// Agent draining (Mesos 1.9+, v1 only whatever the API setting; API.md §6.11–6.12):
    /// DRAIN_AGENT kills the agent's tasks (each within @p maxGracePeriodNs when given) and
    /// leaves it DRAINED and deactivated, or with @p markGone removes it for good.
    void drainAgent(const QString &agentId, std::optional<qint64> maxGracePeriodNs, bool markGone,
                    QObject *context, Done done);
    void deactivateAgent(const QString &agentId, QObject *context, Done done);
    void reactivateAgent(const QString &agentId, QObject *context, Done done);
    /// The bulk cluster read for the monitor, unparsed (parsing happens off the UI thread):
    /// `/master/state-summary` with either API (see docs/decisions.md); @p api says which shape.
    /// With setTasksPerFramework(), v1 GET_STATE where the master speaks v1.
    void
    fetchClusterState(QObject *context,
                      std::function<void(const HttpResult &result, MasterEndpoint::Api api)> reply);
    /// Whether fetchClusterState() reads the v1 state, five times the size of the summary but
    /// with each framework's tasks per agent (named in stuck-drain alerts). For slipwayctl's
    /// alerts, watch and status, which have no event stream to count them.
    void setTasksPerFramework(bool on) { m_tasksPerFramework = on; }
    /// Any call, for tests and tools.
    void send(const HttpCall &call, QObject *context, HttpExchange::Callback done);

Q_SIGNALS:
    void leaderChanged(const QUrl &leader);
    /// A master redirected to the leader at @p to; requests that went to @p from go there now.
    void leaderMoved(const QUrl &from, const QUrl &to);
    void apiDetected(MasterEndpoint::Api api);

private:
    /// Sends @p v1 (or @p v0, per the API); for Auto, a 404 from /api/v1 switches to v0 for good.
    void sendEither(const HttpCall &v0, const HttpCall &v1, QObject *context,
                    std::function<void(const HttpResult &, MasterEndpoint::Api)> done);
    static HttpCall v1Call(const QByteArray &body, bool idempotent);

    QNetworkAccessManager *m_network;
    LeaderTracker *m_leaders;
    MasterEndpoint m_endpoint;
    std::optional<MasterEndpoint::Api> m_detected;
    bool m_tasksPerFramework = false;
};
