#pragma once

#include "net/mastererror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class LeaderTracker;
class QNetworkAccessManager;
class QNetworkReply;
struct MasterEndpoint;

/// One HTTP request to "the master" as Slipway means it.
struct HttpCall
{
    QByteArray method = "GET";
    QString path; ///< e.g. `/master/maintenance/schedule`
    QByteArray body;
    QByteArray contentType; ///< sent when non-empty
    QByteArray accept = "application/json";
    bool idempotent = true; ///< reads are retried with backoff; writes never are once sent
    /// Answers larger than this are refused (the reply is aborted as soon as it is known).
    qint64 maxBodyBytes = qint64(512) * 1024 * 1024;
    /// Set for a streaming answer (SUBSCRIBE): the body of a 200 is handed over as it arrives and
    /// not kept, the time limit covers only the wait for the headers, and the result (status 200
    /// and a Network error saying how the stream ended) is reported when the stream ends.
    std::function<void(const QByteArray &bytes)> stream;
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl servedBy; ///< base URL of the master that answered
    MasterError error;
};

/// Runs one HttpCall to completion: follows 307s to the leader (re-sending method and body; only
/// the master's `//host:port` form or the same scheme, see docs/decisions.md),
/// enforces a time limit, retries reads with backoff across the configured masters, and reports
/// exactly one HttpResult. It is owned by the caller's context object; destroying it (or the
/// context) aborts the network reply and nothing is reported.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpResult &)>;

    HttpExchange(QNetworkAccessManager *network, LeaderTracker *leaders,
                 const MasterEndpoint &endpoint, HttpCall call, Callback done, QObject *context);
    ~HttpExchange() override;

    void start();

    /// Where a 307 from @p from to @p location leads, or an empty URL when it is not followed.
    static QUrl redirectTarget(const QUrl &from, const QByteArray &location);

    static constexpr int kMaxRedirects = 5;
    static constexpr int kMaxAttempts = 3;

private:
    void send(const QUrl &url);
    void checkSize();
    /// Hands a stream's bytes over, a slice at a time (@p whole: all of them now).
    bool deliverStream(bool whole);
    static constexpr qint64 kStreamSliceBytes = qint64(1) << 20;
    void handleFinished();
    void handleTimeout();
    void followRedirect(QNetworkReply *reply, HttpResult &result);
    MasterError transportError(QNetworkReply *reply) const;
    void finish(HttpResult result);
    /// Schedules another attempt if @p error allows it; @p refused: the connection was refused
    /// (so a write was certainly not sent).
    bool retry(const MasterError &error, const QUrl &base, bool refused);
    bool tlsExempt(const QUrl &url) const;

    QNetworkAccessManager *m_network;
    QPointer<LeaderTracker> m_leaders;
    QByteArray m_authorization;
    QString m_caFile;
    bool m_verifyTls;
    QList<QUrl> m_configured; ///< the masters the user named (a TLS exemption applies to them)
    int m_timeoutMs;
    HttpCall m_call;
    Callback m_done;
    QPointer<QNetworkReply> m_reply;
    QUrl m_base;
    QTimer m_timer;
    int m_redirects = 0;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_streaming = false; ///< a 200 to a streaming call: its body goes to m_call.stream
    bool m_sliceQueued = false; ///< more of the stream is handed over at the next turn
};
