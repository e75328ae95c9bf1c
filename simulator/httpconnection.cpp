#include "httpconnection.h"

#include "gzip.h"
#include "simlogging.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <QUrl>

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    // Big documents (/state of 10,000 agents is ~23 MB) leave in fewer, larger writes.
    m_socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, 4 * 1024 * 1024);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(IdleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (!m_streaming)
            close();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readData);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_closing = true;
        finish();
    });
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(RequestTimeoutMs);
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        if (!m_busy && !m_streaming && !m_closing)
            fail(408); // a client trickling a request in must not hold the connection forever
    });
    m_idleTimer.start();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::readData, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::readData()
{
    if (m_closing)
        return;
    if (m_streaming) {
        m_socket->readAll(); // a stream answers one request; anything sent after it is ignored
        return;
    }
    m_buffer += m_socket->readAll();
    m_idleTimer.start();
    processBuffer();
}

void HttpConnection::processBuffer()
{
    if (!m_busy && !m_streaming && !m_buffer.isEmpty() && !m_requestTimer.isActive())
        m_requestTimer.start();
    while (!m_busy && !m_closing && !m_streaming) {
        if (!m_headParsed) {
            const Parse head = parseHead();
            if (head != Parse::Done)
                return;
        }
        const Parse body = m_chunked ? parseChunkedBody() : parseBody();
        if (body != Parse::Done)
            return;
        m_headParsed = false;
        m_busy = true;
        m_acceptsGzip = Gzip::accepted(m_request.header("Accept-Encoding"));
        m_requestTimer.stop();
        const HttpRequest request = std::move(m_request);
        m_request = HttpRequest();
        Q_EMIT requestReceived(this, request);
    }
}

HttpConnection::Parse HttpConnection::parseHead()
{
    qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            fail(400);
        return Parse::NeedMore;
    }
    // Tolerate blank lines before a request (RFC 7230 §3.5).
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    m_buffer.remove(0, end + 4);
    qsizetype first = 0;
    while (first < lines.size() && lines[first].trimmed().isEmpty())
        ++first;
    if (first == lines.size()) {
        fail(400);
        return Parse::Failed;
    }
    const QList<QByteArray> parts = lines[first].trimmed().split(' ');
    if (parts.size() != 3 || !parts[2].startsWith("HTTP/1.")) {
        fail(400);
        return Parse::Failed;
    }
    m_request.method = parts[0];
    const QByteArray target = parts[1];
    const qsizetype q = target.indexOf('?');
    m_request.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
    m_request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    for (qsizetype i = first + 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400);
            return Parse::Failed;
        }
        m_request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray connection = m_request.header("Connection").toLower();
    m_keepAlive = parts[2] == "HTTP/1.1" ? !connection.contains("close")
                                         : connection.contains("keep-alive");
    m_chunked = m_request.header("Transfer-Encoding").toLower().contains("chunked");
    m_contentLength = 0;
    if (!m_chunked && m_request.hasHeader("Content-Length")) {
        bool ok = false;
        m_contentLength = m_request.header("Content-Length").toLongLong(&ok);
        if (!ok || m_contentLength < 0) {
            fail(400);
            return Parse::Failed;
        }
        if (m_contentLength > MaxBodyBytes) {
            fail(413);
            return Parse::Failed;
        }
    }
    if (m_request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_headParsed = true;
    return Parse::Done;
}

HttpConnection::Parse HttpConnection::parseBody()
{
    if (m_buffer.size() < m_contentLength)
        return Parse::NeedMore;
    m_request.body = m_buffer.left(m_contentLength);
    m_buffer.remove(0, m_contentLength);
    return Parse::Done;
}

HttpConnection::Parse HttpConnection::parseChunkedBody()
{
    // Decodes as much as is buffered; m_request.body grows chunk by chunk.
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (lineEnd < 0) {
            if (m_buffer.size() > 1024)
                fail(400);
            return Parse::NeedMore;
        }
        bool ok = false;
        const QByteArray sizeText = m_buffer.left(lineEnd).split(';').first().trimmed();
        const qint64 size = sizeText.toLongLong(&ok, 16);
        if (!ok || size < 0) {
            fail(400);
            return Parse::Failed;
        }
        if (size > MaxBodyBytes - m_request.body.size()) { // no sum that can overflow
            fail(413);
            return Parse::Failed;
        }
        if (size == 0) {
            const qsizetype trailerEnd = m_buffer.indexOf("\r\n\r\n", lineEnd);
            if (m_buffer.mid(lineEnd, 4) == "\r\n\r\n") {
                m_buffer.remove(0, lineEnd + 4);
                return Parse::Done;
            }
            if (trailerEnd < 0)
                return Parse::NeedMore;
            m_buffer.remove(0, trailerEnd + 4);
            return Parse::Done;
        }
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return Parse::NeedMore;
        m_request.body += m_buffer.mid(lineEnd + 2, size);
        m_buffer.remove(0, lineEnd + 2 + size + 2);
    }
}

void HttpConnection::fail(int status)
{
    m_keepAlive = false;
    writeResponse(HttpResponse::text(status), false);
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (m_closing)
        return;
    m_busy = false;
    writeResponse(response, false);
    if (!m_closing)
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

void HttpConnection::beginStream(const HttpResponse &head)
{
    if (m_closing)
        return;
    m_busy = false;
    m_streaming = true;
    m_idleTimer.stop();
    writeResponse(head, true);
}

void HttpConnection::writeChunk(const QByteArray &data)
{
    if (m_closing || !m_streaming || data.isEmpty())
        return;
    if (m_socket->bytesToWrite() > MaxPendingStreamBytes) {
        qCWarning(lcSim) << "dropping a stream subscriber that does not read";
        close();
        return;
    }
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void HttpConnection::close()
{
    if (m_closing)
        return;
    m_closing = true;
    m_idleTimer.stop();
    m_requestTimer.stop();
    m_socket->disconnectFromHost();
    // A peer that never reads would keep the unsent bytes, and this object, forever.
    QTimer::singleShot(CloseTimeoutMs, this, [this] { m_socket->abort(); });
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT closed(this);
    deleteLater();
}

static QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'")
        .toLatin1();
}

void HttpConnection::writeResponse(const HttpResponse &response, bool streaming)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + HttpResponse::reasonPhrase(response.status) + "\r\n";
    out += "Date: " + httpDate() + "\r\n";
    QByteArray body = response.body;
    if (!streaming && m_acceptsGzip && body.size() >= Gzip::MinimumBodyLength
        && response.header("Content-Encoding").isNull()) {
        if (const QByteArray compressed = Gzip::compress(body); !compressed.isEmpty()) {
            body = compressed;
            out += "Content-Encoding: gzip\r\n";
        }
    }
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (streaming)
        out += "Transfer-Encoding: chunked\r\n";
    else
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!m_keepAlive)
        out += "Connection: close\r\n";
    out += "\r\n";
    m_socket->write(out);
    if (!streaming && !body.isEmpty())
        m_socket->write(body); // shared, not copied, for big documents
    if (!m_keepAlive && !streaming)
        close();
}
