#pragma once

#include "aclpolicy.h"
#include "scenario.h"
#include "simclock.h"
#include "simmasterinfo.h"
#include "simoptions.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator64>
#include <QTimer>

#include <memory>

class EventStream;
class HttpConnection;
class HttpServer;
class SimCluster;
class StateFile;
class V0Api;
class V1Api;
struct HttpRequest;
struct HttpResponse;

/// A simulated Apache Mesos master (1.12) for the demo and for tests: serves the v0 maintenance
/// and state endpoints and the v1 operator API over HTTP on loopback with the real master's
/// status codes, headers and texts, over a SimCluster that moves in simulated time.
class SimulatedMaster : public QObject
{
    Q_OBJECT
public:
    explicit SimulatedMaster(const Scenario &scenario, const SimOptions &options = {},
                             QObject *parent = nullptr);
    ~SimulatedMaster() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QString errorString() const;

    SimClock &clock() { return m_clock; }
    SimCluster &cluster() { return *m_cluster; }
    /// Moves simulated time forward and runs everything that became due (for tests).
    void advance(qint64 ns);
    EventStream &events() { return *m_events; }
    /// Whether this master leads now (see SimOptions::leader and resignAfterSecs).
    bool leading() const;

private:
    void handle(HttpConnection *connection, const HttpRequest &request);
    HttpResponse dispatch(HttpConnection *connection, const HttpRequest &request, bool &streamed);
    void tick();
    void send(HttpConnection *connection, const HttpResponse &response);
    std::optional<HttpResponse> authenticate(const HttpRequest &request, const char *realm,
                                             QString *principal) const;
    HttpResponse redirect(const QString &masterPath, const QByteArray &query) const;
    QByteArray metricsSnapshot() const;

    SimOptions m_options;
    SimClock m_clock;
    SimMasterInfo m_info;
    AclPolicy m_acl;
    std::unique_ptr<SimCluster> m_cluster;
    std::unique_ptr<V0Api> m_v0;
    std::unique_ptr<V1Api> m_v1;
    std::unique_ptr<EventStream> m_events;
    std::unique_ptr<StateFile> m_stateFile;
    HttpServer *m_server;
    QTimer m_tick;
    QRandomGenerator64 m_random;
    bool m_resigned = false;
};
