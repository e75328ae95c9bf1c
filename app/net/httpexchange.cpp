#include "net/httpexchange.h"

#include "net/leadertracker.h"
#include "net/masterendpoint.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <algorithm>

Q_LOGGING_CATEGORY(lcNet, "slipway.net", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

QUrl baseOf(const QUrl &url)
{
    QUrl base;
    base.setScheme(url.scheme());
    base.setHost(url.host());
    base.setPort(url.port());
    return base;
}

// A configured master may sit under a path, e.g. `https://dcos.example/mesos` behind a proxy.
QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(base.path() + path);
    return url;
}

int defaultPort(const QUrl &url)
{
    return url.scheme() == u"https" ? 443 : 80;
}

bool sameServer(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QString sizeText(qint64 bytes)
{
    constexpr qint64 MiB = 1024 * 1024;
    if (bytes >= MiB && bytes % MiB == 0)
        return HttpExchange::tr("%1 MiB").arg(bytes / MiB);
    return HttpExchange::tr("%1 KiB").arg((bytes + 1023) / 1024);
}

QString bodyText(const QByteArray &body)
{
    return QString::fromUtf8(body).trimmed();
}

MasterError httpError(int status, const QByteArray &body, const QByteArray &authenticate)
{
    MasterError e;
    e.httpStatus = status;
    e.message = bodyText(body);
    if (status == 401) {
        e.kind = MasterError::Kind::Unauthorized;
        const qsizetype at = authenticate.indexOf("realm=\"");
        if (at >= 0) {
            const qsizetype from = at + 7;
            e.realm
                = QString::fromUtf8(authenticate.mid(from, authenticate.indexOf('"', from) - from));
        }
    } else if (status == 403) {
        e.kind = MasterError::Kind::Forbidden;
    } else if (status == 400 || status == 409) {
        e.kind = MasterError::Kind::Rejected;
    } else if (status == 503 && e.message == u"No leader elected") {
        e.kind = MasterError::Kind::NoLeader;
    } else {
        e.kind = MasterError::Kind::Http;
        if (e.message.isEmpty())
            e.message = u"HTTP %1"_s.arg(status);
    }
    return e;
}

} // namespace

HttpExchange::HttpExchange(QNetworkAccessManager *network, LeaderTracker *leaders,
                           const MasterEndpoint &endpoint, HttpCall call, Callback done,
                           QObject *context)
    : QObject(context)
    , m_network(network)
    , m_leaders(leaders)
    , m_caFile(endpoint.caFile)
    , m_verifyTls(endpoint.verifyTls)
    , m_configured(endpoint.masters)
    , m_timeoutMs(endpoint.timeoutMs)
    , m_call(std::move(call))
    , m_done(std::move(done))
{
    if (!endpoint.user.isEmpty())
        m_authorization = "Basic " + (endpoint.user + u':' + endpoint.password).toUtf8().toBase64();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpExchange::handleTimeout);
}

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpExchange::start()
{
    m_base = m_leaders ? m_leaders->base() : QUrl();
    if (m_base.isEmpty()) {
        HttpResult r;
        r.error = {MasterError::Kind::Network, 0, tr("no master is configured"), {}};
        finish(r);
        return;
    }
    send(withPath(m_base, m_call.path));
}

QUrl HttpExchange::redirectTarget(const QUrl &from, const QByteArray &location)
{
    // The master names the leader as `//host:port/path`, keeping our scheme. An absolute URL
    // is followed only in the same scheme: never from https down to http, and nowhere else.
    if (location.isEmpty())
        return QUrl();
    const QUrl reference = QUrl::fromEncoded(location, QUrl::StrictMode);
    if (!reference.isValid() || !reference.userInfo().isEmpty())
        return QUrl();
    if (!reference.scheme().isEmpty() && reference.scheme() != from.scheme())
        return QUrl();
    const QUrl target = from.resolved(reference);
    if (target.scheme() != from.scheme() || target.host().isEmpty())
        return QUrl();
    return target;
}

bool HttpExchange::tlsExempt(const QUrl &url) const
{
    // Verification is turned off for the masters the user named, not for wherever they point.
    if (m_verifyTls)
        return false;
    return std::any_of(m_configured.cbegin(), m_configured.cend(),
                       [&url](const QUrl &master) { return sameServer(master, url); });
}

void HttpExchange::send(const QUrl &url)
{
    ++m_attempt;
    m_timedOut = false;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (!m_call.accept.isEmpty())
        request.setRawHeader("Accept", m_call.accept);
    if (!m_call.contentType.isEmpty())
        request.setRawHeader("Content-Type", m_call.contentType);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (url.scheme() == u"https" && !m_caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(m_caFile));
        request.setSslConfiguration(tls);
    }
    qCDebug(lcNet) << m_call.method << url.toString(QUrl::RemoveUserInfo);
    m_tooLarge = false;
    m_reply = m_network->sendCustomRequest(request, m_call.method, m_call.body);
    if (m_call.stream) {
        // Qt reads no further ahead of us than this. Not set at once: a request with a body is
        // started on Qt's network thread from the event loop, and a size set before then is not
        // passed on; the thread then reads as fast as the master sends, tens of MB while a
        // 10,000-agent SUBSCRIBED arrives and the window is busy.
        QMetaObject::invokeMethod(
            m_reply,
            [reply = m_reply] {
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                if (!status.isValid() || status.toInt() == 200) // an error is read whole
                    reply->setReadBufferSize(4 * kStreamSliceBytes);
            },
            Qt::QueuedConnection);
    }
    if (tlsExempt(url))
        m_reply->ignoreSslErrors();
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::checkSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::checkSize);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::handleFinished);
    m_timer.start(m_timeoutMs);
}

bool HttpExchange::deliverStream(bool whole)
{
    // Returns false when the receiver destroyed this exchange (its context) while being fed.
    if (!m_streaming) {
        if (m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
            m_reply->setReadBufferSize(0); // errors and redirects are read whole, like any answer
            return true;
        }
        m_streaming = true;
        m_timer.stop(); // the stream stays open; silence is the caller's to judge
    }
    // A slice per turn of the event loop: a SUBSCRIBED that arrived at once (150 MB on a fast
    // link) is handed over without a second copy of it and without freezing the window.
    const QPointer<HttpExchange> self(this);
    while (m_reply && m_reply->bytesAvailable() > 0) {
        m_call.stream(m_reply->read(kStreamSliceBytes));
        if (self.isNull())
            return false;
        if (!whole)
            break;
    }
    if (m_reply && m_reply->bytesAvailable() > 0 && !m_sliceQueued) {
        m_sliceQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_sliceQueued = false;
                if (m_reply && m_streaming)
                    deliverStream(false);
            },
            Qt::QueuedConnection);
    }
    return true;
}

void HttpExchange::checkSize()
{
    // The reply buffers the whole answer: stop as soon as it is announced or known to be too big.
    if (!m_reply || m_tooLarge)
        return;
    if (m_call.stream && (!deliverStream(false) || m_streaming))
        return; // a stream has no size to check (and the exchange may be gone)
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > m_call.maxBodyBytes || m_reply->bytesAvailable() > m_call.maxBodyBytes) {
        m_tooLarge = true;
        m_reply->abort(); // finished() follows
    }
}

void HttpExchange::handleTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows synchronously with OperationCanceledError
}

void HttpExchange::handleFinished()
{
    m_timer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    HttpResult result;
    result.servedBy = m_base;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_streaming) {
        m_reply = reply;
        const bool alive = deliverStream(true);
        if (!alive)
            return;
        m_reply = nullptr;
        // A stream has no normal end: the master closed it, or the connection broke.
        result.error
            = {MasterError::Kind::Network,
               200,
               reply->error() == QNetworkReply::NoError ? tr("the master closed the event stream")
                                                        : reply->errorString(),
               {}};
        finish(result);
        return;
    }
    if (reply->isOpen() && !m_tooLarge) // an aborted reply is closed; reading it only warns
        result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");

    if (m_tooLarge) {
        result.body.clear();
        result.error = {
            MasterError::Kind::BadReply,
            result.status,
            tr("it is larger than %1, the most Slipway accepts").arg(sizeText(m_call.maxBodyBytes)),
            {}};
        finish(result);
        return;
    }
    if (m_timedOut || result.status == 0) {
        // A time-out is one whether or not the headers had arrived.
        const MasterError e = transportError(reply);
        if (retry(e, result.servedBy, reply->error() == QNetworkReply::ConnectionRefusedError))
            return;
        result.error = e;
        finish(result);
        return;
    }
    if (result.status == 307) {
        followRedirect(reply, result);
        return;
    }
    if (result.status >= 400) {
        result.error = httpError(result.status, result.body, reply->rawHeader("WWW-Authenticate"));
        if (retry(result.error, result.servedBy, false))
            return;
    } else if (reply->error() != QNetworkReply::NoError) {
        // A status line arrived but the body did not (connection dropped mid-reply).
        result.error = {MasterError::Kind::Network, result.status, reply->errorString(), {}};
        if (retry(result.error, result.servedBy, false))
            return;
    }
    finish(result);
}

MasterError HttpExchange::transportError(QNetworkReply *reply) const
{
    MasterError e;
    if (m_timedOut) {
        e.kind = MasterError::Kind::Timeout;
        e.message = tr("%1 ms").arg(m_timeoutMs);
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        e.kind = MasterError::Kind::Tls;
        e.message = reply->errorString();
    } else {
        e.kind = MasterError::Kind::Network;
        e.message = reply->errorString();
    }
    return e;
}

void HttpExchange::followRedirect(QNetworkReply *reply, HttpResult &result)
{
    const QByteArray location = reply->rawHeader("Location");
    if (location.isEmpty() || ++m_redirects > kMaxRedirects) {
        result.error = {MasterError::Kind::Http, 307, tr("too many redirects between masters"), {}};
        finish(result);
        return;
    }
    const QUrl target = redirectTarget(reply->url(), location);
    if (target.isEmpty()) {
        result.error = {MasterError::Kind::Http,
                        307,
                        tr("redirected to %1, which Slipway does not follow (only the master's "
                           "own form, //HOST:PORT, or the same scheme)")
                            .arg(QString::fromUtf8(location)),
                        {}};
        finish(result);
        return;
    }
    // Same cluster, same scheme: the leader gets the same request and credentials; a TLS
    // exemption does not follow unless the leader is itself one of the configured masters.
    m_base = baseOf(target);
    if (m_leaders)
        m_leaders->setLeader(m_base);
    --m_attempt;
    send(target);
}

bool HttpExchange::retry(const MasterError &error, const QUrl &base, bool refused)
{
    if (error.kind == MasterError::Kind::Network || error.kind == MasterError::Kind::Timeout
        || error.kind == MasterError::Kind::NoLeader) {
        if (m_leaders)
            m_leaders->markUnreachable(base);
    }
    if (!error.isTransient() || m_attempt >= kMaxAttempts)
        return false;
    if (!m_call.idempotent) {
        // A write may have been applied; only a refused connection proves it was not sent. The
        // error code says so in every language; the message is translated.
        if (!refused)
            return false;
    }
    const int delay = 200 << (m_attempt - 1);
    qCDebug(lcNet) << "retrying in" << delay << "ms after" << error.describe();
    QTimer::singleShot(delay, this, [this] {
        m_base = m_leaders ? m_leaders->base() : m_base;
        send(withPath(m_base, m_call.path));
    });
    return true;
}

void HttpExchange::finish(HttpResult result)
{
    Callback done = std::move(m_done);
    deleteLater();
    if (done)
        done(result);
}
