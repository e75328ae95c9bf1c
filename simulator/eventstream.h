#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class HttpConnection;
class SimCluster;
struct SimMasterInfo;

/// The v1 SUBSCRIBE streams: RecordIO-framed JSON events (`<byte length>\n<json>`) in one chunked
/// response per subscriber — SUBSCRIBED, a HEARTBEAT right away and every 15 simulated seconds,
/// then AGENT_ADDED/REMOVED and TASK_ADDED/UPDATED as the cluster changes (API.md §6.13), as JSON
/// or, for clients that asked for protobuf, binary.
class EventStream : public QObject
{
    Q_OBJECT
public:
    static constexpr double HeartbeatIntervalSecs = 15.0;
    static constexpr int MaxSubscribers = 1000;

    EventStream(SimCluster &cluster, const SimMasterInfo &master, QObject *parent = nullptr);

    /// Heartbeat period (reported in SUBSCRIBED), and for tests: close each stream @p lifetime
    /// after it opened, or fall silent on it after @p silentAfter (simulated seconds; 0: never).
    void setTimings(double heartbeatSecs, double lifetimeSecs, double silentAfterSecs);
    double heartbeatSecs() const { return m_heartbeatSecs; }
    /// Closes every stream (a master that stops leading).
    void closeAll();

    /// @p subscribed is the SUBSCRIBED event as JSON; @p protobuf: send binary records instead.
    void subscribe(HttpConnection *connection, const QByteArray &subscribed, bool protobuf);
    /// Sends heartbeats that fell due by simulated time @p nowNs.
    void tick(qint64 nowNs);
    int subscriberCount() const;

    static QByteArray record(const QByteArray &payload);

private:
    struct Subscriber
    {
        QPointer<HttpConnection> connection;
        qint64 nextHeartbeatNs;
        bool protobuf;
        qint64 openedNs = 0;
    };

    bool silent(const Subscriber &s, qint64 nowNs) const;

    void broadcast(const QByteArray &event);
    static QByteArray encode(const QByteArray &json, bool protobuf);

    SimCluster &m_cluster;
    const SimMasterInfo &m_master;
    QList<Subscriber> m_subscribers;
    double m_heartbeatSecs = HeartbeatIntervalSecs;
    qint64 m_lifetimeNs = 0;
    qint64 m_silentAfterNs = 0;
};
