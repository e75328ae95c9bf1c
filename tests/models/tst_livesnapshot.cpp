#include "live/livesnapshot.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

Agent agent(const QString &id, const QString &hostname, const QString &ip, int tasks,
            QStringList frameworks = {})
{
    Agent a;
    a.id = id;
    a.hostname = hostname;
    a.ip = ip;
    a.taskCount = tasks;
    a.frameworkIds = std::move(frameworks);
    return a;
}

InverseOfferStatus answer(const QString &fw, InverseOfferStatus::Answer a)
{
    InverseOfferStatus s;
    s.frameworkId = fw;
    s.answer = a;
    s.timestampNs = 1;
    return s;
}

MaintenanceWindow window(QList<MachineId> machines)
{
    MaintenanceWindow w;
    w.machines = std::move(machines);
    w.unavailability.startNs = 1;
    return w;
}

} // namespace

class tst_LiveSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void joinsAgentsStatusAndSchedule()
    {
        ClusterState cluster;
        cluster.agents = {agent(u"S1"_s, u"h1"_s, u"10.0.0.1"_s, 3, {u"fw-a"_s, u"fw-b"_s}),
                          agent(u"S2"_s, u"h2"_s, u"10.0.0.2"_s, 0),
                          agent(u"S3"_s, u"h3"_s, u"10.0.0.3"_s, 2, {u"fw-a"_s})};
        cluster.frameworks = {{u"fw-a"_s, u"marathon"_s, true}, {u"fw-b"_s, u"spark"_s, true}};
        MaintenanceStatus status;
        status.draining = {{MachineId::of(u"h1"_s, u"10.0.0.1"_s),
                            {answer(u"fw-a"_s, InverseOfferStatus::Answer::Accept),
                             answer(u"fw-b"_s, InverseOfferStatus::Answer::Decline)}},
                           {MachineId::of(u"h2"_s, u"10.0.0.2"_s), {}}};
        status.down = {MachineId::of(u"h9"_s, u"10.0.0.9"_s)};
        Schedule schedule;
        schedule.windows
            = {window({MachineId::of(u"h1"_s, u"10.0.0.1"_s), MachineId::of(u"h2"_s, u"10.0.0.2"_s),
                       MachineId::of(u"h9"_s, u"10.0.0.9"_s)})};

        const LiveSnapshot s = LiveSnapshot::join(cluster, status, schedule);
        QCOMPARE(s.machines.size(), 4); // h1, h2, h3 from agents, h9 DOWN without an agent
        const MachineLive *h1 = s.machine(MachineId::of(u"h1"_s, u"10.0.0.1"_s));
        QVERIFY(h1);
        QCOMPARE(h1->mode, MachineMode::Draining);
        QCOMPARE(h1->agents, 1);
        QCOMPARE(h1->tasks, 3);
        QCOMPARE(h1->frameworksWithTasks, (QStringList {u"fw-a"_s, u"fw-b"_s}));
        QCOMPARE(h1->answers.size(), 2);
        QCOMPARE(h1->readiness.state, DrainReadiness::State::Blocked);
        QCOMPARE(h1->readiness.blockers, (QList<DrainReadiness::Blocker> {{u"fw-b"_s, true}}));
        QCOMPARE(s.machine(MachineId::of(u"h2"_s, u"10.0.0.2"_s))->readiness.state,
                 DrainReadiness::State::Ready);
        QCOMPARE(s.machine(MachineId::of(u"h3"_s, u"10.0.0.3"_s))->mode, MachineMode::Up);
        QCOMPARE(s.machine(MachineId::of(u"h3"_s, u"10.0.0.3"_s))->readiness.state,
                 DrainReadiness::State::NotDraining);
        const MachineLive *h9 = s.machine(MachineId::of(u"h9"_s, u"10.0.0.9"_s));
        QCOMPARE(h9->mode, MachineMode::Down);
        QCOMPARE(h9->agents, 0);
        QCOMPARE(s.frameworkNames.value(u"fw-b"_s), u"spark"_s);
        QCOMPARE(s.cluster.agents.size(), 3);
        QCOMPARE(s.status, status);
        QCOMPARE(s.schedule, schedule);
    }

    void hostnamesMatchIgnoringCase()
    {
        ClusterState cluster;
        cluster.agents = {agent(u"S1"_s, u"Node-1.Example.COM"_s, u"10.0.0.1"_s, 2, {u"fw"_s})};
        MaintenanceStatus status;
        status.draining = {{MachineId::of(u"node-1.example.com"_s, u"10.0.0.1"_s), {}}};
        Schedule schedule;
        schedule.windows = {window({MachineId::of(u"NODE-1.example.com"_s, u"10.0.0.1"_s)})};

        const LiveSnapshot s = LiveSnapshot::join(cluster, status, schedule);
        QCOMPARE(s.machines.size(), 1);
        QCOMPARE(s.machines.first().id.hostname,
                 std::optional<QString>(u"Node-1.Example.COM"_s)); // first seen
        QCOMPARE(s.machines.first().mode, MachineMode::Draining);
        QCOMPARE(s.machines.first().tasks, 2);
        QVERIFY(s.machine(MachineId::of(u"node-1.EXAMPLE.com"_s, u"10.0.0.1"_s)));
        // IPs are exact strings, not case-folded or normalised.
        QVERIFY(!s.machine(MachineId::of(u"node-1.example.com"_s, u"10.0.0.01"_s)));
    }

    void hostnameOnlyIdsNeverMatchAgents()
    {
        ClusterState cluster;
        cluster.agents = {agent(u"S1"_s, u"h1"_s, u"10.0.0.1"_s, 4, {u"fw"_s})};
        MaintenanceStatus status;
        status.draining = {{MachineId {u"h1"_s, std::nullopt}, {}}};
        status.down = {MachineId {std::nullopt, u"10.0.0.1"_s}};
        Schedule schedule;
        schedule.windows = {
            window({MachineId {u"h1"_s, std::nullopt}, MachineId {std::nullopt, u"10.0.0.1"_s}})};

        const LiveSnapshot s = LiveSnapshot::join(cluster, status, schedule);
        QCOMPARE(s.machines.size(), 3);
        const MachineLive *agentMachine = s.machine(MachineId::of(u"h1"_s, u"10.0.0.1"_s));
        QCOMPARE(agentMachine->mode, MachineMode::Up); // the master never matches it either
        QCOMPARE(agentMachine->tasks, 4);
        const MachineLive *byName = s.machine(MachineId {u"h1"_s, std::nullopt});
        QCOMPARE(byName->mode, MachineMode::Draining);
        QCOMPARE(byName->agents, 0);
        QCOMPARE(byName->tasks, 0);
        QCOMPARE(byName->readiness.state, DrainReadiness::State::Ready);
        QCOMPARE(s.machine(MachineId {std::nullopt, u"10.0.0.1"_s})->mode, MachineMode::Down);
    }

    void severalAgentsOnOneMachine()
    {
        ClusterState cluster;
        cluster.agents = {agent(u"S1"_s, u"h1"_s, u"10.0.0.1"_s, 2, {u"a"_s}),
                          agent(u"S2"_s, u"H1"_s, u"10.0.0.1"_s, 3, {u"a"_s, u"b"_s})};
        MaintenanceStatus status;
        status.draining = {{MachineId::of(u"h1"_s, u"10.0.0.1"_s),
                            {answer(u"a"_s, InverseOfferStatus::Answer::Accept)}}};
        const LiveSnapshot s = LiveSnapshot::join(cluster, status, {});
        QCOMPARE(s.machines.size(), 1);
        QCOMPARE(s.machines.first().agents, 2);
        QCOMPARE(s.machines.first().tasks, 5);
        QCOMPARE(s.machines.first().frameworksWithTasks, (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(s.machines.first().readiness.blockers,
                 (QList<DrainReadiness::Blocker> {{u"b"_s, false}}));
    }

    void tasksPerFrameworkSumOverTheAgents()
    {
        ClusterState cluster;
        cluster.agents = {agent(u"S1"_s, u"h1"_s, u"10.0.0.1"_s, 2, {u"a"_s}),
                          agent(u"S2"_s, u"h1"_s, u"10.0.0.1"_s, 3, {u"a"_s, u"b"_s}),
                          agent(u"S3"_s, u"h2"_s, u"10.0.0.2"_s, 4, {u"b"_s, u"c"_s}),
                          agent(u"S4"_s, u"h3"_s, u"10.0.0.3"_s, 5, {u"a"_s, u"c"_s}),
                          agent(u"S5"_s, u"h3"_s, u"10.0.0.3"_s, 1, {u"c"_s})};
        cluster.agents[0].frameworkTaskCounts = {2};
        cluster.agents[1].frameworkTaskCounts = {1, 2};
        cluster.agents[2].frameworkTaskCounts = {3, 1};
        cluster.agents[3].frameworkTaskCounts = {4, 1}; // S5 (v0) did not count per framework
        const LiveSnapshot s = LiveSnapshot::join(cluster, {}, {});
        const MachineLive &h1 = s.machines[0];
        QCOMPARE(h1.frameworksWithTasks, (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(h1.frameworkTaskCounts, (QList<int> {3, 2}));
        QCOMPARE(h1.tasksOf(u"b"_s), std::optional<int>(2));
        QCOMPARE(h1.tasksOf(u"c"_s), std::optional<int>(0));
        // One agent: its lists are shared, not copied (10,000 machines).
        const MachineLive &h2 = s.machines[1];
        QCOMPARE(h2.frameworkTaskCounts, (QList<int> {3, 1}));
        QVERIFY(h2.frameworkTaskCounts.isSharedWith(s.cluster.agents[2].frameworkTaskCounts));
        QVERIFY(h2.frameworksWithTasks.isSharedWith(s.cluster.agents[2].frameworkIds));
        // An agent without counts makes the machine's unknown: never a wrong number.
        const MachineLive &h3 = s.machines[2];
        QCOMPARE(h3.frameworksWithTasks, (QStringList {u"a"_s, u"c"_s}));
        QVERIFY(h3.frameworkTaskCounts.isEmpty());
        QCOMPARE(h3.tasksOf(u"a"_s), std::nullopt);
    }

    void taskCountsSumIn64Bits()
    {
        // Two agents on one machine, each reporting the most tasks an int holds: the machine's
        // count must not wrap (a negative count would make a busy machine look ready).
        ClusterState cluster;
        cluster.agents = {agent(u"S1"_s, u"h1"_s, u"10.0.0.1"_s, 0, {u"a"_s}),
                          agent(u"S2"_s, u"h1"_s, u"10.0.0.1"_s, 0, {u"a"_s})};
        cluster.agents[0].taskCount = std::numeric_limits<int>::max();
        cluster.agents[1].taskCount = std::numeric_limits<int>::max();
        MaintenanceStatus status;
        status.draining = {{MachineId::of(u"h1"_s, u"10.0.0.1"_s), {}}}; // no answer yet
        const LiveSnapshot s = LiveSnapshot::join(cluster, status, {});
        QCOMPARE(qint64(s.machines.first().tasks), 2LL * std::numeric_limits<int>::max());
        QVERIFY(s.machines.first().readiness.state != DrainReadiness::State::Ready);
    }

    void recordsDrainHistories()
    {
        ClusterState cluster;
        cluster.agents = {agent(u"S1"_s, u"h1"_s, u"10.0.0.1"_s, 4),
                          agent(u"S2"_s, u"h2"_s, u"10.0.0.2"_s, 2)};
        MaintenanceStatus status;
        status.draining = {{MachineId::of(u"h1"_s, u"10.0.0.1"_s), {}}};
        QHash<MachineId, DrainHistory> histories;
        histories.insert(MachineId::of(u"gone"_s, u"10.0.0.9"_s), DrainHistory());

        LiveSnapshot s = LiveSnapshot::join(cluster, status, {});
        s.takenAtMs = 1000;
        s.recordDrainHistories(histories);
        QCOMPARE(histories.keys(), QList<MachineId> {MachineId::of(u"h1"_s, u"10.0.0.1"_s)});

        cluster.agents[0].taskCount = 1;
        status.draining.append({MachineId::of(u"H2"_s, u"10.0.0.2"_s), {}});
        s = LiveSnapshot::join(cluster, status, {});
        s.takenAtMs = 3000;
        s.recordDrainHistories(histories);
        QCOMPARE(histories.size(), 2);
        QCOMPARE(histories[MachineId::of(u"h1"_s, u"10.0.0.1"_s)].samples(),
                 (QList<DrainHistory::Sample> {{1000, 4}, {3000, 1}}));
        QCOMPARE(histories[MachineId::of(u"h2"_s, u"10.0.0.2"_s)].samples(),
                 (QList<DrainHistory::Sample> {{3000, 2}}));
        QCOMPARE(histories[MachineId::of(u"h2"_s, u"10.0.0.2"_s)].startedAtMs(), 3000);
    }

    void copiesKeepTheIndex()
    {
        ClusterState cluster;
        cluster.agents = {agent(u"S1"_s, u"h1"_s, u"10.0.0.1"_s, 1)};
        const LiveSnapshot original = LiveSnapshot::join(cluster, {}, {});
        const LiveSnapshot copy = original; // what a queued signal does
        QVERIFY(copy.machine(MachineId::of(u"h1"_s, u"10.0.0.1"_s)));
        QCOMPARE(copy.machine(MachineId::of(u"h1"_s, u"10.0.0.1"_s)), &copy.machines.first());
    }
};

QTEST_GUILESS_MAIN(tst_LiveSnapshot)
#include "tst_livesnapshot.moc"
