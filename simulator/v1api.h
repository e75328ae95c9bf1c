#pragma once

#include "httpresponse.h"
#include "simmasterinfo.h"

class EventStream;
class HttpConnection;
class SimCluster;
struct HttpRequest;

/// `POST /api/v1` after authentication and the leader check: the rest of the master's pipeline
/// (API.md §6.1: method, Content-Type, parse, validate, Accept, UNKNOWN) and the calls.
/// JSON only: protobuf bodies and protobuf-only Accept headers are refused (docs/decisions.md).
class V1Api
{
public:
    V1Api(SimCluster &cluster, const SimMasterInfo &master, EventStream &events);

    /// Answers the call; for SUBSCRIBE the connection is handed to the event stream and
    /// @p streamed is set instead.
    HttpResponse handle(HttpConnection *connection, const HttpRequest &request, bool &streamed);

    /// libprocess' `_acceptsMediaType`: does @p accept allow @p mediaType with q > 0?
    static bool accepts(const QByteArray &accept, QByteArrayView mediaType);

private:
    SimCluster &m_cluster;
    const SimMasterInfo &m_master;
    EventStream &m_events;
};
