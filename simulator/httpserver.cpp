#include "httpserver.h"

#include "httpconnection.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= m_maxConnections) {
            refuse(socket);
            continue;
        }
        ++m_connections;
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::closed, this, [this] { --m_connections; });
        connect(connection, &HttpConnection::requestReceived, this,
                [this](HttpConnection *c, const HttpRequest &request) {
                    if (m_handler)
                        m_handler(c, request);
                    else
                        c->respond(HttpResponse::text(503));
                });
    }
}

void HttpServer::refuse(QTcpSocket *socket)
{
    // A flood of idle connections must not take every file descriptor: say why and close.
    static const QByteArray body = "503 Service Unavailable.";
    socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                  "Content-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(HttpConnection::CloseTimeoutMs, socket, [socket] { socket->abort(); });
    socket->disconnectFromHost();
}
