#include "eventstream.h"

#include "httpconnection.h"
#include "simcluster.h"
#include "v1protobuf.h"
#include "v1statejson.h"

EventStream::EventStream(SimCluster &cluster, const SimMasterInfo &master, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_master(master)
{
    connect(&cluster, &SimCluster::agentAdded, this, [this](const SimAgent &agent) {
        if (!m_subscribers.isEmpty())
            broadcast(V1StateJson(m_cluster, m_master).agentAdded(agent));
    });
    connect(&cluster, &SimCluster::agentRemoved, this, [this](const QString &agentId) {
        if (!m_subscribers.isEmpty())
            broadcast(V1StateJson::agentRemoved(agentId));
    });
    connect(&cluster, &SimCluster::taskAdded, this, [this](const SimTask &task) {
        if (!m_subscribers.isEmpty())
            broadcast(V1StateJson(m_cluster, m_master).taskAdded(task));
    });
    connect(&cluster, &SimCluster::taskUpdated, this, [this](const SimTask &task) {
        if (!m_subscribers.isEmpty())
            broadcast(V1StateJson(m_cluster, m_master).taskUpdated(task));
    });
    connect(&cluster, &SimCluster::frameworkAdded, this, [this](int framework) {
        if (!m_subscribers.isEmpty())
            broadcast(V1StateJson(m_cluster, m_master).frameworkEvent(framework, true));
    });
    connect(&cluster, &SimCluster::frameworkUpdated, this, [this](int framework) {
        if (!m_subscribers.isEmpty())
            broadcast(V1StateJson(m_cluster, m_master).frameworkEvent(framework, false));
    });
    connect(&cluster, &SimCluster::frameworkRemoved, this, [this](int framework) {
        if (!m_subscribers.isEmpty())
            broadcast(V1StateJson(m_cluster, m_master).frameworkRemoved(framework));
    });
}

void EventStream::setTimings(double heartbeatSecs, double lifetimeSecs, double silentAfterSecs)
{
    m_heartbeatSecs = heartbeatSecs > 0 ? heartbeatSecs : HeartbeatIntervalSecs;
    m_lifetimeNs = qint64(qMax(0.0, lifetimeSecs) * 1e9);
    m_silentAfterNs = qint64(qMax(0.0, silentAfterSecs) * 1e9);
}

void EventStream::closeAll()
{
    const QList<Subscriber> subscribers = std::exchange(m_subscribers, {});
    for (const Subscriber &s : subscribers) {
        if (s.connection)
            s.connection->close();
    }
}

bool EventStream::silent(const Subscriber &s, qint64 nowNs) const
{
    return m_silentAfterNs > 0 && nowNs >= s.openedNs + m_silentAfterNs;
}

QByteArray EventStream::record(const QByteArray &payload)
{
    return QByteArray::number(payload.size()) + '\n' + payload;
}

void EventStream::subscribe(HttpConnection *connection, const QByteArray &subscribed, bool protobuf)
{
    m_subscribers.removeIf([](const Subscriber &s) { return s.connection.isNull(); });
    if (m_subscribers.size() >= MaxSubscribers) {
        if (HttpConnection *oldest = m_subscribers.takeFirst().connection)
            oldest->close();
    }
    HttpResponse head;
    head.setHeader("Content-Type", protobuf ? "application/x-protobuf" : "application/json");
    connection->beginStream(head);
    connection->writeChunk(record(encode(subscribed, protobuf))
                           + record(encode(V1StateJson::heartbeat(), protobuf)));
    const qint64 interval = qint64(m_heartbeatSecs * 1e9);
    m_subscribers.append({connection, m_cluster.nowNs() + interval, protobuf, m_cluster.nowNs()});
}

void EventStream::tick(qint64 nowNs)
{
    const qint64 interval = qint64(m_heartbeatSecs * 1e9);
    for (Subscriber &s : m_subscribers) {
        if (s.connection && m_lifetimeNs > 0 && nowNs >= s.openedNs + m_lifetimeNs) {
            s.connection->close();
            continue;
        }
        if (!s.connection || nowNs < s.nextHeartbeatNs || silent(s, nowNs))
            continue;
        s.connection->writeChunk(record(encode(V1StateJson::heartbeat(), s.protobuf)));
        while (s.nextHeartbeatNs <= nowNs)
            s.nextHeartbeatNs += interval;
    }
    m_subscribers.removeIf([](const Subscriber &s) { return s.connection.isNull(); });
}

int EventStream::subscriberCount() const
{
    int n = 0;
    for (const Subscriber &s : m_subscribers)
        n += s.connection ? 1 : 0;
    return n;
}

QByteArray EventStream::encode(const QByteArray &json, bool protobuf)
{
    if (!protobuf)
        return json;
    return V1Protobuf::eventFromJson(json).value_or(QByteArray());
}

void EventStream::broadcast(const QByteArray &event)
{
    QByteArray framed[2]; // JSON, protobuf: each encoded once, and only if someone wants it
    const qint64 now = m_cluster.nowNs();
    for (const Subscriber &s : std::as_const(m_subscribers)) {
        if (!s.connection || silent(s, now))
            continue;
        QByteArray &record = framed[s.protobuf ? 1 : 0];
        if (record.isEmpty())
            record = EventStream::record(encode(event, s.protobuf));
        s.connection->writeChunk(record);
    }
}
