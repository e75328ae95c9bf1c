#include "cli/cliapp.h"
#include "clirun.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// h1 is in the schedule (DRAINING); h2 and h4 run tasks; two agents share the hostname twin.
const QByteArray kScenario = R"({
  "agents": [
    {"hostname": "h1", "ip": "10.0.0.1"},
    {"hostname": "h2", "ip": "10.0.0.2"},
    {"hostname": "h4", "ip": "10.0.0.4"},
    {"hostname": "twin", "ip": "10.0.0.5"},
    {"hostname": "twin", "ip": "10.0.0.6"}
  ],
  "frameworks": [
    {"name": "web", "policy": "silent", "tasks": [{"agent": "h1", "count": 1}, {"agent": "h2", "count": 2}, {"agent": "h4", "count": 2}]}
  ],
  "schedule": {"windows": [
    {"machine_ids": [{"hostname": "h1", "ip": "10.0.0.1"}],
     "unavailability": {"start": {"nanoseconds": 1900000000000000000}}}
  ]}
})";

} // namespace

// slipwayctl drain / reactivate against the simulated master (a child process).
class tst_CliDrain : public QObject
{
    Q_OBJECT

    SimProcess m_sim;

    CliRun run(QStringList args, const QString &answers = QString())
    {
        return runCli(QStringList {u"--master"_s, m_sim.hostPort()} + args, answers);
    }

    /// The agents of /master/state-summary, by IP.
    QHash<QString, QJsonObject> agents()
    {
        QNetworkAccessManager network;
        QUrl url = m_sim.url();
        url.setPath(u"/master/state-summary"_s);
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000))
            return {};
        const QJsonArray slaves
            = QJsonDocument::fromJson(reply->readAll()).object()[u"slaves"_s].toArray();
        delete reply;
        QHash<QString, QJsonObject> byIp;
        for (const QJsonValue &v : slaves) {
            const QJsonObject a = v.toObject();
            const QString pid = a[u"pid"_s].toString();
            byIp.insert(pid.mid(pid.indexOf(u'@') + 1).section(u':', 0, 0), a);
        }
        return byIp;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SLIPWAY_PASSWORD");
        QVERIFY2(m_sim.start(m_sim.scenario(kScenario) + QStringList {u"--speed"_s, u"20"_s}),
                 qPrintable(m_sim.output()));
    }

    void drainWithGraceByHostname()
    {
        const CliRun r = run({u"drain"_s, u"h4"_s, u"--grace"_s, u"30s"_s, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"2 task(s) will be killed (each within its kill grace period, at "
                               "most 30s)"_s));
        QVERIFY(r.out.contains(u"is draining"_s));
        const QJsonObject drain = agents().value(u"10.0.0.4"_s)[u"drain_info"_s].toObject();
        QVERIFY(!drain.isEmpty());
        QCOMPARE(drain[u"config"_s][u"max_grace_period"_s][u"nanoseconds"_s].toDouble(), 30e9);
        QCOMPARE(drain[u"config"_s][u"mark_gone"_s].toBool(), false);

        // Drained once its tasks are killed; then reactivated by its agent ID.
        QTRY_COMPARE_WITH_TIMEOUT(
            agents().value(u"10.0.0.4"_s)[u"drain_info"_s][u"state"_s].toString(), u"DRAINED"_s,
            30000);
        const QString id = agents().value(u"10.0.0.4"_s)[u"id"_s].toString();
        const CliRun back = run({u"reactivate"_s, id, u"--yes"_s});
        QVERIFY2(back.code == 0, qPrintable(back.err));
        QVERIFY(back.out.contains(u"is active again"_s));
        QVERIFY(!agents().value(u"10.0.0.4"_s).contains(u"drain_info"_s));
        QCOMPARE(agents().value(u"10.0.0.4"_s)[u"deactivated"_s].toBool(), false);
        // Again: the master's own words, checked before sending.
        const CliRun again = run({u"reactivate"_s, id, u"--yes"_s});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(u"Agent is not deactivated"_s));
        QVERIFY(again.err.contains(u"nothing was sent"_s));
    }

    void hostnameWithSeveralAgentsIsRefused()
    {
        const CliRun r = run({u"drain"_s, u"twin"_s, u"--yes"_s});
        QCOMPARE(r.code, 2);
        const QHash<QString, QJsonObject> all = agents();
        QVERIFY(r.err.contains(all.value(u"10.0.0.5"_s)[u"id"_s].toString()));
        QVERIFY(r.err.contains(all.value(u"10.0.0.6"_s)[u"id"_s].toString()));
        QVERIFY(!all.value(u"10.0.0.5"_s).contains(u"drain_info"_s));
    }

    void refusals()
    {
        // In the schedule: the master's text, nothing sent.
        CliRun r = run({u"drain"_s, u"h1"_s, u"--yes"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"is part of a maintenance schedule under Machine h1 (10.0.0.1)"_s));
        QVERIFY(!agents().value(u"10.0.0.1"_s).contains(u"drain_info"_s));
        r = run({u"drain"_s, u"nowhere"_s, u"--yes"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"no registered agent"_s));
        QCOMPARE(run({u"drain"_s, u"h2"_s, u"--grace"_s, u"soon"_s}).code, 2);
        QCOMPARE(run({u"reactivate"_s, u"h2"_s, u"--mark-gone"_s}).code, 2);
        QCOMPARE(run({u"drain"_s}).code, 2);
    }

    void confirmation()
    {
        // No answer: nothing sent.
        CliRun r = run({u"drain"_s, u"h2"_s}, u"n\n"_s);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"Drain agent"_s));
        QVERIFY(!agents().value(u"10.0.0.2"_s).contains(u"drain_info"_s));
        // mark_gone: the hostname must be typed; "y" is not enough.
        r = run({u"drain"_s, u"h2"_s, u"--mark-gone"_s}, u"y\n"_s);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains(u"CANNOT BE UNDONE"_s));
        QVERIFY(!agents().value(u"10.0.0.2"_s).contains(u"drain_info"_s));
        r = run({u"drain"_s, u"h2"_s, u"--mark-gone"_s}, u"h2\n"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"will be marked gone"_s));
        // Gone: removed from the cluster once drained.
        QTRY_VERIFY_WITH_TIMEOUT(!agents().contains(u"10.0.0.2"_s), 30000);
    }

    void unreachableMaster()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        const quint16 port = server.serverPort();
        server.close();
        const CliRun r
            = runCli({u"--master"_s, u"127.0.0.1:%1"_s.arg(port), u"drain"_s, u"h2"_s, u"--yes"_s});
        QCOMPARE(r.code, 3);
    }
};

QTEST_MAIN(tst_CliDrain)
#include "tst_cli_drain.moc"
