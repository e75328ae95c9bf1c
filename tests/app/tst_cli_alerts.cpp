// slipwayctl alerts and watch against the simulated master, with scenario events in (real-time)
// simulated time: exit codes, text and JSON, stuck drains when watching, SIGINT, and the same
// alerts from both commands.

#include "clirun.h"
#include "simprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinuteNs = 60LL * 1000000000LL;

QJsonObject machine(int n)
{
    return QJsonObject {{u"hostname"_s, u"h%1"_s.arg(n)}, {u"ip"_s, u"10.0.0.%1"_s.arg(n)}};
}

QJsonObject window(const QList<int> &machines, qint64 startNs, qint64 durationNs)
{
    QJsonArray ids;
    for (int n : machines)
        ids.append(machine(n));
    return QJsonObject {
        {u"machine_ids"_s, ids},
        {u"unavailability"_s,
         QJsonObject {{u"start"_s, QJsonObject {{u"nanoseconds"_s, startNs}}},
                      {u"duration"_s, QJsonObject {{u"nanoseconds"_s, durationNs}}}}}};
}

QJsonObject placement(int n, int count)
{
    return QJsonObject {{u"agent"_s, u"h%1"_s.arg(n)}, {u"count"_s, count}};
}

// h1 drains and becomes ready (web accepts), h2 is held by db (declines), h3 and h4 by cache
// (never answers), h4's agent drops out, h5 is DOWN an hour after its window ended.
QByteArray troubledCluster(const QJsonArray &extraEvents = {})
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000LL;
    QJsonArray agents;
    for (int n = 1; n <= 6; ++n)
        agents.append(machine(n));
    const QJsonArray frameworks {
        QJsonObject {{u"name"_s, u"web"_s},
                     {u"policy"_s, u"accept"_s},
                     {u"tasks"_s, QJsonArray {placement(1, 2), placement(2, 2), placement(3, 1)}}},
        QJsonObject {{u"name"_s, u"db"_s},
                     {u"policy"_s, u"decline"_s},
                     {u"tasks"_s, QJsonArray {placement(2, 2)}}},
        QJsonObject {{u"name"_s, u"cache"_s},
                     {u"policy"_s, u"silent"_s},
                     {u"tasks"_s, QJsonArray {placement(3, 2), placement(4, 1)}}}};
    const QJsonObject schedule {
        {u"windows"_s,
         QJsonArray {window({1, 2, 3, 4}, now - 10 * kMinuteNs, 180 * kMinuteNs),
                     window({5}, now - 180 * kMinuteNs, 120 * kMinuteNs)}}};
    QJsonArray events {QJsonObject {{u"at"_s, u"0s"_s}, {u"down"_s, u"h5"_s}},
                       QJsonObject {{u"at"_s, u"1s"_s}, {u"disconnect"_s, u"h4"_s}}};
    for (const QJsonValue &e : extraEvents)
        events.append(e);
    return QJsonDocument(QJsonObject {{u"agents"_s, agents},
                                      {u"frameworks"_s, frameworks},
                                      {u"schedule"_s, schedule},
                                      {u"events"_s, events}})
        .toJson(QJsonDocument::Compact);
}

QSet<QString> kinds(const QJsonArray &alerts)
{
    QSet<QString> out;
    for (const QJsonValue &a : alerts)
        out.insert(a[u"kind"_s].toString());
    return out;
}

quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

// Runs `watch` in-process and interrupts it after @p ms, as Ctrl-C would.
CliRun watchFor(const QStringList &args, int ms)
{
    QTimer::singleShot(ms, Qt::PreciseTimer, [] { std::raise(SIGINT); });
    return runCli(QStringList {u"watch"_s} + args);
}

} // namespace

class tst_CliAlerts : public QObject
{
    Q_OBJECT

    SimProcess m_sim;
    QElapsedTimer m_started;

    QStringList master() const { return {u"--master"_s, m_sim.hostPort()}; }

    // Gives the frameworks time to answer (within 5 s) and web's tasks time to move.
    void settle(int ms)
    {
        if (m_started.elapsed() < ms)
            QTest::qWait(int(ms - m_started.elapsed()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(m_sim.scenario(troubledCluster())), qPrintable(m_sim.output()));
        m_started.start();
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("grace") << QStringList {u"alerts"_s, u"--grace"_s, u"soon"_s}
                               << u"--grace 'soon' is not a duration"_s;
        QTest::newRow("stuck") << QStringList {u"alerts"_s, u"--stuck-after"_s, u"0s"_s}
                               << u"--stuck-after '0s' is not a duration"_s;
        QTest::newRow("argument") << QStringList {u"alerts"_s, u"h1"_s}
                                  << u"alerts takes no arguments"_s;
        QTest::newRow("watch base")
            << QStringList {u"watch"_s, u"--base"_s, u"x.json"_s} << u"watch takes no --base"_s;
        QTest::newRow("no master") << QStringList {u"alerts"_s} << u"--master is required"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = runCli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unreachableMasterIsExitThree()
    {
        const CliRun r = runCli({u"alerts"_s, u"--master"_s, u"127.0.0.1:%1"_s.arg(deadPort())});
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void quietMasterIsExitZero()
    {
        SimProcess quiet;
        QVERIFY(quiet.start(quiet.scenario(
            "{\"agents\":[{\"hostname\":\"q1\",\"ip\":\"10.1.0.1\"}],\"frameworks\":[]}")));
        const CliRun r = runCli({u"alerts"_s, u"--master"_s, quiet.hostPort()});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"No alerts.\n"_s);
    }

    void alertsAsText()
    {
        settle(7000);
        const CliRun r = runCli(QStringList {u"alerts"_s, u"--grace"_s, u"1s"_s} + master());
        QCOMPARE(r.code, 1);
        for (const char *expected :
             {"warning draining-past-start since", "warning down-past-end since",
              "info ready-idle since", "warning silent-framework since",
              "critical agent-lost since", "h5 (10.0.0.5)", "cache has answered no inverse offer",
              "action: Bring the machines up", "alert(s): 1 critical"})
            QVERIFY2(r.out.contains(QLatin1StringView(expected)),
                     qPrintable(QLatin1StringView(expected) + u"\n"_s + r.out));
        QVERIFY2(!r.out.contains(u"stuck-drain"_s), qPrintable(r.out)); // one read cannot tell
        QVERIFY2(!r.out.contains(u"schedule-changed"_s), qPrintable(r.out));
    }

    void alertsAsJson()
    {
        settle(7000);
        const CliRun r
            = runCli(QStringList {u"alerts"_s, u"--grace"_s, u"1s"_s, u"--json"_s} + master());
        QCOMPARE(r.code, 1);
        const QJsonArray alerts = QJsonDocument::fromJson(r.out.toUtf8())[u"alerts"_s].toArray();
        QCOMPARE(kinds(alerts),
                 (QSet<QString> {u"draining-past-start"_s, u"down-past-end"_s, u"ready-idle"_s,
                                 u"silent-framework"_s, u"agent-lost"_s}));
        for (const QJsonValue &a : alerts) {
            for (const QString &field :
                 {u"kind"_s, u"severity"_s, u"since"_s, u"machines"_s, u"text"_s})
                QVERIFY2(a.toObject().contains(field), qPrintable(field));
            QVERIFY(QDateTime::fromString(a[u"since"_s].toString(), Qt::ISODate).isValid());
            QVERIFY(!a[u"machines"_s].toArray().isEmpty());
            QVERIFY(!a[u"text"_s].toString().isEmpty());
        }
        // A longer grace hides what has not lasted that long (h5's window ended an hour ago).
        const CliRun later
            = runCli(QStringList {u"alerts"_s, u"--grace"_s, u"30m"_s, u"--json"_s} + master());
        QCOMPARE(kinds(QJsonDocument::fromJson(later.out.toUtf8())[u"alerts"_s].toArray()),
                 (QSet<QString> {u"down-past-end"_s, u"agent-lost"_s}));
    }

    void stuckDrainsNeedWatching()
    {
        settle(7000);
        QElapsedTimer timer;
        timer.start();
        const CliRun r = runCli(QStringList {u"alerts"_s, u"--grace"_s, u"1s"_s, u"--stuck-after"_s,
                                             u"3s"_s, u"--json"_s}
                                + master());
        QVERIFY(timer.elapsed() >= 3000);
        QCOMPARE(r.code, 1);
        bool h4 = false;
        for (const QJsonValue &a : QJsonDocument::fromJson(r.out.toUtf8())[u"alerts"_s].toArray()) {
            if (a[u"kind"_s].toString() == u"stuck-drain"_s
                && a[u"machines"_s][0][u"hostname"_s].toString() == u"h4"_s) {
                h4 = true;
                QVERIFY2(a[u"text"_s].toString().contains(u"cache (never answered"_s),
                         qPrintable(a[u"text"_s].toString()));
            }
        }
        QVERIFY2(h4, qPrintable(r.out));
    }

    void scheduleChangeAgainstABase()
    {
        QTemporaryFile base;
        QVERIFY(base.open());
        base.write("{\"windows\":[{\"machine_ids\":[{\"hostname\":\"h5\",\"ip\":\"10.0.0.5\"}],"
                   "\"unavailability\":{\"start\":{\"nanoseconds\":0}}}]}");
        base.flush();
        const CliRun r
            = runCli(QStringList {u"alerts"_s, u"--grace"_s, u"1h"_s, u"--base"_s, base.fileName()}
                     + master());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"info schedule-changed since"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"1 window(s) added"_s), qPrintable(r.out));
    }

    void watchAndAlertsAgree()
    {
        settle(12000); // web's tasks have moved: nothing changes any more
        const CliRun watch
            = watchFor(QStringList {u"--grace"_s, u"1s"_s, u"--json"_s} + master(), 5000);
        QCOMPARE(watch.code, 0);
        QSet<QString> raised;
        QSet<QString> events;
        for (const QString &line : watch.out.split(u'\n', Qt::SkipEmptyParts)) {
            QJsonParseError error;
            const QJsonDocument d = QJsonDocument::fromJson(line.toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            events.insert(d[u"event"_s].toString());
            if (d[u"event"_s].toString() == u"alert_raised"_s)
                raised.insert(d[u"key"_s].toString());
        }
        QVERIFY2(events.contains(u"mode"_s), qPrintable(watch.out));
        QVERIFY2(events.contains(u"answer"_s), qPrintable(watch.out));
        QVERIFY2(events.contains(u"tasks"_s), qPrintable(watch.out));
        QVERIFY2(events.contains(u"connection"_s), qPrintable(watch.out));
        const CliRun once
            = runCli(QStringList {u"alerts"_s, u"--grace"_s, u"1s"_s, u"--json"_s} + master());
        QSet<QString> listed;
        for (const QJsonValue &a :
             QJsonDocument::fromJson(once.out.toUtf8())[u"alerts"_s].toArray())
            listed.insert(a[u"key"_s].toString());
        QCOMPARE(raised, listed);
        QCOMPARE(raised.size(), 5);
    }

    void watchPrintsEventsUntilInterrupted()
    {
        SimProcess sim;
        const QJsonArray later {QJsonObject {{u"at"_s, u"4s"_s}, {u"up"_s, u"h5"_s}}};
        QVERIFY2(sim.start(sim.scenario(troubledCluster(later))), qPrintable(sim.output()));
        QElapsedTimer timer;
        timer.start();
        const CliRun r = watchFor({u"--grace"_s, u"1s"_s, u"--master"_s, sim.hostPort()}, 8000);
        QVERIFY(timer.elapsed() >= 7500);
        QCOMPARE(r.code, 0);
        for (const char *expected :
             {"master connected", "mode h5 (10.0.0.5): UP -> DOWN",
              "mode h5 (10.0.0.5): DOWN -> UP", "alert raised warning down-past-end",
              "alert cleared warning down-past-end", "alert raised critical agent-lost",
              "answer h1 (10.0.0.1): web ACCEPT", "tasks h1 (10.0.0.1)"})
            QVERIFY2(r.out.contains(QLatin1StringView(expected)),
                     qPrintable(QLatin1StringView(expected) + u"\n"_s + r.out));
        // Raised once, however many refreshes saw it.
        QCOMPARE(r.out.count(u"alert raised warning down-past-end"_s), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CliAlerts)
#include "tst_cli_alerts.moc"
