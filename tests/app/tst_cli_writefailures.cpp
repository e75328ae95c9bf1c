// slipwayctl writes that do not go as asked: the connection lost before or after the master
// applied a submit or a DOWN (the outcome read back and reported), a DOWN sent twice, no
// terminal to answer the question, and bad command lines.

#include "cliwritefixture.h"

#include <QPointer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/// A TCP relay in front of the simulator that loses the connection of every request that contains
/// @p trigger: before forwarding it (the master never sees it) or after the master has answered
/// (the master applied it, but the client never hears so). Every one, because Qt silently resends
/// a request, even a POST, whose connection closed before any byte of the answer came back.
class DroppingProxy : public QObject
{
public:
    enum class Drop { BeforeForwarding, AfterAnswer };

    DroppingProxy(quint16 upstream, const QByteArray &trigger, Drop drop, int times = 1000)
        : m_upstream(upstream)
        , m_trigger(trigger)
        , m_drop(drop)
        , m_times(times)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, &DroppingProxy::relay);
    }

    QString hostPort() const { return u"127.0.0.1:%1"_s.arg(m_server.serverPort()); }
    int dropped() const { return m_dropped; }

private:
    void relay()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            auto dropOnAnswer = std::make_shared<bool>(false);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
            connect(client, &QTcpSocket::readyRead, this, [=, this] {
                const QByteArray data = client->readAll();
                if (m_dropped < m_times && data.contains(m_trigger)) {
                    if (m_drop == Drop::BeforeForwarding) {
                        ++m_dropped;
                        client->abort();
                        return;
                    }
                    *dropOnAnswer = true;
                }
                upstream->write(data);
            });
            connect(upstream, &QTcpSocket::readyRead, this, [=, this] {
                const QByteArray data = upstream->readAll();
                if (*dropOnAnswer) {
                    ++m_dropped;
                    client->abort();
                    return;
                }
                client->write(data);
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(upstream, &QTcpSocket::disconnected, client,
                    [client = QPointer<QTcpSocket>(client)] {
                        if (client)
                            client->disconnectFromHost();
                    });
        }
    }

    QTcpServer m_server;
    quint16 m_upstream;
    QByteArray m_trigger;
    Drop m_drop;
    int m_times;
    int m_dropped = 0;
};

} // namespace

class tst_CliWriteFailures : public QObject, public CliWriteFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(prepare()); }
    void init() { QVERIFY2(startMaster(), qPrintable(m_sim.output())); }

    void connectionLostDuringWrite_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("trigger");
        QTest::addColumn<bool>("applied");
        QTest::addColumn<QString>("result");
        const QStringList submit {u"schedule"_s, u"submit"_s, u"FILE"_s};
        const QStringList down {u"down"_s, u"h2/10.0.0.2"_s};
        const QByteArray post = "POST /master/maintenance/schedule";
        const QByteArray machineDown = "POST /master/machine/down";
        QTest::newRow("submit applied")
            << submit << post << true
            << u"submitted: 1 windows, 4 machines; the master holds exactly this schedule"_s;
        QTest::newRow("submit not applied")
            << submit << post << false
            << u"the schedule was not applied: the master still holds the previous one"_s;
        QTest::newRow("down applied")
            << down << machineDown << true << u"down: 1 machine(s) now DOWN"_s;
        QTest::newRow("down not applied")
            << down << machineDown << false << u"the change was not applied"_s;
    }
    void connectionLostDuringWrite()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, trigger);
        QFETCH(bool, applied);
        QFETCH(QString, result);
        const QByteArray document = scheduleJson({{1, 2, 3, 4}});
        args.replaceInStrings(u"FILE"_s, writeFile(u"next.json"_s, document));
        const QByteArray schedule = liveSchedule();
        DroppingProxy proxy(m_sim.port(), trigger,
                            applied ? DroppingProxy::Drop::AfterAnswer
                                    : DroppingProxy::Drop::BeforeForwarding);
        const Run r = run(QStringList {u"--master"_s, proxy.hostPort(), u"--api"_s, u"v0"_s} + args
                          + QStringList {u"--yes"_s});
        QVERIFY(proxy.dropped() > 0);
        // The lost connection is reported whatever the outcome.
        QVERIFY2(r.err.contains(u"Cannot reach the master"_s), qPrintable(r.err));
        QCOMPARE(r.code, applied ? 0 : 3);
        QVERIFY2((applied ? r.out : r.err).contains(result), qPrintable(r.out + r.err));
        if (args.first() == u"schedule")
            QCOMPARE(liveSchedule(), applied ? document : schedule);
        else
            QCOMPARE(liveStatus().contains("down_machines"), applied);
    }

    void downSentTwiceAfterLostAnswer()
    {
        // Qt resends the POST once the first answer is lost; the master refuses the second one.
        DroppingProxy proxy(m_sim.port(), "POST /master/machine/down",
                            DroppingProxy::Drop::AfterAnswer, 1);
        const Run r = run({u"--master"_s, proxy.hostPort(), u"--api"_s, u"v0"_s, u"down"_s,
                           u"h2/10.0.0.2"_s, u"--yes"_s});
        QCOMPARE(proxy.dropped(), 1);
        QCOMPARE(r.code, 1);
        const QStringList lines = r.err.split(u'\n');
        QVERIFY2(lines.contains(u"Machine '{\"hostname\":\"h2\",\"ip\":\"10.0.0.2\"}' is not in "
                                "DRAINING mode and cannot be brought down"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"note: the machines are all DOWN now nonetheless"_s),
                 qPrintable(r.err));
    }

    void noTerminalNeedsYes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("submit") << QStringList {u"schedule"_s, u"submit"_s, u"FILE"_s};
        QTest::newRow("down") << QStringList {u"down"_s, u"h2/10.0.0.2"_s};
    }
    void noTerminalNeedsYes()
    {
        // The real executable with stdin from /dev/null: nobody can answer, so nothing is sent.
        QFETCH(QStringList, args);
        const QString file = writeFile(u"next.json"_s, scheduleJson({{1, 2, 3, 4}}));
        args.replaceInStrings(u"FILE"_s, file);
        const QByteArray schedule = liveSchedule();
        const QByteArray status = liveStatus();
        QProcess ctl;
        ctl.setStandardInputFile(QProcess::nullDevice());
        ctl.start(QStringLiteral(SLIPWAY_BINARY_DIR "/app/slipwayctl"), master() + args);
        QVERIFY(ctl.waitForFinished(60000));
        QCOMPARE(ctl.exitStatus(), QProcess::NormalExit);
        QCOMPARE(ctl.exitCode(), 2);
        const QString err = QString::fromUtf8(ctl.readAllStandardError());
        QVERIFY2(err.contains(u"pass --yes"_s), qPrintable(err));
        QVERIFY(!err.contains(u"[y/N]"_s));
        QCOMPARE(liveSchedule(), schedule);
        QCOMPARE(liveStatus(), status);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("submit without file") << QStringList {u"schedule"_s, u"submit"_s};
        QTest::newRow("submit missing file")
            << QStringList {u"schedule"_s, u"submit"_s, u"/nonexistent/x.json"_s};
        QTest::newRow("down without machine") << QStringList {u"down"_s};
        QTest::newRow("up bad spec") << QStringList {u"up"_s, u""_s};
    }
    void usage()
    {
        QFETCH(QStringList, args);
        const Run r = run(master() + args + QStringList {u"--yes"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith(u"slipwayctl: "_s));
    }
};

QTEST_GUILESS_MAIN(tst_CliWriteFailures)
#include "tst_cli_writefailures.moc"
