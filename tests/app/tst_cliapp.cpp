#include "cli/cliapp.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kCert = QStringLiteral(SLIPWAY_TEST_DATA "/tls/selfsigned.pem");

/// An https "master" with a self-signed certificate that answers every request with `{}`.
class TlsMaster : public QTcpServer
{
public:
    TlsMaster() { listen(QHostAddress::LocalHost); }
    QString address() const { return u"https://127.0.0.1:%1"_s.arg(serverPort()); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        QFile cert(kCert), key(QStringLiteral(SLIPWAY_TEST_DATA "/tls/selfsigned.key"));
        cert.open(QIODevice::ReadOnly);
        key.open(QIODevice::ReadOnly);
        socket->setLocalCertificate(QSslCertificate(cert.readAll()));
        socket->setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        connect(socket, &QSslSocket::readyRead, socket, [socket] {
            if (!socket->readAll().contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }
};

} // namespace

class tst_CliApp : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args)
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = CliApp::run(QStringList {u"slipwayctl"_s} + args, {o, e});
        o.flush();
        e.flush();
        return {code, out, err};
    }
    static QString file(const QByteArray &content)
    {
        auto *f = new QTemporaryFile(QCoreApplication::instance());
        f->open();
        f->write(content);
        f->flush();
        return f->fileName();
    }

private Q_SLOTS:
    void validSchedule()
    {
        const Run r
            = run({u"validate"_s,
                   QStringLiteral(SLIPWAY_TEST_DATA "/mesos-examples/schedule-two-windows.json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"valid: 2 windows, 3 machines\n"_s);
    }

    void rejectedWithMasterText()
    {
        const QString path = file(
            R"({"windows":[{"machine_ids":[{"hostname":"a"},{"hostname":"A"}],"unavailability":{"start":{"nanoseconds":1}}}]})");
        const Run r = run({u"validate"_s, path});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out,
                 u"Machine '{\"hostname\":\"A\"}' appears more than once in the schedule\n"_s);
    }

    void downMachineMustStay()
    {
        const QString path = file("{}");
        QCOMPARE(run({u"validate"_s, path}).code, 0);
        const Run r = run({u"validate"_s, path, u"--down"_s, u"h1/10.0.0.1"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(
            r.out,
            u"Machine '{\"hostname\":\"h1\",\"ip\":\"10.0.0.1\"}' is deactivated and cannot be removed from the schedule\n"_s);
    }

    // Issue 12: a file that is no schedule keeps the master's verdict but says what it means.
    void notAScheduleWarns()
    {
        const QString path = file(R"({"name":"racks","items":[1,2]})");
        Run r = run({u"validate"_s, path});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"valid: 0 windows, 0 machines\n"_s);
        QVERIFY2(r.err.contains(u"unknown key(s) name, items"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"clear every window"_s), qPrintable(r.err));
        r = run({u"validate"_s, u"--json"_s, path});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"valid"_s].toBool());
        QVERIFY(r.err.contains(u"name, items"_s));

        // A real schedule, and the empty schedule written on purpose, have no warning.
        r = run({u"validate"_s,
                 QStringLiteral(SLIPWAY_TEST_DATA "/mesos-examples/schedule-two-windows.json")});
        QVERIFY(r.err.isEmpty());
        QVERIFY(run({u"validate"_s, file("{}")}).err.isEmpty());
        QVERIFY(run({u"validate"_s, file(R"({"windows":[]})")}).err.isEmpty());
    }

    void notJsonGivesLineAndColumn()
    {
        const Run r = run({u"validate"_s, file("{\n  \"windows\": [\n    oops\n")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, u"syntax error at line 3 near: oops (line 3, column 5)\n"_s);
    }

    // Issue 12: "near: " with nothing after it says where; --json keeps the master's text.
    void syntaxErrorAtTheEnd()
    {
        const QString path = file("{\"windows\":[");
        Run r = run({u"validate"_s, path});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out,
                 u"syntax error at line 1 near: (at the end of the input) (line 1, column 13)\n"_s);
        r = run({u"validate"_s, u"--json"_s, path});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"error"_s].toString(),
                 u"syntax error at line 1 near: "_s);
    }

    void jsonVerdict()
    {
        Run r
            = run({u"validate"_s, u"--json"_s,
                   QStringLiteral(SLIPWAY_TEST_DATA "/mesos-examples/schedule-two-windows.json")});
        QCOMPARE(r.code, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[u"valid"_s].toBool(), true);
        QCOMPARE(o[u"machines"_s].toInt(), 3);
        r = run(
            {u"validate"_s, u"--json"_s,
             file(
                 R"({"windows":[{"machine_ids":[{"ip":"::1"}],"unavailability":{"start":{"nanoseconds":1}}}]})")});
        QCOMPARE(r.code, 1);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[u"valid"_s].toBool(), false);
        QCOMPARE(o[u"error"_s].toString(), u"Failed to parse IPv4: ::1"_s);
        QCOMPARE(o[u"path"_s].toString(), u"windows[0].machine_ids[0]"_s);
    }

    void caFile()
    {
        TlsMaster master;
        const QStringList get {u"--api"_s,       u"v0"_s,       u"--master"_s,
                               master.address(), u"schedule"_s, u"get"_s};
        // Not trusted without it: the master cannot be used (exit 3).
        Run r = run(get);
        QCOMPARE(r.code, 3);
        r = run(get + QStringList {u"--ca-file"_s, kCert});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"{}\n"_s);
        r = run(get + QStringList {u"--ca-file"_s, kCert + u".missing"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--ca-file"_s) && r.err.contains(u"no certificate"_s),
                 qPrintable(r.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList {u"frobnicate"_s};
        QTest::newRow("no file") << QStringList {u"validate"_s};
        QTest::newRow("two files") << QStringList {u"validate"_s, u"a"_s, u"b"_s};
        QTest::newRow("unreadable") << QStringList {u"validate"_s, u"/nonexistent/schedule.json"_s};
        QTest::newRow("bad machine")
            << QStringList {u"validate"_s, u"x"_s, u"--down"_s, u"a/b/c"_s};
        QTest::newRow("unknown option") << QStringList {u"--bogus"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void helpAndVersion()
    {
        Run r = run({u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"validate FILE"));
        r = run({u"--version"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"slipwayctl " SLIPWAY_VERSION "\n"_s);
    }
};

QTEST_GUILESS_MAIN(tst_CliApp)
#include "tst_cliapp.moc"
