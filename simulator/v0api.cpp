#include "v0api.h"

#include "aclpolicy.h"
#include "httprequest.h"
#include "masterstatejson.h"
#include "simcluster.h"
#include "json/schedulecodec.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray jsonp(const HttpRequest &request)
{
    const QString fn = request.queryValue(u"jsonp"_s);
    return fn.isNull() ? QByteArray() : fn.toUtf8();
}

HttpResponse fromError(const SimError &error)
{
    return HttpResponse::text(error.status, error.message.toUtf8());
}

} // namespace

V0Api::V0Api(SimCluster &cluster, const SimMasterInfo &master, const AclPolicy &acl)
    : m_cluster(cluster)
    , m_master(master)
    , m_acl(acl)
{ }

bool V0Api::hasEndpoint(const QString &endpoint)
{
    static const QStringList endpoints = {u"maintenance/schedule"_s,
                                          u"maintenance/status"_s,
                                          u"machine/down"_s,
                                          u"machine/up"_s,
                                          u"state"_s,
                                          u"state.json"_s,
                                          u"state-summary"_s,
                                          u"slaves"_s,
                                          u"frameworks"_s,
                                          u"tasks"_s,
                                          u"tasks.json"_s,
                                          u"health"_s,
                                          u"redirect"_s,
                                          u"api/v1"_s};
    return endpoints.contains(endpoint);
}

const char *V0Api::realm(const QString &endpoint)
{
    if (endpoint == u"maintenance/schedule" || endpoint == u"machine/down"
        || endpoint == u"machine/up" || endpoint == u"api/v1")
        return "mesos-master-readwrite";
    if (endpoint == u"maintenance/status" || endpoint.startsWith(u"state") || endpoint == u"slaves"
        || endpoint == u"frameworks" || endpoint.startsWith(u"tasks"))
        return "mesos-master-readonly";
    return nullptr;
}

HttpResponse V0Api::handle(const QString &endpoint, const HttpRequest &request)
{
    if (endpoint == u"maintenance/schedule")
        return schedule(request);
    if (endpoint == u"maintenance/status")
        return status(request);
    if (endpoint == u"machine/down" || endpoint == u"machine/up")
        return machines(request, endpoint == u"machine/down");
    if (endpoint == u"state" || endpoint == u"state.json")
        return state(request);
    const MasterStateJson json(m_cluster, m_master);
    if (endpoint == u"state-summary")
        return HttpResponse::json(json.stateSummary(), jsonp(request));
    if (endpoint == u"slaves")
        return HttpResponse::json(json.slaves(request.queryValue(u"slave_id"_s)), jsonp(request));
    if (endpoint == u"frameworks")
        return HttpResponse::json(json.frameworks(request.queryValue(u"framework_id"_s)),
                                  jsonp(request));
    if (endpoint == u"tasks" || endpoint == u"tasks.json") {
        bool ok = false;
        int limit = request.queryValue(u"limit"_s).toInt(&ok);
        limit = ok ? limit : 100;
        int offset = request.queryValue(u"offset"_s).toInt(&ok);
        offset = ok ? offset : 0;
        return HttpResponse::json(
            json.tasks(limit, offset, request.queryValue(u"order"_s) == u"asc",
                       request.queryValue(u"framework_id"_s), request.queryValue(u"task_id"_s)),
            jsonp(request));
    }
    if (endpoint == u"health")
        return HttpResponse::ok();
    return HttpResponse::text(404);
}

HttpResponse V0Api::schedule(const HttpRequest &request)
{
    if (request.method == "GET") {
        // Authorization filters machines out; the ACL covers all machines at once.
        const bool allowed
            = m_acl.allows(AclPolicy::Action::GetMaintenanceSchedule, request.principal);
        return HttpResponse::json(
            ScheduleCodec::encodeSchedule(allowed ? m_cluster.schedule() : Schedule()),
            jsonp(request));
    }
    if (request.method != "POST")
        return HttpResponse::methodNotAllowed({"GET", "POST"}, request.method);
    const Result<Schedule> schedule = ScheduleCodec::decodeSchedule(request.body);
    if (!schedule)
        return HttpResponse::text(400, schedule.error().message.toUtf8());
    if (auto error = m_cluster.updateSchedule(
            *schedule,
            m_acl.allows(AclPolicy::Action::UpdateMaintenanceSchedule, request.principal)))
        return fromError(*error);
    return HttpResponse::ok();
}

HttpResponse V0Api::status(const HttpRequest &request)
{
    if (request.method != "GET")
        return HttpResponse::methodNotAllowed({"GET"}, request.method);
    const bool allowed = m_acl.allows(AclPolicy::Action::GetMaintenanceStatus, request.principal);
    return HttpResponse::json(
        ScheduleCodec::encodeStatus(allowed ? m_cluster.maintenanceStatus() : MaintenanceStatus()),
        jsonp(request));
}

HttpResponse V0Api::machines(const HttpRequest &request, bool down)
{
    if (request.method != "POST")
        return HttpResponse::methodNotAllowed({"POST"}, request.method);
    const Result<QList<MachineId>> ids = ScheduleCodec::decodeMachineList(request.body);
    if (!ids)
        return HttpResponse::text(400, ids.error().message.toUtf8());
    const auto error = down
        ? m_cluster.startMaintenance(
            *ids, m_acl.allows(AclPolicy::Action::StartMaintenance, request.principal))
        : m_cluster.stopMaintenance(
            *ids, m_acl.allows(AclPolicy::Action::StopMaintenance, request.principal));
    if (error)
        return fromError(*error);
    return HttpResponse::ok();
}

void V0Api::warmUp()
{
    if (m_stateGeneration != m_cluster.generation()) {
        m_stateCache = MasterStateJson(m_cluster, m_master).state();
        m_stateGeneration = m_cluster.generation();
    }
}

HttpResponse V0Api::state(const HttpRequest &request)
{
    warmUp(); // the document only changes with the cluster: one rendering serves every poller
    return HttpResponse::json(m_stateCache, jsonp(request));
}
