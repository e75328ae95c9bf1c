#pragma once

#include "net/httpexchange.h"
#include "net/mastererror.h"
#include "json/masterevent.h"
#include "json/recordio.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class MasterClient;

/// The master's v1 event stream: POSTs `SUBSCRIBE` to the leading master's `/api/v1` through the
/// MasterClient (its network, credentials, TLS settings and leader tracking; 307s are followed),
/// reads the RecordIO records as they arrive and reports them as events. The SUBSCRIBED record,
/// the master's whole state, is read off the UI thread piece by piece as it arrives, never held
/// whole (SubscribedRecordReader); records behind it wait their turn, so events always come in
/// the master's order. A stream that ends, breaks or stays silent for two
/// heartbeat intervals is reconnected after a backoff (1 s doubling to 30 s, with jitter); one the
/// master will not serve (404 on a v0-only master, 400, 401, 403, 406, 415, 501) is refused and
/// not retried.
class EventSubscription : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Streaming, Waiting, Refused };
    Q_ENUM(State)

    explicit EventSubscription(MasterClient *client, QObject *parent = nullptr);
    ~EventSubscription() override;

    /// Connects now, unless a stream is already open or being opened.
    void start();
    void stop();
    /// Closes the stream and subscribes again at once: a full read of the master's state.
    void resubscribe();

    State state() const { return m_state; }
    /// Why the last stream ended or was refused.
    MasterError lastError() const { return m_lastError; }
    /// What the master's SUBSCRIBED said (15 s until then).
    double heartbeatIntervalSecs() const { return m_heartbeatSecs; }

    /// The wait before reconnect attempt @p failures (1, 2, …): @p firstMs doubling up to
    /// @p maxMs, then spread by ±20% with @p jitter in [0, 1) so that many consoles do not
    /// reconnect in step.
    static int backoffMs(int failures, double jitter, int firstMs = 1000, int maxMs = 30000);
    void setBackoff(int firstMs, int maxMs);
    /// Heartbeat intervals of silence after which a stream counts as dead (default 2).
    void setSilenceFactor(double factor) { m_silenceFactor = factor; }

Q_SIGNALS:
    void stateChanged(EventSubscription::State state);
    /// A new stream began; @p event is its SUBSCRIBED, the master's whole state (tens of MB at
    /// 10,000 agents: a receiver may move it out). The events that follow apply to it.
    void subscribed(const std::shared_ptr<MasterEvent> &event);
    /// Any event after SUBSCRIBED except heartbeats.
    void eventReceived(const MasterEvent &event);
    /// The stream ended, broke or went silent; a new one is tried after a backoff.
    void dropped(const MasterError &reason);
    /// The master will not serve the stream; nothing is retried until start().
    void refused(const MasterError &error);

private:
    void connectStream();
    void handleBytes(quint64 stream, const QByteArray &bytes);
    void takePiece(quint64 stream, QByteArrayView piece, bool last);
    void handleRecord(const QByteArray &record);
    void handleSubscribed(quint64 stream, const std::shared_ptr<Result<MasterEvent>> &parsed);
    void handleEnd(quint64 stream, const HttpResult &result);
    void drop(const MasterError &reason);
    void closeStream();
    void setState(State state);
    int silenceMs() const;

    MasterClient *m_client;
    State m_state = State::Idle;
    quint64 m_stream = 0; ///< bumped per connection: late callbacks of an old one are ignored
    QPointer<QObject> m_attempt; ///< owns the exchange of the open stream
    RecordIoDecoder m_decoder;
    struct Intake;
    std::shared_ptr<Intake> m_intake; ///< the SUBSCRIBED record on its way in
    bool m_parsing = false; ///< the SUBSCRIBED record is arriving or being read
    QList<QByteArray> m_waiting; ///< records behind it
    QTimer m_silence;
    QTimer m_retry;
    int m_failures = 0;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 30000;
    double m_heartbeatSecs = 15;
    double m_silenceFactor = 2;
    MasterError m_lastError;
};
