#include "net/eventsubscription.h"

#include "net/masterclient.h"

#include "json/subscribedreader.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

Q_LOGGING_CATEGORY(lcEvents, "slipway.events", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

using Parsed = std::shared_ptr<Result<MasterEvent>>;

// The master rejects the call itself: asking again will not help.
bool isRefusal(const MasterError &e)
{
    if (e.kind == MasterError::Kind::Unauthorized || e.kind == MasterError::Kind::Forbidden)
        return true;
    const int s = e.httpStatus;
    return s == 400 || s == 404 || s == 405 || s == 406 || s == 415 || s == 501;
}

} // namespace

/// The SUBSCRIBED record being read: pieces are scanned on the UI thread as they arrive (a few
/// ms per MB, and the network hands them over a couple of MB at a time), so nothing queues up;
/// the rest of the record is read on the thread pool once it is all in.
struct EventSubscription::Intake
{
    SubscribedRecordReader reader;
};

EventSubscription::EventSubscription(MasterClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_decoder(qint64(512) * 1024 * 1024)
{
    m_silence.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_silence, &QTimer::timeout, this, [this] {
        drop({MasterError::Kind::Timeout,
              0,
              tr("no heartbeat from the master for %1 s").arg(silenceMs() / 1000.0, 0, 'g', 3),
              {}});
    });
    connect(&m_retry, &QTimer::timeout, this, &EventSubscription::connectStream);
}

EventSubscription::~EventSubscription()
{
    ++m_stream;
    delete m_attempt;
}

int EventSubscription::backoffMs(int failures, double jitter, int firstMs, int maxMs)
{
    const int doublings = qBound(0, failures - 1, 30);
    const double base = qMin(double(maxMs), double(firstMs) * std::pow(2.0, doublings));
    return qMax(1, int(base * (0.8 + 0.4 * qBound(0.0, jitter, 1.0))));
}

void EventSubscription::setBackoff(int firstMs, int maxMs)
{
    m_firstBackoffMs = qMax(1, firstMs);
    m_maxBackoffMs = qMax(m_firstBackoffMs, maxMs);
}

int EventSubscription::silenceMs() const
{
    return qMax(100, int(m_heartbeatSecs * m_silenceFactor * 1000));
}

void EventSubscription::start()
{
    if (m_state == State::Connecting || m_state == State::Streaming)
        return;
    m_failures = 0;
    connectStream();
}

void EventSubscription::stop()
{
    closeStream();
    m_retry.stop();
    setState(State::Idle);
}

void EventSubscription::resubscribe()
{
    closeStream();
    m_retry.stop();
    connectStream();
}

void EventSubscription::closeStream()
{
    ++m_stream;
    delete m_attempt;
    m_silence.stop();
    m_decoder.reset();
    m_waiting.clear();
    m_intake.reset();
    m_parsing = false;
}

void EventSubscription::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void EventSubscription::connectStream()
{
    closeStream();
    const quint64 stream = m_stream;
    auto *attempt = new QObject(this);
    m_attempt = attempt;
    HttpCall call;
    call.method = "POST";
    call.path = u"/api/v1"_s;
    call.body = R"({"type":"SUBSCRIBE"})";
    call.contentType = "application/json";
    call.accept = "application/json";
    call.maxBodyBytes = qint64(1) << 20; // for error answers; the stream itself is not kept
    call.stream = [this, stream](const QByteArray &bytes) {
        handleBytes(stream, bytes);
    };
    m_intake = std::make_shared<Intake>();
    m_decoder.streamNextRecord(
        [this, stream](QByteArrayView piece, bool last) { takePiece(stream, piece, last); });
    m_heartbeatSecs = 15;
    setState(State::Connecting);
    m_silence.start(silenceMs());
    qCDebug(lcEvents) << "subscribing";
    m_client->send(call, attempt, [this, stream](const HttpResult &r) { handleEnd(stream, r); });
}

void EventSubscription::handleBytes(quint64 stream, const QByteArray &bytes)
{
    if (stream != m_stream)
        return;
    m_silence.start(silenceMs()); // any byte counts: a big SUBSCRIBED arrives for seconds
    if (!m_decoder.feed(bytes)) {
        drop({MasterError::Kind::BadReply,
              200,
              tr("the event stream is not RecordIO: %1").arg(m_decoder.error()),
              {}});
        return;
    }
    const QList<QByteArray> records = m_decoder.takeRecords();
    for (const QByteArray &record : records) {
        handleRecord(record);
        if (stream != m_stream)
            return; // a receiver closed or replaced the stream
    }
}

void EventSubscription::takePiece(quint64 stream, QByteArrayView piece, bool last)
{
    if (stream != m_stream || !m_intake)
        return;
    m_parsing = true;
    m_intake->reader.feed(piece);
    if (!last && !m_intake->reader.hasError())
        return;
    auto *watcher = new QFutureWatcher<Parsed>(m_attempt);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, stream, watcher] {
        watcher->deleteLater();
        handleSubscribed(stream, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([intake = std::exchange(m_intake, {})] {
        return std::make_shared<Result<MasterEvent>>(intake->reader.finish());
    }));
}

void EventSubscription::handleRecord(const QByteArray &record)
{
    if (m_parsing) {
        m_waiting.append(record);
        return;
    }
    const Result<MasterEvent> event = MasterEventReader::read(record);
    if (!event) {
        // The state would be uncertain from here on: start again with a full read.
        drop({MasterError::Kind::BadReply,
              200,
              tr("an event could not be read: %1").arg(event.error().describe()),
              {}});
        return;
    }
    if (event->type != MasterEvent::Type::Heartbeat)
        Q_EMIT eventReceived(*event);
}

void EventSubscription::handleSubscribed(quint64 stream, const Parsed &parsed)
{
    if (stream != m_stream)
        return;
    if (!parsed->ok() || parsed->value().type != MasterEvent::Type::Subscribed) {
        drop({MasterError::Kind::BadReply,
              200,
              parsed->ok() ? tr("the event stream did not begin with SUBSCRIBED")
                           : tr("SUBSCRIBED could not be read: %1").arg(parsed->error().describe()),
              {}});
        return;
    }
    m_parsing = false;
    m_failures = 0;
    const double interval = parsed->value().heartbeatIntervalSecs;
    m_heartbeatSecs = interval > 0 && std::isfinite(interval) ? interval : 15;
    m_silence.start(silenceMs());
    setState(State::Streaming);
    qCDebug(lcEvents) << "subscribed; heartbeat every" << m_heartbeatSecs << "s";
    std::shared_ptr<MasterEvent> event(parsed, &parsed->value());
    Q_EMIT subscribed(event);
    while (stream == m_stream && !m_waiting.isEmpty())
        handleRecord(m_waiting.takeFirst());
}

void EventSubscription::handleEnd(quint64 stream, const HttpResult &result)
{
    if (stream != m_stream)
        return;
    if (result.error.isError() && isRefusal(result.error)) {
        closeStream();
        m_retry.stop();
        m_lastError = result.error;
        qCInfo(lcEvents) << "event stream refused:" << result.error.describe();
        setState(State::Refused);
        Q_EMIT refused(result.error);
        return;
    }
    drop(result.error.isError() ? result.error
                                : MasterError {MasterError::Kind::Network,
                                               result.status,
                                               tr("the master closed the event stream"),
                                               {}});
}

void EventSubscription::drop(const MasterError &reason)
{
    closeStream();
    m_lastError = reason;
    ++m_failures;
    const int delay = backoffMs(m_failures, QRandomGenerator::global()->generateDouble(),
                                m_firstBackoffMs, m_maxBackoffMs);
    qCInfo(lcEvents) << "event stream dropped:" << reason.describe() << "- again in" << delay
                     << "ms";
    m_retry.start(delay);
    setState(State::Waiting);
    Q_EMIT dropped(reason);
}
