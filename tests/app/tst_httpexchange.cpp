// HttpExchange against scripted peers: which redirects it follows and with what (credentials,
// TLS exemption, scheme), the size cap on answers, a time-out after the headers, and retries
// decided by error code whatever language Qt's messages are in.

#include "net/httpexchange.h"
#include "net/leadertracker.h"
#include "net/masterendpoint.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30000;
const QString kCert = QStringLiteral(SLIPWAY_TEST_DATA "/tls/selfsigned.pem");
const QString kKey = QStringLiteral(SLIPWAY_TEST_DATA "/tls/selfsigned.key");

/// A peer that answers each request with what `respond` returns; plain or TLS (a self-signed
/// certificate for 127.0.0.1). An answer with `hold` keeps the connection open after writing.
class FakePeer : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QByteArray authorization;
    };
    struct Answer
    {
        QByteArray raw;
        bool hold = false;
    };
    std::function<Answer(const Request &)> respond;
    QList<Request> requests;
    bool tls = false;

    explicit FakePeer(bool useTls = false)
        : tls(useTls)
    {
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const
    {
        return QUrl(u"%1://127.0.0.1:%2"_s.arg(tls ? u"https"_s : u"http"_s).arg(serverPort()));
    }
    QByteArray authority() const { return "127.0.0.1:" + QByteArray::number(serverPort()); }

    static Answer ok(const QByteArray &body)
    {
        return {"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body};
    }
    static Answer redirect(const QByteArray &location)
    {
        return {"HTTP/1.1 307 Temporary Redirect\r\nLocation: " + location
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"};
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = nullptr;
        if (tls) {
            auto *ssl = new QSslSocket(this);
            ssl->setSocketDescriptor(descriptor);
            QFile cert(kCert), key(kKey);
            cert.open(QIODevice::ReadOnly);
            key.open(QIODevice::ReadOnly);
            ssl->setLocalCertificate(QSslCertificate(cert.readAll()));
            ssl->setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
            socket->setSocketDescriptor(descriptor);
        }
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            Request r;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.first().trimmed().split(' ');
            r.method = first.value(0);
            r.target = first.value(1);
            for (const QByteArray &line : lines.mid(1)) {
                const QByteArray lower = line.toLower();
                if (lower.startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
                if (lower.startsWith("authorization:"))
                    r.authorization = line.mid(14).trimmed();
            }
            if (buffer->size() < end + 4 + length)
                return;
            buffer->clear();
            requests.append(r);
            const Answer a = respond ? respond(r) : ok("{}");
            socket->write(a.raw);
            socket->flush();
            if (!a.hold)
                socket->disconnectFromHost();
        });
    }
};

/// Translates every Qt message, like a locale whose words Slipway cannot match.
class EverythingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *, const char *, int) const override
    {
        return u"翻译的消息"_s;
    }
};

quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

class tst_HttpExchange : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    struct Run
    {
        int calls = 0;
        HttpResult result;
    };

    Run run(LeaderTracker &leaders, const MasterEndpoint &endpoint, const HttpCall &call)
    {
        Run r;
        QObject context;
        auto *exchange = new HttpExchange(
            &m_network, &leaders, endpoint, call,
            [&r](const HttpResult &result) {
                ++r.calls;
                r.result = result;
            },
            &context);
        exchange->start();
        if (!QTest::qWaitFor([&r] { return r.calls > 0; }, kWaitMs))
            qWarning("no answer within %d ms", kWaitMs);
        return r;
    }

    static MasterEndpoint endpointFor(const QList<QUrl> &masters)
    {
        MasterEndpoint e;
        e.masters = masters;
        e.user = u"alice"_s;
        e.password = u"s3cret"_s;
        e.timeoutMs = 10000;
        return e;
    }
    static QByteArray alice() { return "Basic " + QByteArray("alice:s3cret").toBase64(); }

private Q_SLOTS:
    void redirectTarget_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("expected"); // empty: not followed
        const QString http = u"http://m1.example:5050/master/state"_s;
        const QString https = u"https://m1.example:5050/master/state"_s;
        QTest::newRow("master's form, http") << http << QByteArray("//m2.example:5050/master/state")
                                             << u"http://m2.example:5050/master/state"_s;
        QTest::newRow("master's form, https keeps https")
            << https << QByteArray("//m2.example:5050/master/state")
            << u"https://m2.example:5050/master/state"_s;
        QTest::newRow("same scheme absolute")
            << https << QByteArray("https://m2.example:5050/master/state")
            << u"https://m2.example:5050/master/state"_s;
        QTest::newRow("path on the same master")
            << http << QByteArray("/master/state") << u"http://m1.example:5050/master/state"_s;
        QTest::newRow("downgrade to http")
            << https << QByteArray("http://m2.example:5050/x") << QString();
        QTest::newRow("downgrade, same host")
            << https << QByteArray("http://m1.example:5050/master/state") << QString();
        QTest::newRow("other scheme upward")
            << http << QByteArray("https://m2.example:5050/x") << QString();
        QTest::newRow("file") << http << QByteArray("file:///etc/passwd") << QString();
        QTest::newRow("ftp") << http << QByteArray("ftp://m2.example/x") << QString();
        QTest::newRow("user info") << http << QByteArray("//eve:pw@m2.example:5050/x") << QString();
        QTest::newRow("empty") << http << QByteArray() << QString();
        QTest::newRow("no host") << http << QByteArray("http:///x") << QString();
    }
    void redirectTarget()
    {
        QFETCH(QString, from);
        QFETCH(QByteArray, location);
        QFETCH(QString, expected);
        const QUrl target = HttpExchange::redirectTarget(QUrl(from), location);
        QCOMPARE(target.toString(), expected);
    }

    void followsTheMastersRedirectWithCredentials()
    {
        FakePeer leader, follower;
        follower.respond = [&](const FakePeer::Request &r) {
            return FakePeer::redirect("//" + leader.authority() + r.target);
        };
        leader.respond = [](const FakePeer::Request &) {
            return FakePeer::ok("{}");
        };
        LeaderTracker leaders;
        leaders.setMasters({follower.url()});
        QSignalSpy moved(&leaders, &LeaderTracker::leaderMoved);
        HttpCall call;
        call.path = u"/master/maintenance/schedule"_s;
        const Run r = run(leaders, endpointFor({follower.url()}), call);
        QCOMPARE(r.calls, 1);
        QVERIFY2(!r.result.error.isError(), qPrintable(r.result.error.describe()));
        QCOMPARE(r.result.servedBy, leader.url());
        QCOMPARE(leader.requests.size(), 1);
        QCOMPARE(leader.requests[0].target, QByteArray("/master/maintenance/schedule"));
        // Same cluster, same scheme: the leader gets the credentials the follower got.
        QCOMPARE(leader.requests[0].authorization, alice());
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).toUrl(), follower.url());
        QCOMPARE(moved.at(0).at(1).toUrl(), leader.url());
        QCOMPARE(leaders.base(), leader.url());
    }

    void refusesRedirectToAnotherScheme()
    {
        // An https master redirecting to http: neither the request nor the credentials go there.
        FakePeer plain;
        FakePeer secure(true);
        secure.respond = [&](const FakePeer::Request &r) {
            return FakePeer::redirect("http://" + plain.authority() + r.target);
        };
        LeaderTracker leaders;
        leaders.setMasters({secure.url()});
        MasterEndpoint e = endpointFor({secure.url()});
        e.verifyTls = false; // for this master only
        QSignalSpy moved(&leaders, &LeaderTracker::leaderMoved);
        HttpCall call;
        call.path = u"/master/state"_s;
        const Run r = run(leaders, e, call);
        QCOMPARE(r.calls, 1);
        QCOMPARE(secure.requests.size(), 1);
        QCOMPARE(plain.requests.size(), 0);
        QCOMPARE(r.result.error.kind, MasterError::Kind::Http);
        QCOMPARE(r.result.error.httpStatus, 307);
        QVERIFY2(
            r.result.error.message.contains(u"http://"_s + QString::fromLatin1(plain.authority())),
            qPrintable(r.result.error.message));
        QCOMPARE(moved.count(), 0);
        QCOMPARE(leaders.base(), secure.url());
    }

    void tlsExemptionStaysWithItsMaster()
    {
        FakePeer follower(true), leader(true);
        follower.respond = [&](const FakePeer::Request &r) {
            return FakePeer::redirect("//" + leader.authority() + r.target);
        };
        HttpCall call;
        call.path = u"/master/state"_s;
        MasterEndpoint e = endpointFor({follower.url()});
        e.verifyTls = false; // the user trusts this one master without checking
        {
            LeaderTracker leaders;
            leaders.setMasters({follower.url()});
            const Run r = run(leaders, e, call);
            QCOMPARE(r.calls, 1);
            QCOMPARE(follower.requests.size(), 1);
            QCOMPARE(r.result.error.kind, MasterError::Kind::Tls);
            QVERIFY(leader.requests.isEmpty()); // nothing (no credentials) went over that link
        }
        // With its CA given, the leader is verified and the call goes through. (Connections keep
        // the TLS settings they were opened with; MasterClient clears them on such a change.)
        m_network.clearConnectionCache();
        e.caFile = kCert;
        LeaderTracker leaders;
        leaders.setMasters({follower.url()});
        const Run r = run(leaders, e, call);
        QVERIFY2(!r.result.error.isError(), qPrintable(r.result.error.describe()));
        QCOMPARE(leader.requests.size(), 1);
        QCOMPARE(leader.requests[0].authorization, alice());
    }

    void answersAreCapped_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length") << true;
        QTest::newRow("chunked") << false;
    }
    void answersAreCapped()
    {
        QFETCH(bool, announced);
        FakePeer peer;
        const QByteArray big(64 * 1024, 'x');
        peer.respond = [&](const FakePeer::Request &) {
            if (announced)
                return FakePeer::ok(big);
            QByteArray raw = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
            for (int i = 0; i < 16; ++i)
                raw += QByteArray::number(4096, 16) + "\r\n" + big.left(4096) + "\r\n";
            return FakePeer::Answer {raw + "0\r\n\r\n"};
        };
        LeaderTracker leaders;
        leaders.setMasters({peer.url()});
        HttpCall call;
        call.path = u"/master/state"_s;
        call.maxBodyBytes = 16 * 1024;
        const Run r = run(leaders, endpointFor({peer.url()}), call);
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.result.error.kind, MasterError::Kind::BadReply);
        QVERIFY2(r.result.error.describe().contains(u"16 KiB"_s),
                 qPrintable(r.result.error.describe()));
        QVERIFY(r.result.body.isEmpty());
        QCOMPARE(peer.requests.size(), 1); // too big is not retried

        call.maxBodyBytes = big.size();
        QVERIFY(!run(leaders, endpointFor({peer.url()}), call).result.error.isError());
    }

    void streamRefusalIsNotRetried_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("requests");
        QTest::addColumn<bool>("transient");
        const auto text = [](const QByteArray &status, const QByteArray &body) -> QByteArray {
            return "HTTP/1.1 " + status
                + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        };
        QTest::newRow("403") << text("403 Forbidden", "403 Forbidden.") << 1 << false;
        QTest::newRow("401") << text("401 Unauthorized", "401 Unauthorized.") << 1 << false;
        QTest::newRow("404") << text("404 Not Found", "404 Not Found.") << 1 << false;
        // The control: a transient failure is asked again, up to the limit.
        QTest::newRow("503") << text("503 Service Unavailable", "503 Service Unavailable.")
                             << HttpExchange::kMaxAttempts << true;
    }
    void streamRefusalIsNotRetried()
    {
        // A SUBSCRIBE as EventSubscription sends it (a streaming read, so retryable when
        // transient): a refusal reaches the caller after one request.
        QFETCH(QByteArray, answer);
        QFETCH(int, requests);
        QFETCH(bool, transient);
        FakePeer peer;
        peer.respond = [answer](const FakePeer::Request &) {
            return FakePeer::Answer {answer};
        };
        LeaderTracker leaders;
        leaders.setMasters({peer.url()});
        HttpCall call;
        call.method = "POST";
        call.path = u"/api/v1"_s;
        call.body = "{}";
        call.contentType = "application/json";
        call.stream = [](const QByteArray &) {
        };
        const Run r = run(leaders, endpointFor({peer.url()}), call);
        QCOMPARE(r.calls, 1);
        QVERIFY(r.result.error.isError());
        QCOMPARE(r.result.error.isTransient(), transient);
        QCOMPARE(peer.requests.size(), requests);
    }

    void timeoutAfterHeadersSaysTimedOut()
    {
        FakePeer peer;
        peer.respond = [](const FakePeer::Request &) {
            return FakePeer::Answer {"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"windows\":",
                                     true};
        };
        LeaderTracker leaders;
        leaders.setMasters({peer.url()});
        MasterEndpoint e = endpointFor({peer.url()});
        e.timeoutMs = 300;
        HttpCall call;
        call.path = u"/master/maintenance/schedule"_s;
        call.idempotent = false; // one attempt
        const Run r = run(leaders, e, call);
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.result.error.kind, MasterError::Kind::Timeout);
        QVERIFY(r.result.error.describe().contains(u"300 ms"_s));
    }

    void refusedWriteIsRetriedInAnyLanguage()
    {
        // A refused connection proves a write was never sent, so it moves on to the next master,
        // whatever words Qt uses for "refused".
        EverythingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        FakePeer peer;
        const QUrl dead(u"http://127.0.0.1:%1"_s.arg(deadPort()));
        LeaderTracker leaders;
        leaders.setMasters({dead, peer.url()});
        HttpCall call;
        call.method = "POST";
        call.path = u"/master/maintenance/schedule"_s;
        call.body = "{}";
        call.idempotent = false;
        const Run r = run(leaders, endpointFor({dead, peer.url()}), call);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(r.calls, 1);
        QVERIFY2(!r.result.error.isError(), qPrintable(r.result.error.describe()));
        QCOMPARE(peer.requests.size(), 1);
        QCOMPARE(peer.requests[0].method, QByteArray("POST"));
    }
};

QTEST_GUILESS_MAIN(tst_HttpExchange)
#include "tst_httpexchange.moc"
