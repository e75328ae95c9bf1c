#pragma once

#include "httprequest.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

class HttpConnection;
class QTcpServer;

/// A small HTTP/1.1 server on QTcpServer that gives its handler full control of status line,
/// headers and framing (see docs/decisions.md for why not QHttpServer 6.4).
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(HttpConnection *, const HttpRequest &)>;

    explicit HttpServer(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;

private:
    void acceptConnections();

    QTcpServer *m_server;
    Handler m_handler;
};
