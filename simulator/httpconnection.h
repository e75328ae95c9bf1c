#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

/// One client connection: parses HTTP/1.x requests (Content-Length or chunked bodies, capped),
/// hands each to the server and writes exactly the response it is given. Requests on one
/// connection are answered in order; a slow or silent client is dropped after a timeout, never
/// blocking anyone else. A connection can turn into an endless chunked stream (SUBSCRIBE).
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 32 * 1024 * 1024;
    static constexpr int IdleTimeoutMs = 60 * 1000;
    static constexpr int RequestTimeoutMs = 30 * 1000; ///< to receive one whole request
    static constexpr int CloseTimeoutMs = 5 * 1000; ///< to flush before aborting
    static constexpr qint64 MaxPendingStreamBytes = 16 * 1024 * 1024;
    /// 15 hex digits hold any size below 2^60: no arithmetic on a size can overflow.
    static constexpr qsizetype MaxChunkSizeDigits = 15;
    static constexpr qsizetype MaxChunkLineBytes = 1024;

    explicit HttpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~HttpConnection() override;

    /// Answers the request last emitted by requestReceived().
    void respond(const HttpResponse &response);
    /// Answers with a streaming (chunked) response that stays open; then use writeChunk().
    void beginStream(const HttpResponse &head);
    void writeChunk(const QByteArray &data);
    bool isStreaming() const { return m_streaming; }
    void close();

Q_SIGNALS:
    void requestReceived(HttpConnection *connection, const HttpRequest &request);
    void closed(HttpConnection *connection);

private:
    enum class Parse { NeedMore, Done, Failed };

    void readData();
    void processBuffer();
    Parse parseHead();
    Parse parseBody();
    /// Checks the body framing headers: 0, or the status to refuse the request with.
    int parseFraming();
    Parse parseChunkedBody();
    Parse parseTrailer(qsizetype lastChunkLineEnd);
    /// The size in a chunk line, or -1 if it is not 1 to MaxChunkSizeDigits hex digits.
    static qint64 chunkSize(const QByteArray &line);
    void fail(int status);
    void writeResponse(const HttpResponse &response, bool streaming);
    void finish();

    QTcpSocket *m_socket;
    QTimer m_idleTimer;
    QTimer m_requestTimer; ///< runs while a request is partly received
    QByteArray m_buffer;
    HttpRequest m_request;
    bool m_headParsed = false;
    bool m_chunked = false;
    qsizetype m_contentLength = 0;
    bool m_busy = false; ///< a request is being answered
    bool m_keepAlive = true;
    bool m_acceptsGzip = false; ///< of the request being answered
    bool m_streaming = false;
    bool m_closing = false;
    bool m_finished = false;
};
