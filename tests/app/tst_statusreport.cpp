#include "cli/statusreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSecond = 1000000000LL;
constexpr qint64 kNow = 1800000000LL * kSecond;

Agent agent(const QString &hostname, const QString &ip, int tasks, QStringList frameworks)
{
    Agent a;
    a.id = hostname + u"-S0"_s;
    a.hostname = hostname;
    a.ip = ip;
    a.taskCount = tasks;
    a.frameworkIds = std::move(frameworks);
    return a;
}

InverseOfferStatus answer(const QString &fw, InverseOfferStatus::Answer a, qint64 ageSeconds)
{
    InverseOfferStatus s;
    s.frameworkId = fw;
    s.answer = a;
    s.timestampNs = kNow - ageSeconds * kSecond;
    return s;
}

LiveSnapshot snapshot()
{
    ClusterState cluster;
    cluster.agents = {agent(u"zeta"_s, u"10.0.0.9"_s, 0, {}),
                      agent(u"beta"_s, u"10.0.0.2"_s, 4, {u"f1"_s, u"f2"_s}),
                      agent(u"Alpha"_s, u"10.0.0.1"_s, 1, {u"f1"_s}),
                      agent(u"gamma"_s, u"10.0.0.3"_s, 2, {u"f1"_s})};
    cluster.frameworks = {{u"f1"_s, u"marathon"_s, true}};
    MaintenanceStatus status;
    status.draining = {{MachineId::of(u"beta"_s, u"10.0.0.2"_s),
                        {answer(u"f1"_s, InverseOfferStatus::Answer::Accept, 90),
                         answer(u"f9"_s, InverseOfferStatus::Answer::Decline, 7200)}},
                       {MachineId::of(u"alpha"_s, u"10.0.0.1"_s),
                        {answer(u"f1"_s, InverseOfferStatus::Answer::Accept, 5)}},
                       {MachineId {u"nameonly"_s, std::nullopt}, {}}};
    status.down = {MachineId::of(u"delta"_s, u"10.0.0.4"_s)};
    Schedule schedule;
    MaintenanceWindow w;
    w.machines
        = {MachineId::of(u"beta"_s, u"10.0.0.2"_s), MachineId::of(u"alpha"_s, u"10.0.0.1"_s),
           MachineId {u"nameonly"_s, std::nullopt}, MachineId::of(u"delta"_s, u"10.0.0.4"_s)};
    w.unavailability.startNs = 1767225600LL * kSecond; // 2026-01-01 00:00 UTC
    w.unavailability.durationNs = 3600 * kSecond;
    schedule.windows = {w};
    return LiveSnapshot::join(cluster, status, schedule);
}

} // namespace

class tst_StatusReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndCounts()
    {
        const StatusReport report(snapshot(), kNow);
        QStringList order;
        for (const StatusReport::Row &r : report.rows())
            order << r.id.displayName();
        // DRAINING (by name, ignoring case), then DOWN, then UP.
        QCOMPARE(
            order,
            (QStringList {u"Alpha (10.0.0.1)"_s, u"beta (10.0.0.2)"_s, u"nameonly"_s,
                          u"delta (10.0.0.4)"_s, u"gamma (10.0.0.3)"_s, u"zeta (10.0.0.9)"_s}));
        QCOMPARE(report.count(MachineMode::Draining), 3);
        QCOMPARE(report.count(MachineMode::Down), 1);
        QCOMPARE(report.count(MachineMode::Up), 2);
        QCOMPARE(report.readyCount(), 2); // Alpha (accepted) and nameonly (no agent, no tasks)
        QCOMPARE(report.blockedCount(), 1);
        QCOMPARE(report.tasksOnDraining(), 5);

        const StatusReport::Row &beta = report.rows()[1];
        QCOMPARE(beta.answers.size(), 3); // f1 and f2 with tasks, f9 answered without tasks
        QCOMPARE(beta.answers[0].framework, u"marathon"_s);
        QCOMPARE(beta.answers[0].answer, u"ACCEPT"_s);
        QCOMPARE(beta.answers[1].framework, u"f2"_s); // unknown name: the id
        QCOMPARE(beta.answers[1].answer, u"no answer"_s);
        QVERIFY(!beta.answers[1].timestampNs);
        QCOMPARE(beta.answers[2].answer, u"DECLINE"_s);
        QCOMPARE(beta.readinessText, u"blocked: f2 has not answered"_s);
        QVERIFY(beta.window);
        QCOMPARE(beta.window->durationNs, std::optional<qint64>(3600 * kSecond));
    }

    void text()
    {
        const QString text = StatusReport(snapshot(), kNow).toText();
        const QStringList expected {
            u"MACHINE           MODE      WINDOW (UTC)      TASKS  ANSWERS                                                       READINESS"_s,
            u"Alpha (10.0.0.1)  DRAINING  2026-01-01 00:00      1  marathon ACCEPT (5s ago)                                      ready"_s,
            u"beta (10.0.0.2)   DRAINING  2026-01-01 00:00      4  marathon ACCEPT (90s ago), f2 no answer, f9 DECLINE (2h ago)  blocked: f2 has not answered"_s,
            u"nameonly          DRAINING  2026-01-01 00:00      0  -                                                             ready"_s,
            u"delta (10.0.0.4)  DOWN      2026-01-01 00:00      0  -                                                             -"_s,
            u"gamma (10.0.0.3)  UP        -                     2  -                                                             -"_s,
            u"zeta (10.0.0.9)   UP        -                     0  -                                                             -"_s,
            u"6 machines: 3 draining (2 ready, 1 blocked), 1 down, 2 up; tasks left on draining machines: 5"_s,
        };
        QCOMPARE(text, expected.join(u'\n') + u'\n');
    }

    void json()
    {
        const QJsonObject root
            = QJsonDocument::fromJson(StatusReport(snapshot(), kNow).toJson()).object();
        const QJsonArray machines = root[u"machines"_s].toArray();
        QCOMPARE(machines.size(), 6);
        const QJsonObject beta = machines[1].toObject();
        QCOMPARE(beta[u"window"_s].toObject()[u"start_ns"_s].toInteger(), 1767225600LL * kSecond);
        const QJsonArray answers = beta[u"answers"_s].toArray();
        QCOMPARE(answers[0].toObject()[u"age_seconds"_s].toInteger(), 90);
        QCOMPARE(answers[1].toObject()[u"answer"_s].toString(), u"NONE"_s);
        QVERIFY(!answers[1].toObject().contains(u"timestamp_ns"_s));
        QCOMPARE(beta[u"blockers"_s].toArray().size(), 1);
        QCOMPARE(beta[u"blockers"_s].toArray()[0].toObject()[u"reason"_s].toString(),
                 u"no answer"_s);
        const QJsonObject nameOnly = machines[2].toObject();
        QCOMPARE(nameOnly[u"hostname"_s].toString(), u"nameonly"_s);
        QVERIFY(!nameOnly.contains(u"ip"_s));
        QCOMPARE(nameOnly[u"readiness"_s].toString(), u"ready"_s);
        QCOMPARE(root[u"summary"_s].toObject()[u"tasks_on_draining"_s].toInteger(), 5);
    }

    void tasksPerFrameworkWhenCounted()
    {
        LiveSnapshot counted = snapshot();
        ClusterState cluster = counted.cluster;
        cluster.agents[1].frameworkTaskCounts = {3, 1}; // beta: f1 and f2
        counted = LiveSnapshot::join(cluster, counted.status, counted.schedule);
        const StatusReport report(counted, kNow);
        const StatusReport::Row &beta = report.rows()[1];
        QCOMPARE(beta.answers[0].tasks, std::optional<int>(3));
        QCOMPARE(beta.answers[1].tasks, std::optional<int>(1));
        QCOMPARE(beta.answers[2].tasks, std::optional<int>(0)); // f9 answered, holds nothing
        QVERIFY(!report.rows()[0].answers[0].tasks); // Alpha: a total only
        QVERIFY2(report.toText().contains(u"marathon ACCEPT (90s ago, 3 task(s)), f2 no answer "
                                          u"(1 task(s)), f9 DECLINE (2h ago)"_s),
                 qPrintable(report.toText()));
        const QJsonObject root = QJsonDocument::fromJson(report.toJson()).object();
        const QJsonObject betaJson = root[u"machines"_s].toArray()[1].toObject();
        QCOMPARE(betaJson[u"answers"_s].toArray()[0].toObject()[u"tasks"_s].toInt(), 3);
        QCOMPARE(betaJson[u"blockers"_s].toArray()[0].toObject()[u"tasks"_s].toInt(), 1);
        const QJsonObject alpha = root[u"machines"_s].toArray()[0].toObject();
        QVERIFY(!alpha[u"answers"_s].toArray()[0].toObject().contains(u"tasks"_s));
    }

    void age_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("future (clock skew)") << qint64(-5) << u"0s"_s;
        QTest::newRow("seconds") << qint64(119) << u"119s"_s;
        QTest::newRow("minutes") << qint64(120) << u"2m"_s;
        QTest::newRow("hours") << qint64(2 * 3600) << u"2h"_s;
        QTest::newRow("days") << qint64(3 * 86400 + 5) << u"3d"_s;
    }
    void age()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(StatusReport::age(seconds * kSecond), text);
    }
};

QTEST_GUILESS_MAIN(tst_StatusReport)
#include "tst_statusreport.moc"
