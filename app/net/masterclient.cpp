#include "net/masterclient.h"

#include "net/leadertracker.h"
#include "json/schedulecodec.h"
#include "json/v1codec.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {

MasterError badReply(const JsonError &e)
{
    return {MasterError::Kind::BadReply, 200, e.describe(), {}};
}

// Mutations answer 200 with an empty body; anything else 2xx is still success.
MasterError mutationOutcome(const HttpResult &r)
{
    if (r.error.isError())
        return r.error;
    if (r.status != 200 && r.status != 202)
        return {MasterError::Kind::Http, r.status, QString::fromUtf8(r.body), {}};
    return {};
}

HttpCall v0Post(const QString &path, const QByteArray &body)
{
    HttpCall call;
    call.method = "POST";
    call.path = path;
    call.body = body;
    call.contentType = "application/json";
    call.idempotent = false;
    return call;
}

} // namespace

MasterClient::MasterClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_leaders(new LeaderTracker(this))
{
    connect(m_leaders, &LeaderTracker::leaderChanged, this, &MasterClient::leaderChanged);
    connect(m_leaders, &LeaderTracker::leaderMoved, this, &MasterClient::leaderMoved);
}

void MasterClient::setEndpoint(const MasterEndpoint &endpoint)
{
    // Open connections keep the TLS settings they were made with: a CA file added after a
    // certificate error must apply to the next request, not after the connections time out.
    if (endpoint.caFile != m_endpoint.caFile || endpoint.verifyTls != m_endpoint.verifyTls)
        m_network->clearConnectionCache();
    m_endpoint = endpoint;
    m_detected.reset();
    m_leaders->setMasters(endpoint.masters);
}

MasterEndpoint::Api MasterClient::activeApi() const
{
    if (m_endpoint.api != MasterEndpoint::Api::Auto)
        return m_endpoint.api;
    return m_detected.value_or(MasterEndpoint::Api::V1);
}

void MasterClient::send(const HttpCall &call, QObject *context, HttpExchange::Callback done)
{
    auto *exchange
        = new HttpExchange(m_network, m_leaders, m_endpoint, call, std::move(done), context);
    exchange->start();
}

HttpCall MasterClient::v1Call(const QByteArray &body, bool idempotent)
{
    HttpCall call;
    call.method = "POST";
    call.path = u"/api/v1"_s;
    call.body = body;
    call.contentType = "application/json";
    call.accept = "application/json";
    call.idempotent = idempotent;
    return call;
}

void MasterClient::sendEither(const HttpCall &v0, const HttpCall &v1, QObject *context,
                              std::function<void(const HttpResult &, MasterEndpoint::Api)> done)
{
    const MasterEndpoint::Api api = activeApi();
    if (api == MasterEndpoint::Api::V0) {
        send(v0, context, [done](const HttpResult &r) { done(r, MasterEndpoint::Api::V0); });
        return;
    }
    const bool probing = m_endpoint.api == MasterEndpoint::Api::Auto && !m_detected;
    QPointer<QObject> guard(context);
    send(v1, context, [this, v0, context, guard, probing, done](const HttpResult &r) {
        if (probing && (r.status == 404 || r.status == 405)) {
            m_detected = MasterEndpoint::Api::V0;
            Q_EMIT apiDetected(*m_detected);
            if (guard)
                send(v0, context,
                     [done](const HttpResult &r0) { done(r0, MasterEndpoint::Api::V0); });
            return;
        }
        if (probing && r.status >= 200 && r.status < 300) {
            m_detected = MasterEndpoint::Api::V1;
            Q_EMIT apiDetected(*m_detected);
        }
        done(r, MasterEndpoint::Api::V1);
    });
}

void MasterClient::fetchSchedule(QObject *context, Reply<Schedule> reply)
{
    HttpCall v0;
    v0.path = u"/master/maintenance/schedule"_s;
    sendEither(v0, v1Call(V1Codec::encodeCall(u"GET_MAINTENANCE_SCHEDULE"_s), true), context,
               [reply](const HttpResult &r, MasterEndpoint::Api api) {
                   if (r.error.isError())
                       return reply(std::nullopt, r.error);
                   Result<Schedule> s = api == MasterEndpoint::Api::V0
                       ? ScheduleCodec::decodeSchedule(r.body)
                       : V1Codec::decodeGetScheduleResponse(r.body);
                   if (!s)
                       return reply(std::nullopt, badReply(s.error()));
                   reply(std::move(s).value(), {});
               });
}

void MasterClient::fetchStatus(QObject *context, Reply<MaintenanceStatus> reply)
{
    HttpCall v0;
    v0.path = u"/master/maintenance/status"_s;
    sendEither(v0, v1Call(V1Codec::encodeCall(u"GET_MAINTENANCE_STATUS"_s), true), context,
               [reply](const HttpResult &r, MasterEndpoint::Api api) {
                   if (r.error.isError())
                       return reply(std::nullopt, r.error);
                   Result<MaintenanceStatus> s = api == MasterEndpoint::Api::V0
                       ? ScheduleCodec::decodeStatus(r.body)
                       : V1Codec::decodeGetStatusResponse(r.body);
                   if (!s)
                       return reply(std::nullopt, badReply(s.error()));
                   reply(std::move(s).value(), {});
               });
}

void MasterClient::postSchedule(const Schedule &schedule, QObject *context, Done done)
{
    const HttpCall v0
        = v0Post(u"/master/maintenance/schedule"_s, ScheduleCodec::encodeSchedule(schedule));
    sendEither(v0, v1Call(V1Codec::encodeUpdateSchedule(schedule), false), context,
               [done](const HttpResult &r, MasterEndpoint::Api) { done(mutationOutcome(r)); });
}

void MasterClient::startMaintenance(const QList<MachineId> &machines, QObject *context, Done done)
{
    const HttpCall v0
        = v0Post(u"/master/machine/down"_s, ScheduleCodec::encodeMachineList(machines));
    sendEither(v0, v1Call(V1Codec::encodeStartMaintenance(machines), false), context,
               [done](const HttpResult &r, MasterEndpoint::Api) { done(mutationOutcome(r)); });
}

void MasterClient::stopMaintenance(const QList<MachineId> &machines, QObject *context, Done done)
{
    const HttpCall v0 = v0Post(u"/master/machine/up"_s, ScheduleCodec::encodeMachineList(machines));
    sendEither(v0, v1Call(V1Codec::encodeStopMaintenance(machines), false), context,
               [done](const HttpResult &r, MasterEndpoint::Api) { done(mutationOutcome(r)); });
}

void MasterClient::drainAgent(const QString &agentId, std::optional<qint64> maxGracePeriodNs,
                              bool markGone, QObject *context, Done done)
{
    send(v1Call(V1Codec::encodeDrainAgent(agentId, maxGracePeriodNs, markGone), false), context,
         [done](const HttpResult &r) { done(mutationOutcome(r)); });
}

void MasterClient::deactivateAgent(const QString &agentId, QObject *context, Done done)
{
    // Idempotent on the master (API.md §6.12): a resend after a lost answer is harmless.
    send(v1Call(V1Codec::encodeDeactivateAgent(agentId), true), context,
         [done](const HttpResult &r) { done(mutationOutcome(r)); });
}

void MasterClient::reactivateAgent(const QString &agentId, QObject *context, Done done)
{
    send(v1Call(V1Codec::encodeReactivateAgent(agentId), false), context,
         [done](const HttpResult &r) { done(mutationOutcome(r)); });
}

void MasterClient::fetchClusterState(
    QObject *context, std::function<void(const HttpResult &, MasterEndpoint::Api)> reply)
{
    // Always the v0 state summary, whatever API is chosen: it carries task counts per agent and
    // is a fifth the size of v1 GET_STATE (16 MB against 79 MB at 10,000 agents, 100,000 tasks).
    HttpCall call;
    call.path = u"/master/state-summary"_s;
    if (m_tasksPerFramework) {
        sendEither(call, v1Call(V1Codec::encodeCall(u"GET_STATE"_s), true), context,
                   std::move(reply));
        return;
    }
    send(call, context, [reply](const HttpResult &r) { reply(r, MasterEndpoint::Api::V0); });
}
