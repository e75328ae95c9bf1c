#pragma once

// Shared by the MasterClient tests: a simulated master's scenario, a stand-in master that answers
// with canned raw HTTP, and a fixture that builds clients and waits for their answers.

#include "net/leadertracker.h"
#include "net/masterclient.h"
#include "simprocess.h"
#include "json/schedulecodec.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using Api = MasterEndpoint::Api;

Q_DECLARE_METATYPE(MasterEndpoint::Api)

inline constexpr int kWaitMs = 60000; // generous: a loaded 2-core machine

inline const QByteArray kScenario = R"({
  "agents": [
    {"hostname": "h1", "ip": "10.0.0.1"},
    {"hostname": "h2", "ip": "10.0.0.2"},
    {"hostname": "h3", "ip": "10.0.0.3"}
  ],
  "frameworks": [
    {"name": "web", "policy": "silent", "tasks": [{"agent": "h1", "count": 2}]}
  ]
})";

inline Schedule twoMachines()
{
    MaintenanceWindow w;
    w.machines = {MachineId::of(u"h1"_s, u"10.0.0.1"_s), MachineId::of(u"h2"_s, u"10.0.0.2"_s)};
    w.unavailability.startNs = 1900000000000000000LL;
    w.unavailability.durationNs = 3600000000000LL;
    Schedule s;
    s.windows = {w};
    return s;
}

template<typename T>
struct Answer
{
    int calls = 0;
    std::optional<T> value;
    MasterError error;
};

struct Outcome
{
    int calls = 0;
    MasterError error;
};

/// A stand-in "master" that answers each request with the next canned raw HTTP response (the
/// last one repeats) and can cut the connection mid-reply.
class FakeMaster : public QTcpServer
{
public:
    struct Reply
    {
        QByteArray raw;
        bool cut = false; ///< close the connection right after writing raw
    };
    QList<Reply> replies;
    int requests = 0;
    QList<QByteArray> methods;
    QList<QByteArray> paths;

    FakeMaster()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                    delete buffer;
                    socket->deleteLater();
                });
                connect(socket, &QTcpSocket::readyRead, this,
                        [this, socket, buffer] { serve(socket, *buffer); });
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }

    static Reply ok(const QByteArray &body)
    {
        return {"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body,
                false};
    }
    static Reply status503()
    {
        const QByteArray body = "503 Service Unavailable.";
        return {"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                "Content-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body,
                false};
    }

private:
    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        methods.append(requestLine.value(0));
        paths.append(requestLine.value(1));
        buffer.clear();
        const Reply reply = replies.value(qMin<qsizetype>(requests, replies.size() - 1));
        ++requests;
        socket->write(reply.raw);
        socket->flush();
        if (reply.cut)
            socket->abort();
        else
            socket->disconnectFromHost();
    }
};

/// A loopback port with nothing listening on it.
inline quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

class MasterClientFixture
{
protected:
    QNetworkAccessManager m_network;

    std::unique_ptr<MasterClient> client(const QList<QUrl> &masters, Api api = Api::Auto,
                                         int timeoutMs = 15000, const QString &user = {},
                                         const QString &password = {})
    {
        auto c = std::make_unique<MasterClient>(&m_network);
        MasterEndpoint e;
        e.masters = masters;
        e.api = api;
        e.timeoutMs = timeoutMs;
        e.user = user;
        e.password = password;
        c->setEndpoint(e);
        return c;
    }

    static Answer<Schedule> fetchSchedule(MasterClient &c)
    {
        Answer<Schedule> a;
        QObject context;
        c.fetchSchedule(&context, [&a](std::optional<Schedule> v, const MasterError &e) {
            ++a.calls;
            a.value = std::move(v);
            a.error = e;
        });
        if (!QTest::qWaitFor([&a] { return a.calls > 0; }, kWaitMs))
            qWarning("no answer within %d ms", kWaitMs);
        return a;
    }
    static Answer<MaintenanceStatus> fetchStatus(MasterClient &c)
    {
        Answer<MaintenanceStatus> a;
        QObject context;
        c.fetchStatus(&context, [&a](std::optional<MaintenanceStatus> v, const MasterError &e) {
            ++a.calls;
            a.value = std::move(v);
            a.error = e;
        });
        if (!QTest::qWaitFor([&a] { return a.calls > 0; }, kWaitMs))
            qWarning("no answer within %d ms", kWaitMs);
        return a;
    }
    template<typename Start>
    static Outcome mutate(Start start)
    {
        Outcome o;
        QObject context;
        start(&context, [&o](const MasterError &e) {
            ++o.calls;
            o.error = e;
        });
        if (!QTest::qWaitFor([&o] { return o.calls > 0; }, kWaitMs))
            qWarning("no answer within %d ms", kWaitMs);
        return o;
    }
    static Outcome postSchedule(MasterClient &c, const Schedule &s)
    {
        return mutate([&](QObject *ctx, MasterClient::Done done) { c.postSchedule(s, ctx, done); });
    }
};
