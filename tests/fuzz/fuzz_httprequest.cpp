// libFuzzer target: the simulator's HTTP/1.x request parser (HttpConnection), fed through a real
// loopback connection so the parser runs exactly as in the simulator: the bytes are sent, the
// client closes, and every request parsed on the way is answered (echoing its body).

#include "fuzzapp.h"
#include "httpconnection.h"

#include <QEventLoop>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

QTcpServer &server()
{
    static QTcpServer *s = [] {
        auto *listening = new QTcpServer;
        if (!listening->listen(QHostAddress::LocalHost, 0))
            std::abort();
        return listening;
    }();
    return *s;
}

void answer(HttpConnection *connection, const HttpRequest &request)
{
    HttpResponse response
        = HttpResponse::json(request.body, request.queryValue(u"jsonp"_s).toUtf8());
    response.setHeader("X-Path", request.path.toUtf8().toPercentEncoding());
    connection->respond(response);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server().serverPort());
    if (!client.waitForConnected(5000) || !server().waitForNewConnection(5000))
        std::abort();
    QPointer<HttpConnection> connection = new HttpConnection(server().nextPendingConnection());
    QEventLoop loop;
    QObject::connect(connection, &HttpConnection::requestReceived, connection, &answer);
    QObject::connect(connection, &HttpConnection::closed, &loop, &QEventLoop::quit);
    client.write(reinterpret_cast<const char *>(data), qint64(size));
    client.disconnectFromHost(); // flushes first; the server sees the bytes, then the end
    bool finished = false;
    QObject::connect(connection, &HttpConnection::closed, [&finished] { finished = true; });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (connection)
        loop.exec();
    if (!finished && connection) {
        std::fprintf(stderr, "the connection did not finish within 10 s\n");
        std::abort();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete connection.data();
    return 0;
}
