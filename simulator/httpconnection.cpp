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

namespace {

// RFC 9112 §6.3: a Content-Length is digits only; repeated (as headers or a list) only with one
// value. -1: malformed or conflicting.
qint64 contentLength(const HttpRequest &request)
{
    qint64 length = -1;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : value.split(',')) {
            const QByteArray digits = part.trimmed();
            if (digits.isEmpty() || digits.size() > 18)
                return -1;
            for (const char c : digits) {
                if (c < '0' || c > '9')
                    return -1;
            }
            const qint64 n = digits.toLongLong();
            if (length >= 0 && n != length)
                return -1;
            length = n;
        }
    }
    return length;
}

} // namespace

HttpConnection::Parse HttpConnection::parseHead()
{
    // The header block is limited whether or not its end has arrived yet.
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if ((end < 0 ? m_buffer.size() : end + 4) > MaxHeaderBytes) {
        fail(400);
        return Parse::Failed;
    }
    if (end < 0)
        return Parse::NeedMore;
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
    if (const int status = parseFraming(); status != 0) {
        fail(status);
        return Parse::Failed;
    }
    if (m_request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_headParsed = true;
    return Parse::Done;
}

int HttpConnection::parseFraming()
{
    // RFC 9112 §6.1 and §6.3: chunked must be the last (here: the only) transfer coding, and a
    // request with both framings, or with Content-Lengths that disagree, is refused outright:
    // picking one is how requests are smuggled past a proxy that picked the other.
    const bool hasTransferEncoding = m_request.hasHeader("Transfer-Encoding");
    const bool hasLength = m_request.hasHeader("Content-Length");
    m_chunked = false;
    m_contentLength = 0;
    if (hasTransferEncoding) {
        QList<QByteArray> codings;
        for (const auto &[name, value] : m_request.headers) {
            if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
                for (const QByteArray &c : value.split(','))
                    codings.append(c.trimmed().toLower());
            }
        }
        if (hasLength || codings.isEmpty() || codings.last() != "chunked")
            return 400;
        if (codings.size() != 1)
            return 501; // chunked over another coding: not implemented
        m_chunked = true;
        return 0;
    }
    if (!hasLength)
        return 0;
    m_contentLength = contentLength(m_request);
    if (m_contentLength < 0)
        return 400;
    if (m_contentLength > MaxBodyBytes)
        return 413;
    return 0;
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
    // Decodes as much as is buffered; m_request.body grows chunk by chunk. No sum below can
    // overflow: sizes have at most MaxChunkSizeDigits hex digits and are checked against what
    // is left of the cap before anything is added to them.
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (lineEnd < 0) {
            if (m_buffer.size() > MaxChunkLineBytes)
                fail(400);
            return Parse::NeedMore;
        }
        if (lineEnd > MaxChunkLineBytes) {
            fail(400);
            return Parse::Failed;
        }
        const qint64 size = chunkSize(m_buffer.left(lineEnd));
        if (size < 0) {
            fail(400);
            return Parse::Failed;
        }
        if (size > MaxBodyBytes - m_request.body.size()) {
            fail(413);
            return Parse::Failed;
        }
        if (size == 0)
            return parseTrailer(lineEnd);
        const qsizetype dataStart = lineEnd + 2;
        if (m_buffer.size() - dataStart < size + 2)
            return Parse::NeedMore;
        if (m_buffer.mid(dataStart + size, 2) != "\r\n") {
            fail(400); // the chunk is not the size it announced
            return Parse::Failed;
        }
        m_request.body += m_buffer.mid(dataStart, size);
        m_buffer.remove(0, dataStart + size + 2);
    }
}

HttpConnection::Parse HttpConnection::parseTrailer(qsizetype lastChunkLineEnd)
{
    // The last chunk's line, optional trailer fields (ignored), then an empty line.
    if (m_buffer.mid(lastChunkLineEnd, 4) == "\r\n\r\n") {
        m_buffer.remove(0, lastChunkLineEnd + 4);
        return Parse::Done;
    }
    const qsizetype trailerEnd = m_buffer.indexOf("\r\n\r\n", lastChunkLineEnd);
    if (trailerEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            fail(400);
        return Parse::NeedMore;
    }
    if (trailerEnd > MaxHeaderBytes) {
        fail(400);
        return Parse::Failed;
    }
    m_buffer.remove(0, trailerEnd + 4);
    return Parse::Done;
}

qint64 HttpConnection::chunkSize(const QByteArray &line)
{
    // chunk-size is 1*HEXDIG (no sign, no 0x, no spaces before it), optionally followed by
    // chunk extensions after ';'.
    const qsizetype semicolon = line.indexOf(';');
    const QByteArray digits = semicolon < 0 ? line : line.left(semicolon).trimmed();
    if (digits.isEmpty() || digits.size() > MaxChunkSizeDigits)
        return -1;
    qint64 size = 0;
    for (const char c : digits) {
        const int v = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'f'         ? c - 'a' + 10
            : c >= 'A' && c <= 'F'         ? c - 'A' + 10
                                           : -1;
        if (v < 0)
            return -1;
        size = size * 16 + v;
    }
    return size;
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
