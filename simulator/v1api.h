#pragma once

#include "httpresponse.h"
#include "maintenancestatus.h"
#include "schedule.h"
#include "simmasterinfo.h"

class AclPolicy;
class EventStream;
class HttpConnection;
class SimCluster;
struct HttpRequest;
struct V1Call;

/// `POST /api/v1` after authentication and the leader check: the rest of the master's pipeline
/// (API.md §6.1: method, Content-Type, parse, validate, Accept, UNKNOWN) and the calls.
/// Calls come as JSON or protobuf, and answers go out in either (docs/decisions.md).
class V1Api
{
public:
    V1Api(SimCluster &cluster, const SimMasterInfo &master, EventStream &events,
          const AclPolicy &acl);

    /// Answers the call; for SUBSCRIBE the connection is handed to the event stream and
    /// @p streamed is set instead.
    HttpResponse handle(HttpConnection *connection, const HttpRequest &request, bool &streamed);

    /// Answers SUBSCRIBE with 403 `403 Forbidden.` (SimOptions::forbidSubscribe).
    void setSubscribeForbidden(bool forbidden) { m_subscribeForbidden = forbidden; }

    /// libprocess' `_acceptsMediaType`: does @p accept allow @p mediaType with q > 0?
    static bool accepts(const QByteArray &accept, QByteArrayView mediaType);

private:
    HttpResponse jsonResponse(HttpConnection *connection, const V1Call &call,
                              const QString &principal, bool &streamed);
    HttpResponse protobufResponse(HttpConnection *connection, const V1Call &call,
                                  const QString &principal, bool &streamed);
    Schedule visibleSchedule(const QString &principal) const;
    MaintenanceStatus visibleStatus(const QString &principal) const;

    SimCluster &m_cluster;
    const SimMasterInfo &m_master;
    EventStream &m_events;
    const AclPolicy &m_acl;
    bool m_subscribeForbidden = false;
};
