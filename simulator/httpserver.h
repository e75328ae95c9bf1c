#pragma once

#include "httprequest.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

class HttpConnection;
class QTcpServer;
class QTcpSocket;

/// A small HTTP/1.1 server on QTcpServer that gives its handler full control of status line,
/// headers and framing (see docs/decisions.md for why not QHttpServer 6.4).
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(HttpConnection *, const HttpRequest &)>;

    explicit HttpServer(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Connections open at once; more are answered 503 and closed (default 512, well inside a
    /// process's usual 1024 file descriptors).
    void setMaxConnections(int count) { m_maxConnections = count; }
    int connectionCount() const { return m_connections; }
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;

private:
    void acceptConnections();
    static void refuse(QTcpSocket *socket);

    QTcpServer *m_server;
    Handler m_handler;
    int m_maxConnections = 512;
    int m_connections = 0;
};
