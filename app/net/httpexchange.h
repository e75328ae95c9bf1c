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
};

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl servedBy; ///< base URL of the master that answered
    MasterError error;
};

/// Runs one HttpCall to completion: follows 307s to the leader (re-sending method and body),
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

    static constexpr int kMaxRedirects = 5;
    static constexpr int kMaxAttempts = 3;

private:
    void send(const QUrl &url);
    void handleFinished();
    void handleTimeout();
    void finish(HttpResult result);
    bool retry(const MasterError &error, const QUrl &base);

    QNetworkAccessManager *m_network;
    QPointer<LeaderTracker> m_leaders;
    QByteArray m_authorization;
    QString m_caFile;
    bool m_verifyTls;
    int m_timeoutMs;
    HttpCall m_call;
    Callback m_done;
    QPointer<QNetworkReply> m_reply;
    QUrl m_base;
    QTimer m_timer;
    int m_redirects = 0;
    int m_attempt = 0;
    bool m_timedOut = false;
};
