// The simulated master as an HTTP peer: malformed requests, huge bodies, chunked framing and
// conflicting lengths, header limits, the connection cap, slow and many clients, pipelining.

#include "rawhttp.h"
#include "simstart.h"

#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSimHttpFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedRequests();
    void hugeBodies();
    void chunkedFraming_data();
    void chunkedFraming();
    void bodyLengthConflicts_data();
    void bodyLengthConflicts();
    void headerLimitAfterBlock();
    void connectionCap();
    void slowAndManyClients();
    void pipelinedRequests();
};

void TestSimHttpFraming::malformedRequests()
{
    const auto sim = startSim({u"--agents"_s, u"2"_s});
    QVERIFY(sim);
    QByteArray reply = RawHttp::exchange(sim->port(), "garbage\r\n\r\n");
    QVERIFY2(reply.startsWith("HTTP/1.1 400 Bad Request\r\n"), reply.constData());
    reply = RawHttp::exchange(sim->port(), "GET / HTTP/1.1\r\nno colon here\r\n\r\n");
    QVERIFY(reply.startsWith("HTTP/1.1 400 "));
    reply = RawHttp::exchange(sim->port(),
                              "POST /maintenance/schedule HTTP/1.1\r\nContent-Length: x\r\n\r\n");
    QVERIFY(reply.startsWith("HTTP/1.1 400 "));
    reply = RawHttp::exchange(sim->port(), QByteArray(100 * 1024, 'a'));
    QVERIFY(reply.startsWith("HTTP/1.1 400 "));
    // Binary garbage as a schedule body: the parser's text, never a crash.
    const QByteArray binary("\x00\xff{\x01", 4);
    const RawHttp::Reply r = RawHttp::request(sim->port(), "POST", "/maintenance/schedule", binary);
    QCOMPARE(r.status, 400);
    QVERIFY(r.body.startsWith("syntax error at line 1 near: "));
    // Deep nesting is refused like picojson's limit.
    const QByteArray deep = QByteArray(500, '[') + QByteArray(500, ']');
    QCOMPARE(RawHttp::request(sim->port(), "POST", "/machine/down", deep).status, 400);
    // Chunked request bodies are read.
    reply
        = RawHttp::exchange(sim->port(),
                            "POST /maintenance/schedule HTTP/1.1\r\nTransfer-Encoding: chunked\r\n"
                            "Connection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    QVERIFY2(reply.startsWith("HTTP/1.1 200 OK\r\n"), reply.constData());
    QCOMPARE(RawHttp::request(sim->port(), "GET", "/health").status, 200);
}

void TestSimHttpFraming::hugeBodies()
{
    const auto sim = startSim({u"--agents"_s, u"2"_s});
    QVERIFY(sim);
    // Announced beyond the cap: refused before any byte of the body is read.
    QByteArray reply = RawHttp::exchange(
        sim->port(), "POST /maintenance/schedule HTTP/1.1\r\nContent-Length: 1000000000\r\n\r\n");
    QVERIFY2(reply.startsWith("HTTP/1.1 413 Request Entity Too Large\r\n"), reply.constData());
    QVERIFY(reply.endsWith("413 Request Entity Too Large."));
    // A large but allowed body of JSON garbage: the master's parse error.
    const QByteArray big = '{' + QByteArray(4 * 1024 * 1024, ' ') + 'x';
    const RawHttp::Reply r = RawHttp::request(sim->port(), "POST", "/maintenance/schedule", big);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, QByteArray("syntax error at line 1 near: x"));
    QCOMPARE(RawHttp::request(sim->port(), "GET", "/health").status, 200);
}

void TestSimHttpFraming::chunkedFraming_data()
{
    QTest::addColumn<QByteArray>("chunks");
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("valid") << QByteArray("1\r\n{\r\n1;ext=1\r\n}\r\n0\r\n\r\n")
                           << QByteArray("200");
    // Sizes near INT64_MAX once wrapped the sums and spun the server at 100% CPU (also found
    // by fuzz_httprequest).
    QTest::newRow("near INT64_MAX after a chunk")
        << QByteArray("1\r\n{\r\n7fffffffffffffff\r\n}\r\n0\r\n\r\n") << QByteArray("400");
    QTest::newRow("largest size allowed to be written")
        << QByteArray("1\r\n{\r\nfffffffffffffff\r\n}\r\n0\r\n\r\n") << QByteArray("413");
    QTest::newRow("one byte over the cap")
        << QByteArray("1\r\n{\r\n2000000\r\n}\r\n0\r\n\r\n") << QByteArray("413");
    QTest::newRow("too many digits")
        << QByteArray("00000000000000000002\r\n{}\r\n0\r\n\r\n") << QByteArray("400");
    QTest::newRow("0x prefix") << QByteArray("0x2\r\n{}\r\n0\r\n\r\n") << QByteArray("400");
    QTest::newRow("plus sign") << QByteArray("+2\r\n{}\r\n0\r\n\r\n") << QByteArray("400");
    QTest::newRow("minus zero") << QByteArray("2\r\n{}\r\n-0\r\n\r\n") << QByteArray("400");
    QTest::newRow("no CRLF after data") << QByteArray("2\r\n{}XX0\r\n\r\n") << QByteArray("400");
    QTest::newRow("LF only after data") << QByteArray("2\r\n{}\n0\r\n\r\n") << QByteArray("400");
}

void TestSimHttpFraming::chunkedFraming()
{
    QFETCH(QByteArray, chunks);
    QFETCH(QByteArray, status);
    const auto sim = startSim({u"--agents"_s, u"0"_s, u"--frameworks"_s, u"0"_s});
    QVERIFY(sim);
    const QByteArray reply
        = RawHttp::exchange(sim->port(),
                            "POST /maintenance/schedule HTTP/1.1\r\nTransfer-Encoding: chunked\r\n"
                            "Connection: close\r\n\r\n"
                                + chunks);
    QVERIFY2(reply.startsWith(QByteArray("HTTP/1.1 " + status + ' ')), reply.constData());
    // The server still answers (a hang would leave this without a status).
    QCOMPARE(RawHttp::request(sim->port(), "GET", "/health").status, 200);
}

void TestSimHttpFraming::bodyLengthConflicts_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("status");
    // RFC 9112 §6.3: both framings at once is how requests are smuggled; refuse, never pick one.
    QTest::newRow("Content-Length and chunked")
        << QByteArray("Content-Length: 7\r\nTransfer-Encoding: chunked\r\n")
        << QByteArray("2\r\n{}\r\n0\r\n\r\n") << QByteArray("400");
    QTest::newRow("chunked and Content-Length")
        << QByteArray("Transfer-Encoding: chunked\r\nContent-Length: 2\r\n")
        << QByteArray("2\r\n{}\r\n0\r\n\r\n") << QByteArray("400");
    QTest::newRow("differing Content-Lengths")
        << QByteArray("Content-Length: 2\r\nContent-Length: 3\r\n") << QByteArray("{} ")
        << QByteArray("400");
    QTest::newRow("differing Content-Length list")
        << QByteArray("Content-Length: 2, 3\r\n") << QByteArray("{} ") << QByteArray("400");
    QTest::newRow("equal Content-Lengths")
        << QByteArray("Content-Length: 2\r\nContent-Length: 2\r\n") << QByteArray("{}")
        << QByteArray("200");
    QTest::newRow("signed Content-Length")
        << QByteArray("Content-Length: +2\r\n") << QByteArray("{}") << QByteArray("400");
    QTest::newRow("unknown transfer coding")
        << QByteArray("Transfer-Encoding: gzip\r\n") << QByteArray("{}") << QByteArray("400");
    QTest::newRow("coding under chunked")
        << QByteArray("Transfer-Encoding: gzip, chunked\r\n") << QByteArray("2\r\n{}\r\n0\r\n\r\n")
        << QByteArray("501");
    QTest::newRow("chunked not last") << QByteArray("Transfer-Encoding: chunked, gzip\r\n")
                                      << QByteArray("2\r\n{}\r\n0\r\n\r\n") << QByteArray("400");
}

void TestSimHttpFraming::bodyLengthConflicts()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, status);
    const auto sim = startSim({u"--agents"_s, u"0"_s, u"--frameworks"_s, u"0"_s});
    QVERIFY(sim);
    const QByteArray reply = RawHttp::exchange(
        sim->port(),
        "POST /maintenance/schedule HTTP/1.1\r\nConnection: close\r\n" + headers + "\r\n" + body);
    QVERIFY2(reply.startsWith(QByteArray("HTTP/1.1 " + status + ' ')), reply.constData());
}

void TestSimHttpFraming::headerLimitAfterBlock()
{
    const auto sim = startSim({u"--agents"_s, u"0"_s, u"--frameworks"_s, u"0"_s});
    QVERIFY(sim);
    // A whole header block just over the limit, sent at once: the terminator arrives with it, so
    // a check made only while waiting for the terminator never sees it.
    QByteArray head = "GET /health HTTP/1.1\r\nConnection: close\r\n";
    for (int i = 0; head.size() < 64 * 1024 + 100; ++i)
        head += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(100, 'f') + "\r\n";
    const QByteArray reply = RawHttp::exchange(sim->port(), head + "\r\n");
    QVERIFY2(reply.startsWith("HTTP/1.1 400 "), reply.left(200).constData());
    QCOMPARE(RawHttp::request(sim->port(), "GET", "/health").status, 200);
}

void TestSimHttpFraming::connectionCap()
{
    const auto sim = startSim({u"--agents"_s, u"0"_s, u"--max-connections"_s, u"3"_s});
    QVERIFY(sim);
    std::vector<std::unique_ptr<QTcpSocket>> open;
    for (int i = 0; i < 3; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        s->connectToHost(u"127.0.0.1"_s, sim->port());
        QVERIFY(s->waitForConnected(3000));
        s->write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray in;
        for (int k = 0; k < 50 && RawHttp::parse(in).status == 0; ++k) {
            if (s->waitForReadyRead(100))
                in += s->readAll();
        }
        QCOMPARE(RawHttp::parse(in).status, 200); // kept alive: the connection stays counted
        open.push_back(std::move(s));
    }
    const QByteArray refused = RawHttp::exchange(sim->port(), "GET /health HTTP/1.1\r\n\r\n");
    QVERIFY2(refused.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), refused.constData());
    QVERIFY(refused.contains("Connection: close\r\n"));
    // A closed connection frees its place.
    open.front()->disconnectFromHost();
    open.erase(open.begin());
    int status = 0;
    for (int k = 0; k < 50 && status != 200; ++k) {
        QTest::qWait(20);
        status = RawHttp::request(sim->port(), "GET", "/health").status;
    }
    QCOMPARE(status, 200);
}

void TestSimHttpFraming::slowAndManyClients()
{
    const auto sim = startSim({u"--agents"_s, u"20"_s});
    QVERIFY(sim);
    // A client that sends half a request and stalls does not block anyone.
    QTcpSocket slow;
    slow.connectToHost(u"127.0.0.1"_s, sim->port());
    QVERIFY(slow.waitForConnected(3000));
    slow.write("POST /maintenance/schedule HTTP/1.1\r\nContent-Length: 100\r\n\r\n{\"win");
    slow.flush();
    QList<QTcpSocket *> sockets;
    for (int i = 0; i < 100; ++i) {
        auto *s = new QTcpSocket(this);
        s->connectToHost(u"127.0.0.1"_s, sim->port());
        sockets.append(s);
    }
    for (QTcpSocket *s : std::as_const(sockets)) {
        QVERIFY(s->waitForConnected(5000));
        s->write("GET /master/state HTTP/1.1\r\nHost: x\r\n\r\n");
    }
    int answered = 0;
    for (QTcpSocket *s : std::as_const(sockets)) {
        QByteArray in;
        for (int i = 0; i < 100 && RawHttp::parse(in).status == 0; ++i) {
            if (s->waitForReadyRead(100))
                in += s->readAll();
        }
        answered += RawHttp::parse(in).status == 200 ? 1 : 0;
        delete s;
    }
    QCOMPARE(answered, 100);
    QCOMPARE(RawHttp::request(sim->port(), "GET", "/health").status, 200);
}

void TestSimHttpFraming::pipelinedRequests()
{
    const auto sim = startSim({u"--agents"_s, u"0"_s, u"--frameworks"_s, u"0"_s});
    QVERIFY(sim);
    const QByteArray body = "{}";
    const QByteArray bytes = "POST /maintenance/schedule HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}"
                             "GET /maintenance/schedule HTTP/1.1\r\n\r\n"
                             "GET /nothing HTTP/1.1\r\nConnection: close\r\n\r\n";
    const QByteArray in = RawHttp::exchange(sim->port(), bytes);
    qsizetype used = 0;
    const RawHttp::Reply first = RawHttp::parse(in, &used);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.header("Content-Length"), QByteArray("0"));
    qsizetype used2 = 0;
    const RawHttp::Reply second = RawHttp::parse(in.mid(used), &used2);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, QByteArray("{}"));
    const RawHttp::Reply third = RawHttp::parse(in.mid(used + used2));
    QCOMPARE(third.status, 404);
    QCOMPARE(third.body, QByteArray("404 Not Found."));
}

QTEST_GUILESS_MAIN(TestSimHttpFraming)
#include "tst_simhttp_framing.moc"
