#pragma once

#include "httpresponse.h"
#include "simmasterinfo.h"

#include <QString>

class AclPolicy;
class SimCluster;
struct HttpRequest;

/// The master's v0 endpoints (API.md §5) after authentication and the leader check: method
/// checks, bodies parsed and validated with the master's texts, JSON and JSONP answers.
class V0Api
{
public:
    V0Api(SimCluster &cluster, const SimMasterInfo &master, const AclPolicy &acl);

    /// @p endpoint is the path below `/master/`, e.g. `maintenance/schedule`. Returns a 404 for
    /// endpoints the master does not have.
    HttpResponse handle(const QString &endpoint, const HttpRequest &request);
    /// Renders /state ahead of the first request.
    void warmUp();
    static bool hasEndpoint(const QString &endpoint);
    /// The realm of @p endpoint, or nullptr when the master does not authenticate it.
    static const char *realm(const QString &endpoint);

private:
    HttpResponse schedule(const HttpRequest &request);
    HttpResponse status(const HttpRequest &request);
    HttpResponse machines(const HttpRequest &request, bool down);
    HttpResponse state(const HttpRequest &request);

    SimCluster &m_cluster;
    const SimMasterInfo &m_master;
    const AclPolicy &m_acl;
    quint64 m_stateGeneration = ~quint64(0);
    QByteArray m_stateCache;
};
