#include "cli/cliapp.h"
#include "clirun.h"
#include "simprocess.h"
#include "json/schedulecodec.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Two frameworks that never answer inverse offers, so what `down` reports does not depend on
// timing: h1 runs 3 tasks, h4 one, h2 and h3 none. h1, h2 and h3 start in one window.
const QByteArray kScenario = R"({
  "agents": [
    {"hostname": "h1", "ip": "10.0.0.1"},
    {"hostname": "h2", "ip": "10.0.0.2"},
    {"hostname": "h3", "ip": "10.0.0.3"},
    {"hostname": "h4", "ip": "10.0.0.4"}
  ],
  "frameworks": [
    {"name": "web", "policy": "silent", "tasks": [{"agent": "h1", "count": 2}, {"agent": "h4", "count": 1}]},
    {"name": "batch", "policy": "silent", "tasks": [{"agent": "h1", "count": 1}]}
  ],
  "schedule": {"windows": [
    {"machine_ids": [{"hostname": "h1", "ip": "10.0.0.1"}, {"hostname": "h2", "ip": "10.0.0.2"},
                     {"hostname": "h3", "ip": "10.0.0.3"}],
     "unavailability": {"start": {"nanoseconds": 1900000000000000000}}}
  ]}
})";

/// A schedule as the master writes it: one window per list of host numbers (hN is 10.0.0.N).
QByteArray scheduleJson(const QList<QList<int>> &windows)
{
    QStringList parts;
    qint64 start = 1900000000000000000LL;
    for (const QList<int> &hosts : windows) {
        QStringList machines;
        for (int h : hosts)
            machines << u"{\"hostname\":\"h%1\",\"ip\":\"10.0.0.%1\"}"_s.arg(h);
        parts << u"{\"machine_ids\":[%1],\"unavailability\":{\"duration\":{\"nanoseconds\":"
                 "3600000000000},\"start\":{\"nanoseconds\":%2}}}"_s.arg(machines.join(u','))
                     .arg(start);
        start += 7200000000000LL;
    }
    return (u"{\"windows\":["_s + parts.join(u',') + u"]}"_s).toUtf8();
}

const QString kH3Deactivated
    = u"Machine '{\"hostname\":\"h3\",\"ip\":\"10.0.0.3\"}' is deactivated and cannot be removed "
      "from the schedule"_s;

using Run = CliRun;

/// Typed answers that do something first: the colleague who posts while the question waits.
class ActingInput : public QIODevice
{
public:
    ActingInput(QByteArray answers, std::function<void()> act)
        : m_answers(std::move(answers))
        , m_act(std::move(act))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_answers.size() + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_act)
            std::exchange(m_act, nullptr)();
        const qint64 n = std::min<qint64>(max, m_answers.size());
        memcpy(data, m_answers.constData(), size_t(n));
        m_answers.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_answers;
    std::function<void()> m_act;
};

Run run(const QStringList &args, const QString &answers = QString())
{
    return runCli(args, answers);
}

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

class tst_CliSubmit : public QObject
{
    Q_OBJECT

    SimProcess m_sim;
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(data) != data.size())
            return QString();
        return path;
    }

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

    QByteArray liveSchedule() { return rawGet(u"/master/maintenance/schedule"_s); }

    bool rawPostSchedule(const QByteArray &body)
    {
        QNetworkAccessManager network;
        QUrl url = m_sim.url();
        url.setPath(u"/master/maintenance/schedule"_s);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = network.post(request, body);
        const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 60000);
        const bool ok = finished && reply->error() == QNetworkReply::NoError;
        delete reply;
        return ok;
    }
    QByteArray liveStatus() { return rawGet(u"/master/maintenance/status"_s); }

    QStringList master() const { return {u"--master"_s, m_sim.hostPort()}; }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SLIPWAY_PASSWORD");
        QVERIFY(m_dir.isValid());
    }

    // Every test gets a master in the scenario's starting state.
    void init() { QVERIFY2(m_sim.start(m_sim.scenario(kScenario)), qPrintable(m_sim.output())); }

    void cleanSubmit_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("v0") << u"v0"_s;
        QTest::newRow("v1") << u"v1"_s;
    }
    void cleanSubmit()
    {
        QFETCH(QString, api);
        const QByteArray document = scheduleJson({{1, 2, 3}, {4}});
        const QString file = writeFile(u"next.json"_s, document);
        Run r = run(master()
                    + QStringList {u"--api"_s, api, u"schedule"_s, u"submit"_s, file, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"  + window 2: "_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"  + h4 (10.0.0.4) (window 2)\n"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"  h4 (10.0.0.4) starts DRAINING on submit (1 tasks)\n"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Frameworks that will receive inverse offers: web\n"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.endsWith(u"submitted: 2 windows, 4 machines; the master holds exactly "
                                "this schedule\n"_s),
                 qPrintable(r.out));
        QVERIFY(r.err.isEmpty());

        r = run(master() + QStringList {u"schedule"_s, u"get"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.toUtf8(), document + '\n');
        QCOMPARE(*ScheduleCodec::decodeSchedule(r.out.toUtf8()),
                 *ScheduleCodec::decodeSchedule(document));

        r = run(master() + QStringList {u"schedule"_s, u"submit"_s, file, u"--yes"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"nothing to submit: the master already holds this schedule\n"_s);
    }

    void submitAfterAnswer()
    {
        const QByteArray before = liveSchedule();
        const QString file = writeFile(u"next.json"_s, scheduleJson({{1, 2, 3, 4}}));
        const QStringList args = master() + QStringList {u"schedule"_s, u"submit"_s, file};
        Run r = run(args, u"n\n"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"Submit? [y/N] "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"not submitted"_s), qPrintable(r.err));
        QCOMPARE(liveSchedule(), before);

        r = run(args, u"y\n"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"submitted: 1 windows, 4 machines"_s));
        QCOMPARE(liveSchedule(), scheduleJson({{1, 2, 3, 4}}));
    }

    // Issue 10, item 1: a change posted while the question waits is not overwritten.
    void changeWhileAnsweringIsNotOverwritten()
    {
        const QByteArray theirs = scheduleJson({{5}});
        const QString file = writeFile(u"next.json"_s, scheduleJson({{1, 2, 3, 4}}));
        bool posted = false;
        ActingInput typed("y\n", [&] { posted = rawPostSchedule(theirs); });
        QTextStream in(&typed);
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = CliApp::run(QStringList {u"slipwayctl"_s} + master()
                                         + QStringList {u"schedule"_s, u"submit"_s, file},
                                     {o, e}, &in);
        o.flush();
        e.flush();
        QVERIFY(posted);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(u"changed while you were answering; nothing was sent"_s),
                 qPrintable(err));
        QVERIFY2(err.contains(u"h5 (10.0.0.5)"_s), qPrintable(err));
        QCOMPARE(liveSchedule(), theirs);
    }

    void baseMismatchRefused()
    {
        const QByteArray live = liveSchedule();
        // The file was made from a base in which only h1 was scheduled; h2 and h3 came later.
        const QString base = writeFile(u"base.json"_s, scheduleJson({{1}}));
        const QString file = writeFile(u"next.json"_s, scheduleJson({{1, 4}}));
        Run r
            = run(master()
                  + QStringList {u"schedule"_s, u"submit"_s, file, u"--base"_s, base, u"--yes"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.out.contains(u"submitted"_s));
        QVERIFY2(r.err.contains(u"the schedule on the master changed since "_s + base),
                 qPrintable(r.err));
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(u"  + h2 (10.0.0.2) (window 1)"_s), qPrintable(r.err));
        QVERIFY2(lines.contains(u"  + h3 (10.0.0.3) (window 1)"_s), qPrintable(r.err));
        QCOMPARE(liveSchedule(), live); // nothing posted

        // With the live schedule as the base it goes through.
        const QString fresh = m_dir.filePath(u"fresh.json"_s);
        QCOMPARE(run(master() + QStringList {u"schedule"_s, u"get"_s, u"-o"_s, fresh}).code, 0);
        r = run(master()
                + QStringList {u"schedule"_s, u"submit"_s, file, u"--base"_s, fresh, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(liveSchedule(), scheduleJson({{1, 4}}));
    }

    void downMachineCannotBeRemoved()
    {
        Run r = run(master() + QStringList {u"down"_s, u"h3/10.0.0.3"_s, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(liveStatus().contains(R"("down_machines":[{"hostname":"h3","ip":"10.0.0.3"}])"));
        const QByteArray live = liveSchedule();

        const QString file = writeFile(u"next.json"_s, scheduleJson({{1, 2}}));
        r = run(master() + QStringList {u"schedule"_s, u"submit"_s, file, u"--yes"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.split(u'\n').contains(kH3Deactivated), qPrintable(r.err));
        QCOMPARE(liveSchedule(), live);

        // The master says the same when asked directly: the texts are the master's.
        QNetworkAccessManager network;
        QUrl url = m_sim.url();
        url.setPath(u"/master/maintenance/schedule"_s);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = network.post(request, scheduleJson({{1, 2}}));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QCOMPARE(QString::fromUtf8(reply->readAll()), kH3Deactivated);
        delete reply;
    }

    void brokenFileRefusedBeforeSending()
    {
        const QString file = writeFile(
            u"empty-window.json"_s,
            R"({"windows":[{"machine_ids":[],"unavailability":{"start":{"nanoseconds":0}}}]})");
        const Run r = run(master() + QStringList {u"schedule"_s, u"submit"_s, file, u"--yes"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.split(u'\n').contains(u"List of machines in the maintenance window is empty"_s),
            qPrintable(r.err));
    }

    void downAndUp()
    {
        // h1 has three tasks and two frameworks that never answered.
        Run r
            = run(master() + QStringList {u"down"_s, u"h1/10.0.0.1"_s, u"h2/10.0.0.2"_s}, u"y\n"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"  h1 (10.0.0.1): DRAINING -> DOWN; its agents are shut down, "
                                "3 task(s) will be lost (TASK_LOST); blocked: "_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"web has not answered"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"batch has not answered"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"  h2 (10.0.0.2): DRAINING -> DOWN; its agents are shut down\n"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.endsWith(u"down: 2 machine(s) now DOWN\n"_s), qPrintable(r.out));
        QVERIFY(r.err.contains(u"Bring 2 machine(s) down? [y/N] "_s));
        const QByteArray status = liveStatus();
        QVERIFY(status.contains(R"({"hostname":"h1","ip":"10.0.0.1"})"));
        QVERIFY(status.contains(R"({"hostname":"h2","ip":"10.0.0.2"})"));

        r = run(master() + QStringList {u"up"_s, u"h2/10.0.0.2"_s, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.endsWith(u"up: 1 machine(s) now UP\n"_s), qPrintable(r.out));
        // /machine/up takes the machine out of the schedule.
        QVERIFY(!liveSchedule().contains("\"h2\""));
        QVERIFY(!liveStatus().contains("\"h2\""));
    }

    // Issue 12: --yes alone does not clear the whole schedule.
    void clearingNeedsYesClear()
    {
        const QByteArray live = liveSchedule();
        const QString file = writeFile(u"other.json"_s, R"({"name":"racks","items":[]})");
        const QStringList args = master() + QStringList {u"schedule"_s, u"submit"_s, file};
        Run r = run(args + QStringList {u"--yes"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"removes every window (1 windows, 3 machines"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"--yes-clear"_s), qPrintable(r.err));
        QCOMPARE(liveSchedule(), live);

        // At a terminal the question names what it clears, even with --yes.
        r = run(args + QStringList {u"--yes"_s}, u"n\n"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"it clears 1 windows and 3 machines"_s), qPrintable(r.err));
        QCOMPARE(liveSchedule(), live);

        r = run(args + QStringList {u"--yes-clear"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(liveSchedule(), QByteArray("{}"));
    }

    // Issue 12: a bare hostname names the machine when it is unique, else the candidates.
    void bareHostnameResolved()
    {
        Run r = run(master() + QStringList {u"down"_s, u"H2"_s, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"h2 (10.0.0.2): DRAINING -> DOWN"_s), qPrintable(r.out));
        QVERIFY(liveStatus().contains(R"({"hostname":"h2","ip":"10.0.0.2"})"));
        r = run(master() + QStringList {u"up"_s, u"h2"_s, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!liveStatus().contains("\"h2\""));

        // h1 is an agent at 10.0.0.1 and scheduled at 10.0.0.9 too: refused, naming both.
        QByteArray scenario = kScenario;
        scenario.replace(R"({"hostname": "h2", "ip": "10.0.0.2"},)",
                         R"({"hostname": "h1", "ip": "10.0.0.9"},)");
        QVERIFY2(scenario != kScenario, "the scenario changed");
        QVERIFY2(m_sim.start(m_sim.scenario(scenario)), qPrintable(m_sim.output()));
        const QByteArray status = liveStatus();
        r = run(master() + QStringList {u"down"_s, u"h1"_s, u"--yes"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"'h1' names more than one machine; give HOSTNAME/IP, one of: "
                                "h1/10.0.0.1, h1/10.0.0.9"_s),
                 qPrintable(r.err));
        QCOMPARE(liveStatus(), status);
    }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("text");
        QTest::newRow("down UP machine")
            << QStringList {u"down"_s, u"h4/10.0.0.4"_s}
            << u"Machine '{\"hostname\":\"h4\",\"ip\":\"10.0.0.4\"}' is not in DRAINING mode and "
               "cannot be brought down"_s;
        QTest::newRow("down unknown machine")
            << QStringList {u"down"_s, u"h9/10.0.0.9"_s}
            << u"Machine '{\"hostname\":\"h9\",\"ip\":\"10.0.0.9\"}' is not part of a maintenance "
               "schedule"_s;
        QTest::newRow("up DRAINING machine")
            << QStringList {u"up"_s, u"h1/10.0.0.1"_s}
            << u"Machine '{\"hostname\":\"h1\",\"ip\":\"10.0.0.1\"}' is not in DOWN mode and "
               "cannot be brought up"_s;
        QTest::newRow("duplicate")
            << QStringList {u"down"_s, u"h1/10.0.0.1"_s, u"H1/10.0.0.1"_s}
            << u"Machine '{\"hostname\":\"H1\",\"ip\":\"10.0.0.1\"}' appears more than once in "
               "the schedule"_s;
        QTest::newRow("bad IP") << QStringList {u"down"_s, u"h1/10.0.0"_s}
                                << u"Failed to parse IPv4: 10.0.0"_s;
    }
    void refusedBeforeSending()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, text);
        const QByteArray status = liveStatus();
        const Run r = run(master() + args + QStringList {u"--yes"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.split(u'\n').contains(text), qPrintable(r.err));
        QCOMPARE(liveStatus(), status);
    }

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

QTEST_GUILESS_MAIN(tst_CliSubmit)
#include "tst_cli_submit.moc"
