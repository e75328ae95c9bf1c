#include "cli/cliapp.h"
#include "clirun.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// h1 drains with one accepting and one declining framework; h2 drains with nothing on it; h3 is
// DOWN once brought down below; h4 stays UP.
const QByteArray kScenario = R"({
  "agents": [
    {"hostname": "h1", "ip": "10.0.0.1"},
    {"hostname": "h2", "ip": "10.0.0.2"},
    {"hostname": "h3", "ip": "10.0.0.3"},
    {"hostname": "h4", "ip": "10.0.0.4"}
  ],
  "frameworks": [
    {"name": "web", "policy": "accept-after:1s", "placement": "aware", "tasks": [{"agent": "h1", "count": 2}, {"agent": "h4", "count": 1}]},
    {"name": "batch", "policy": "decline-after:1s", "tasks": [{"agent": "h1", "count": 1}]}
  ],
  "schedule": {"windows": [
    {"machine_ids": [{"hostname": "h1", "ip": "10.0.0.1"}, {"hostname": "h2", "ip": "10.0.0.2"},
                     {"hostname": "h3", "ip": "10.0.0.3"}],
     "unavailability": {"start": {"nanoseconds": 1900000000000000000}}}
  ]}
})";

using Run = CliRun;

Run run(const QStringList &args, const QString &answers = QString())
{
    return runCli(args, answers);
}

quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

class tst_CliStatus : public QObject
{
    Q_OBJECT

    SimProcess m_sim;

    QByteArray rawGet(const QString &path)
    {
        QNetworkAccessManager network;
        QUrl url = m_sim.url();
        url.setPath(path);
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000))
            return {};
        const QByteArray body = reply->readAll();
        delete reply;
        return body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SLIPWAY_PASSWORD");
        QVERIFY2(m_sim.start(m_sim.scenario(kScenario) + QStringList {u"--speed"_s, u"20"_s}),
                 qPrintable(m_sim.output()));
        // Bring h3 down (it has no tasks), then wait until both frameworks answered for h1 and
        // web's two tasks have moved away, leaving batch's one.
        QNetworkAccessManager network;
        QUrl url = m_sim.url();
        url.setPath(u"/master/machine/down"_s);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = network.post(request, R"([{"hostname":"h3","ip":"10.0.0.3"}])");
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
        QTRY_VERIFY_WITH_TIMEOUT(rawGet(u"/master/maintenance/status"_s).count("\"status\"") == 2,
                                 60000);
        const auto h1Tasks = [this] {
            const Run r = run({u"--master"_s, m_sim.hostPort(), u"status"_s, u"--json"_s});
            const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
            return root[u"machines"_s].toArray().first().toObject()[u"tasks"_s].toInt();
        };
        QTRY_COMPARE_WITH_TIMEOUT(h1Tasks(), 1, 60000);
    }

    void statusTable_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("v0") << u"v0"_s;
        QTest::newRow("v1") << u"v1"_s;
        QTest::newRow("auto") << u"auto"_s;
    }
    void statusTable()
    {
        QFETCH(QString, api);
        const Run r = run({u"--master"_s, m_sim.url().toString(), u"--api"_s, api, u"status"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6); // header, 4 machines, summary
        QVERIFY(lines[0].startsWith(u"MACHINE"));
        QVERIFY(lines[0].contains(u"READINESS"));
        // DRAINING first, then DOWN, then UP; columns aligned.
        QVERIFY(lines[1].startsWith(u"h1 (10.0.0.1)"));
        QVERIFY(lines[2].startsWith(u"h2 (10.0.0.2)"));
        QVERIFY(lines[3].startsWith(u"h3 (10.0.0.3)"));
        QVERIFY(lines[4].startsWith(u"h4 (10.0.0.4)"));
        const qsizetype modeColumn = lines[0].indexOf(u"MODE");
        QCOMPARE(lines[1].mid(modeColumn, 8), u"DRAINING"_s);
        QCOMPARE(lines[2].mid(modeColumn, 8), u"DRAINING"_s);
        QCOMPARE(lines[3].mid(modeColumn, 4), u"DOWN"_s);
        QCOMPARE(lines[4].mid(modeColumn, 2), u"UP"_s);
        QVERIFY2(lines[1].contains(u"web ACCEPT (") && lines[1].contains(u"batch DECLINE ("),
                 qPrintable(lines[1]));
        QVERIFY2(lines[1].endsWith(u"blocked: batch declined"), qPrintable(lines[1]));
        QVERIFY2(lines[2].endsWith(u"ready"), qPrintable(lines[2]));
        QCOMPARE(lines[5],
                 u"4 machines: 2 draining (1 ready, 1 blocked), 1 down, 1 up; "
                 "tasks left on draining machines: 1"_s);
    }

    void statusJson()
    {
        const Run r = run({u"--master"_s, m_sim.hostPort(), u"status"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray machines = root[u"machines"_s].toArray();
        QCOMPARE(machines.size(), 4);
        const QJsonObject h1 = machines[0].toObject();
        QCOMPARE(h1[u"hostname"_s].toString(), u"h1"_s);
        QCOMPARE(h1[u"ip"_s].toString(), u"10.0.0.1"_s);
        QCOMPARE(h1[u"mode"_s].toString(), u"DRAINING"_s);
        QCOMPARE(h1[u"tasks"_s].toInt(), 1);
        QCOMPARE(h1[u"readiness"_s].toString(), u"blocked"_s);
        QCOMPARE(h1[u"window"_s].toObject()[u"start_ns"_s].toInteger(), 1900000000000000000LL);
        const QJsonArray blockers = h1[u"blockers"_s].toArray();
        QCOMPARE(blockers.size(), 1);
        QCOMPARE(blockers[0].toObject()[u"framework"_s].toString(), u"batch"_s);
        QCOMPARE(blockers[0].toObject()[u"reason"_s].toString(), u"declined"_s);
        QStringList answers;
        for (const QJsonValue &a : h1[u"answers"_s].toArray())
            answers << a[u"framework"_s].toString() + u'=' + a[u"answer"_s].toString();
        answers.sort();
        QCOMPARE(answers, (QStringList {u"batch=DECLINE"_s, u"web=ACCEPT"_s}));
        QCOMPARE(machines[1].toObject()[u"readiness"_s].toString(), u"ready"_s);
        QCOMPARE(machines[2].toObject()[u"mode"_s].toString(), u"DOWN"_s);
        QCOMPARE(machines[3].toObject()[u"mode"_s].toString(), u"UP"_s);
        QVERIFY(!machines[3].toObject().contains(u"readiness"_s));
        const QJsonObject summary = root[u"summary"_s].toObject();
        QCOMPARE(summary[u"draining"_s].toInt(), 2);
        QCOMPARE(summary[u"ready"_s].toInt(), 1);
        QCOMPARE(summary[u"blocked"_s].toInt(), 1);
        QCOMPARE(summary[u"down"_s].toInt(), 1);
        QCOMPARE(summary[u"up"_s].toInt(), 1);
    }

    void scheduleGetIsTheMastersBytes()
    {
        const QByteArray master = rawGet(u"/master/maintenance/schedule"_s);
        QVERIFY(master.startsWith("{\"windows\""));
        for (const QString &api : {u"v0"_s, u"v1"_s}) {
            const Run r = run(
                {u"--master"_s, m_sim.url().toString(), u"--api"_s, api, u"schedule"_s, u"get"_s});
            QCOMPARE(r.code, 0);
            QCOMPARE(r.out.toUtf8(), master + '\n');
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"live.json"_s);
        const Run r
            = run({u"--master"_s, m_sim.hostPort(), u"schedule"_s, u"get"_s, u"-o"_s, path});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), master);
        QCOMPARE(run({u"--master"_s, m_sim.hostPort(), u"schedule"_s, u"get"_s, u"-o"_s,
                      dir.filePath(u"missing/dir/x.json"_s)})
                     .code,
                 2);
    }

    void severalMastersFirstDead()
    {
        const QString masters = u"127.0.0.1:%1,%2"_s.arg(deadPort()).arg(m_sim.url().toString());
        const Run r = run({u"--master"_s, masters, u"schedule"_s, u"get"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void refusedByMaster()
    {
        SimProcess secured;
        QVERIFY2(
            secured.start(secured.scenario(kScenario) + QStringList {u"--auth"_s, u"ops:pw"_s}),
            qPrintable(secured.output()));
        Run r = run({u"--master"_s, secured.hostPort(), u"status"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"user name and password"), qPrintable(r.err));

        qputenv("SLIPWAY_PASSWORD", "wrong");
        r = run(
            {u"--master"_s, secured.hostPort(), u"--user"_s, u"ops"_s, u"schedule"_s, u"get"_s});
        QCOMPARE(r.code, 1);
        qputenv("SLIPWAY_PASSWORD", "pw");
        r = run({u"--master"_s, secured.hostPort(), u"--user"_s, u"ops"_s, u"status"_s});
        qunsetenv("SLIPWAY_PASSWORD");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"4 machines"));
    }

    void unreachable()
    {
        const QString dead = u"127.0.0.1:%1"_s.arg(deadPort());
        Run r = run({u"--master"_s, dead, u"status"_s});
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"slipwayctl: Cannot reach the master"), qPrintable(r.err));
        r = run({u"--master"_s, dead, u"schedule"_s, u"get"_s});
        QCOMPARE(r.code, 3);

        SimProcess failing;
        QVERIFY(failing.start({u"--fail-rate"_s, u"1"_s}));
        r = run({u"--master"_s, failing.hostPort(), u"--api"_s, u"v0"_s, u"status"_s});
        QCOMPARE(r.code, 3);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no master") << QStringList {u"status"_s};
        QTest::newRow("bad master") << QStringList {u"--master"_s, u"ftp://x"_s, u"status"_s};
        QTest::newRow("bad api") << QStringList {u"--master"_s, u"x"_s, u"--api"_s, u"v2"_s,
                                                 u"status"_s};
        QTest::newRow("status args")
            << QStringList {u"--master"_s, u"x"_s, u"status"_s, u"extra"_s};
        QTest::newRow("schedule verb")
            << QStringList {u"--master"_s, u"x"_s, u"schedule"_s, u"put"_s};
        QTest::newRow("schedule alone") << QStringList {u"--master"_s, u"x"_s, u"schedule"_s};
    }
    void usage()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith(u"slipwayctl: "));
    }
};

QTEST_GUILESS_MAIN(tst_CliStatus)
#include "tst_cli_status.moc"
