#include "simulatedmaster.h"

#include "eventstream.h"
#include "httpconnection.h"
#include "httpserver.h"
#include "jsonwriter.h"
#include "masterstatejson.h"
#include "simcluster.h"
#include "simlogging.h"
#include "statefile.h"
#include "v0api.h"
#include "v1api.h"

#include <QMap>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {

constexpr int TickMs = 50;

// Paths that libprocess routes to processes other than the master (so they are not delegated).
bool isOtherProcess(QStringView segment)
{
    return segment == u"version" || segment == u"metrics" || segment == u"logging"
        || segment == u"files" || segment == u"profiler" || segment == u"system"
        || segment == u"__processes__" || segment == u"master";
}

} // namespace

SimulatedMaster::SimulatedMaster(const Scenario &scenario, const SimOptions &options,
                                 QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(options.speed)
    , m_cluster(std::make_unique<SimCluster>(scenario, &m_clock))
    , m_server(new HttpServer(this))
    , m_random(options.seed)
{
    m_info.id = m_cluster->masterId();
    m_info.hostname = options.hostname;
    m_info.startTime = double(m_cluster->startNs()) / 1e9;
    m_info.electedTime = m_info.startTime;
    if (!options.acls.isEmpty()) {
        Result<AclPolicy> acl = AclPolicy::fromJson(options.acls);
        if (acl)
            m_acl = *acl;
        else
            qCWarning(lcSim) << "ignoring --acls:" << acl.error().message;
    }
    if (!options.stateFile.isEmpty()) {
        m_stateFile = std::make_unique<StateFile>(options.stateFile);
        QString error;
        if (const auto contents = m_stateFile->load(&error))
            m_cluster->restore(contents->schedule, contents->machines);
        else if (!error.isEmpty())
            qCWarning(lcSim) << "ignoring the state file:" << error;
        connect(m_cluster.get(), &SimCluster::maintenanceChanged, this, [this] {
            QString error;
            if (!m_stateFile->save(m_cluster->schedule(), m_cluster->machines(), &error))
                qCWarning(lcSim) << "cannot save the state file:" << error;
        });
    }
    m_events = std::make_unique<EventStream>(*m_cluster, m_info);
    m_events->setTimings(options.heartbeatSecs, options.streamLifetimeSecs,
                         options.streamSilentAfterSecs);
    m_v0 = std::make_unique<V0Api>(*m_cluster, m_info, m_acl);
    m_v1 = std::make_unique<V1Api>(*m_cluster, m_info, *m_events, m_acl);
    m_v1->setSubscribeForbidden(options.forbidSubscribe);
    m_server->setHandler([this](HttpConnection *c, const HttpRequest &r) { handle(c, r); });
    m_server->setMaxConnections(options.maxConnections);
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &SimulatedMaster::tick);
    m_tick.start();
    // Render /state once while nobody waits: the first poll of a big cluster is then served from
    // the cache too.
    QTimer::singleShot(0, this, [this] { m_v0->warmUp(); });
}

SimulatedMaster::~SimulatedMaster() = default;

bool SimulatedMaster::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return false;
    m_info.port = m_server->port();
    if (address != QHostAddress::Any && address != QHostAddress::AnyIPv6)
        m_info.ip = address.toString();
    if (m_options.hostname.isEmpty())
        m_info.hostname = m_info.ip;
    return true;
}

quint16 SimulatedMaster::port() const
{
    return m_server->port();
}

QString SimulatedMaster::errorString() const
{
    return m_server->errorString();
}

void SimulatedMaster::advance(qint64 ns)
{
    m_clock.advance(ns);
    tick();
}

bool SimulatedMaster::leading() const
{
    if (!m_options.leader.isValid())
        return true;
    return m_options.resignAfterSecs >= 0
        && m_clock.nowNs() < m_cluster->startNs() + qint64(m_options.resignAfterSecs * 1e9);
}

void SimulatedMaster::tick()
{
    const qint64 now = m_clock.nowNs();
    m_cluster->advanceTo(now);
    if (!m_resigned && m_options.resignAfterSecs >= 0 && !leading()) {
        m_resigned = true; // a master that loses leadership drops its subscribers
        m_events->closeAll();
    }
    m_events->tick(now);
}

void SimulatedMaster::handle(HttpConnection *connection, const HttpRequest &request)
{
    m_cluster->advanceTo(m_clock.nowNs());
    if (m_options.failRate > 0 && m_random.generateDouble() < m_options.failRate) {
        send(connection, HttpResponse::text(503));
        return;
    }
    bool streamed = false;
    const HttpResponse response = dispatch(connection, request, streamed);
    if (!streamed)
        send(connection, response);
}

void SimulatedMaster::send(HttpConnection *connection, const HttpResponse &response)
{
    if (m_options.latencyMs <= 0) {
        connection->respond(response);
        return;
    }
    QTimer::singleShot(m_options.latencyMs, connection,
                       [c = QPointer<HttpConnection>(connection), response] {
                           if (c)
                               c->respond(response);
                       });
}

HttpResponse SimulatedMaster::dispatch(HttpConnection *connection, const HttpRequest &request,
                                       bool &streamed)
{
    const QString &path = request.path;
    if (path == u"/version" || path == u"/version/") {
        const QString fn = request.queryValue(u"jsonp"_s);
        return HttpResponse::json(MasterStateJson::version(),
                                  fn.isNull() ? QByteArray() : fn.toUtf8());
    }
    if (path == u"/metrics/snapshot")
        return HttpResponse::json(metricsSnapshot());
    QString endpoint;
    if (path.startsWith(u"/master/")) {
        endpoint = path.mid(8);
    } else if (path.startsWith(u'/')) {
        const QStringView first = QStringView(path).mid(1).split(u'/').first();
        if (isOtherProcess(first))
            return HttpResponse::text(404);
        endpoint = path.mid(1); // libprocess delegates unknown first segments to the master
    }
    while (endpoint.endsWith(u'/'))
        endpoint.chop(1);
    if (m_options.v0Only && endpoint == u"api/v1")
        return HttpResponse::text(404); // before Mesos 1.0 there was no such route
    const bool redirectLoop = endpoint.startsWith(u"redirect/");
    if (!V0Api::hasEndpoint(endpoint) && !redirectLoop)
        return HttpResponse::text(404);
    HttpRequest authenticated = request;
    if (const char *realm = V0Api::realm(endpoint)) {
        if (auto denied = authenticate(request, realm, &authenticated.principal))
            return *denied;
    }
    if (endpoint == u"health")
        return HttpResponse::ok();
    if (redirectLoop)
        return HttpResponse::text(404);
    if (m_options.noLeader)
        return HttpResponse::text(503, "No leader elected");
    if (!leading())
        return redirect(endpoint == u"redirect" ? QString() : u"/master/"_s + endpoint,
                        request.query);
    if (endpoint == u"redirect")
        return redirect(QString(), QByteArray());
    if (endpoint == u"api/v1")
        return m_v1->handle(connection, authenticated, streamed);
    return m_v0->handle(endpoint, authenticated);
}

std::optional<HttpResponse> SimulatedMaster::authenticate(const HttpRequest &request,
                                                          const char *realm,
                                                          QString *principal) const
{
    if (m_options.credentials.isEmpty())
        return std::nullopt;
    const QList<QByteArray> parts = request.header("Authorization").split(' ');
    if (parts.size() == 2 && parts[0] == "Basic") {
        const auto decoded
            = QByteArray::fromBase64Encoding(parts[1], QByteArray::AbortOnBase64DecodingErrors);
        const QList<QByteArray> pair = decoded ? decoded.decoded.split(':') : QList<QByteArray>();
        if (pair.size() == 2) {
            for (const auto &[user, password] : m_options.credentials) {
                if (pair[0] == user.toUtf8() && pair[1] == password.toUtf8()) {
                    *principal = user;
                    return std::nullopt;
                }
            }
        }
    }
    HttpResponse r = HttpResponse::text(401);
    r.setHeader("WWW-Authenticate", "Basic realm=\"" + QByteArray(realm) + '"');
    return r;
}

HttpResponse SimulatedMaster::redirect(const QString &masterPath, const QByteArray &query) const
{
    QString host = m_info.hostname;
    int port = m_info.port;
    if (!leading()) {
        host = m_options.leader.host();
        port = m_options.leader.port(5050);
    }
    QByteArray location = "//" + host.toUtf8() + ':' + QByteArray::number(port);
    if (!masterPath.isEmpty()) {
        location += QUrl::toPercentEncoding(masterPath, "/");
        if (!query.isEmpty())
            location += '?' + query;
    }
    HttpResponse r;
    r.status = 307;
    r.setHeader("Location", location);
    return r;
}

QByteArray SimulatedMaster::metricsSnapshot() const
{
    QMap<QByteArray, double> metrics;
    int active = 0, running = 0;
    for (const auto &slot : m_cluster->agentSlots())
        active += slot && !slot->deactivated ? 1 : 0;
    for (const SimFramework &fw : m_cluster->frameworks())
        running += int(fw.tasks.size());
    metrics.insert("master/elected", !leading() || m_options.noLeader ? 0 : 1);
    metrics.insert("master/frameworks_active", double(m_cluster->frameworks().size()));
    metrics.insert("master/slaves_active", active);
    metrics.insert("master/slaves_connected", m_cluster->registeredAgentCount());
    metrics.insert("master/slaves_inactive", m_cluster->registeredAgentCount() - active);
    metrics.insert("master/tasks_running", running);
    metrics.insert("master/uptime_secs", double(m_clock.nowNs() - m_cluster->startNs()) / 1e9);
    JsonWriter w;
    w.beginObject();
    for (auto it = metrics.cbegin(); it != metrics.cend(); ++it)
        w.field(it.key().constData(), it.value());
    return w.endObject().take();
}
