#include "v1api.h"

#include "aclpolicy.h"
#include "eventstream.h"
#include "httpconnection.h"
#include "httprequest.h"
#include "protobufcodec.h"
#include "simcluster.h"
#include "v1protobuf.h"
#include "v1statejson.h"
#include "json/v1codec.h"

using namespace Qt::StringLiterals;

V1Api::V1Api(SimCluster &cluster, const SimMasterInfo &master, EventStream &events,
             const AclPolicy &acl)
    : m_cluster(cluster)
    , m_master(master)
    , m_events(events)
    , m_acl(acl)
{ }

Schedule V1Api::visibleSchedule(const QString &principal) const
{
    return m_acl.allows(AclPolicy::Action::GetMaintenanceSchedule, principal) ? m_cluster.schedule()
                                                                              : Schedule();
}

MaintenanceStatus V1Api::visibleStatus(const QString &principal) const
{
    return m_acl.allows(AclPolicy::Action::GetMaintenanceStatus, principal)
        ? m_cluster.maintenanceStatus()
        : MaintenanceStatus();
}

bool V1Api::accepts(const QByteArray &accept, QByteArrayView mediaType)
{
    if (accept.isNull())
        return true;
    const QByteArray full = mediaType.toByteArray().toLower();
    const QByteArray type = full.left(full.indexOf('/'));
    int bestSpecificity = -1;
    double bestQ = 0;
    for (const QByteArray &range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray media = parts.first().trimmed().toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts[i].trimmed();
            if (p.startsWith("q="))
                q = p.mid(2).toDouble();
        }
        int specificity = -1;
        if (media == full)
            specificity = 2;
        else if (media == type + "/*")
            specificity = 1;
        else if (media == "*/*")
            specificity = 0;
        if (specificity > bestSpecificity) {
            bestSpecificity = specificity;
            bestQ = q;
        }
    }
    return bestSpecificity >= 0 && bestQ > 0;
}

HttpResponse V1Api::handle(HttpConnection *connection, const HttpRequest &request, bool &streamed)
{
    streamed = false;
    if (request.method != "POST")
        return HttpResponse::methodNotAllowed({"POST"}, request.method);
    if (!request.hasHeader("Content-Type"))
        return HttpResponse::text(400, "Expecting 'Content-Type' to be present");
    const QByteArray contentType = request.header("Content-Type");
    Result<V1Call> decoded = JsonError();
    if (contentType == "application/x-protobuf") {
        const std::optional<QByteArray> json = ProtobufCodec::callToJson(request.body);
        if (json)
            decoded = V1Codec::decodeCall(*json);
        if (!json || (!decoded && decoded.error().kind != JsonError::Kind::Semantic))
            return HttpResponse::text(400, "Failed to parse body into Call protobuf");
    } else if (contentType == "application/json") {
        decoded = V1Codec::decodeCall(request.body);
    } else {
        return HttpResponse::text(
            415, "Expecting 'Content-Type' of application/json or application/x-protobuf");
    }
    if (!decoded)
        return HttpResponse::text(400, decoded.error().message.toUtf8());
    const V1Call &call = *decoded;
    const QByteArray accept = request.hasHeader("Accept") ? request.header("Accept") : QByteArray();
    const bool json = accepts(accept, "application/json");
    if (!json && !accepts(accept, "application/x-protobuf"))
        return HttpResponse::text(
            406, "Expecting 'Accept' to allow 'application/x-protobuf' or 'application/json'");
    if (call.type == u"UNKNOWN")
        return HttpResponse::text(501);
    // Where the call's handler would authorize, in either encoding; the shape of every 403 the
    // master writes itself (libprocess `Forbidden()`, API.md §1.3, §1.5).
    if (m_subscribeForbidden && call.type == u"SUBSCRIBE")
        return HttpResponse::text(403);
    if (!json)
        return protobufResponse(connection, call, request.principal, streamed);
    return jsonResponse(connection, call, request.principal, streamed);
}

HttpResponse V1Api::protobufResponse(HttpConnection *connection, const V1Call &call,
                                     const QString &principal, bool &streamed)
{
    const QString &type = call.type;
    auto answer = [](const QByteArray &body) {
        HttpResponse r;
        r.setHeader("Content-Type", "application/x-protobuf");
        r.body = body;
        return r;
    };
    if (type == u"GET_MAINTENANCE_SCHEDULE")
        return answer(ProtobufCodec::encodeGetSchedule(visibleSchedule(principal)));
    if (type == u"GET_MAINTENANCE_STATUS")
        return answer(ProtobufCodec::encodeGetStatus(visibleStatus(principal)));
    if (type == u"GET_HEALTH")
        return answer(ProtobufCodec::encodeGetHealth());
    if (type == u"GET_VERSION")
        return answer(ProtobufCodec::encodeGetVersion());
    const V1StateJson json(m_cluster, m_master);
    if (type == u"SUBSCRIBE") {
        streamed = true;
        m_events.subscribe(connection, json.subscribed(m_events.heartbeatSecs()), true);
        return HttpResponse();
    }
    QByteArray document; // rendered as the master's JSON, then transcoded field by field
    if (type == u"GET_AGENTS")
        document = json.getAgents();
    else if (type == u"GET_FRAMEWORKS")
        document = json.getFrameworks();
    else if (type == u"GET_TASKS")
        document = json.getTasks();
    else if (type == u"GET_STATE")
        document = json.getState();
    else if (type == u"GET_MASTER")
        document = json.getMaster();
    if (!document.isEmpty()) {
        if (const auto binary = V1Protobuf::responseFromJson(document))
            return answer(*binary);
        return HttpResponse::text(500, "Failed to serialize " + type.toUtf8());
    }
    if (type.startsWith(u"GET_"))
        return HttpResponse::text(501);
    bool unused = false;
    return jsonResponse(nullptr, call, principal, unused); // mutations: empty either way
}

HttpResponse V1Api::jsonResponse(HttpConnection *connection, const V1Call &call,
                                 const QString &principal, bool &streamed)
{
    auto may = [&](AclPolicy::Action action) {
        return m_acl.allows(action, principal);
    };
    const V1StateJson json(m_cluster, m_master);
    auto done = [](const std::optional<SimError> &error) {
        return error ? HttpResponse::text(error->status, error->message.toUtf8())
                     : HttpResponse::ok();
    };
    const QString &type = call.type;
    if (type == u"GET_MAINTENANCE_SCHEDULE")
        return HttpResponse::json(V1Codec::encodeGetScheduleResponse(visibleSchedule(principal)));
    if (type == u"GET_MAINTENANCE_STATUS")
        return HttpResponse::json(V1Codec::encodeGetStatusResponse(visibleStatus(principal)));
    if (type == u"UPDATE_MAINTENANCE_SCHEDULE")
        return done(m_cluster.updateSchedule(*call.schedule,
                                             may(AclPolicy::Action::UpdateMaintenanceSchedule)));
    if (type == u"START_MAINTENANCE")
        return done(m_cluster.startMaintenance(*call.startMachines,
                                               may(AclPolicy::Action::StartMaintenance)));
    if (type == u"STOP_MAINTENANCE")
        return done(
            m_cluster.stopMaintenance(*call.stopMachines, may(AclPolicy::Action::StopMaintenance)));
    if (type == u"DRAIN_AGENT")
        return done(
            m_cluster.drainAgent(call.drainAgent->agentId, call.drainAgent->maxGracePeriodNs,
                                 call.drainAgent->markGone, may(AclPolicy::Action::DrainAgent)));
    if (type == u"DEACTIVATE_AGENT")
        return done(m_cluster.deactivateAgent(call.deactivateAgent->agentId,
                                              may(AclPolicy::Action::DeactivateAgent)));
    if (type == u"REACTIVATE_AGENT")
        return done(m_cluster.reactivateAgent(call.reactivateAgent->agentId,
                                              may(AclPolicy::Action::ReactivateAgent)));
    if (type == u"GET_AGENTS")
        return HttpResponse::json(json.getAgents());
    if (type == u"GET_FRAMEWORKS")
        return HttpResponse::json(json.getFrameworks());
    if (type == u"GET_TASKS")
        return HttpResponse::json(json.getTasks());
    if (type == u"GET_STATE")
        return HttpResponse::json(json.getState());
    if (type == u"GET_MASTER")
        return HttpResponse::json(json.getMaster());
    if (type == u"GET_HEALTH")
        return HttpResponse::json(V1StateJson::getHealth());
    if (type == u"GET_VERSION")
        return HttpResponse::json(V1StateJson::getVersion());
    if (type == u"SUBSCRIBE") {
        streamed = true;
        m_events.subscribe(connection, json.subscribed(m_events.heartbeatSecs()), false);
        return HttpResponse();
    }
    return HttpResponse::text(501);
}
