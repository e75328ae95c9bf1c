#include "eventjson.h"
#include "live/eventapplier.h"
#include "json/masterevent.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace EventJson;

namespace {

const MachineId kH1 = MachineId::of(u"h1"_s, u"10.0.0.1"_s);
const MachineId kH2 = MachineId::of(u"h2"_s, u"10.0.0.2"_s);
const MachineId kH3 = MachineId::of(u"h3"_s, u"10.0.0.3"_s);
const MachineId kH4 = MachineId::of(u"h4"_s, u"10.0.0.4"_s);

MasterEvent read(const QByteArray &json)
{
    Result<MasterEvent> e = MasterEventReader::read(json);
    if (!e.ok())
        qFatal("unreadable test event: %s", qPrintable(e.error().describe()));
    return std::move(e).value();
}

InverseOfferStatus answer(const QString &fw, InverseOfferStatus::Answer a)
{
    InverseOfferStatus s;
    s.frameworkId = fw;
    s.answer = a;
    s.timestampNs = 1;
    return s;
}

MaintenanceStatus draining(InverseOfferStatus::Answer fwA)
{
    MaintenanceStatus status;
    status.draining = {{kH1, {answer(u"fw-a"_s, fwA)}}};
    return status;
}

Schedule schedule()
{
    MaintenanceWindow w;
    w.machines = {kH1, kH2};
    w.unavailability.startNs = 1;
    Schedule s;
    s.windows = {w};
    return s;
}

// h1 (S1) runs t1 (fw-a) and t2 (fw-b) and drains, fw-a having accepted; h2 (S2) runs t3 (fw-a)
// and has finished t4; h3 (S3) runs nothing and is not scheduled.
EventApplier applier()
{
    const MasterEvent state = read(subscribed(
        agent(u"S1"_s, u"h1"_s, u"10.0.0.1"_s) + ',' + agent(u"S2"_s, u"h2"_s, u"10.0.0.2"_s) + ','
            + agent(u"S3"_s, u"h3"_s, u"10.0.0.3"_s),
        framework(u"fw-a"_s, u"web"_s) + ',' + framework(u"fw-b"_s, u"batch"_s),
        task(u"t1"_s, u"fw-a"_s, u"S1"_s, u"TASK_RUNNING"_s) + ','
            + task(u"t2"_s, u"fw-b"_s, u"S1"_s, u"TASK_RUNNING"_s) + ','
            + task(u"t3"_s, u"fw-a"_s, u"S2"_s, u"TASK_STARTING"_s) + ','
            + task(u"t4"_s, u"fw-a"_s, u"S2"_s, u"TASK_FINISHED"_s)));
    return EventApplier(state.cluster, state.tasks, draining(InverseOfferStatus::Answer::Accept),
                        schedule());
}

const Agent *agentOf(const LiveSnapshot &s, const QString &id)
{
    for (const Agent &a : s.cluster.agents) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

} // namespace

class tst_EventApplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsFromTheSubscribedState()
    {
        EventApplier a = applier();
        const LiveSnapshot &s = a.snapshot();
        QCOMPARE(s.cluster.agents.size(), 3);
        QCOMPARE(s.cluster.totalTasks, 3);
        QCOMPARE(a.liveTaskCount(), 3);
        QCOMPARE(agentOf(s, u"S1"_s)->taskCount, 2);
        QCOMPARE(agentOf(s, u"S1"_s)->frameworkIds, (QStringList {u"fw-a"_s, u"fw-b"_s}));
        QCOMPARE(agentOf(s, u"S1"_s)->frameworkTaskCounts, (QList<int> {1, 1}));
        QCOMPARE(s.machine(kH1)->tasksOf(u"fw-b"_s), std::optional<int>(1));
        QCOMPARE(agentOf(s, u"S2"_s)->taskCount, 1); // t4 finished
        QCOMPARE(agentOf(s, u"S2"_s)->frameworkTaskCounts, QList<int> {1});
        QCOMPARE(s.machine(kH1)->mode, MachineMode::Draining);
        QCOMPARE(s.machine(kH1)->readiness.state, DrainReadiness::State::Blocked); // fw-b
        QCOMPARE(s.machines.size(), 3);
        QCOMPARE(s.frameworkNames.value(u"fw-b"_s), u"batch"_s);
    }

    void taskEndingUnblocksTheDrain()
    {
        EventApplier a = applier();
        const LiveSnapshot before = a.snapshot(); // a published copy shares the lists
        QVERIFY(a.apply(read(taskUpdated(u"t2"_s, u"fw-b"_s, u"S1"_s, u"TASK_KILLED"_s))));
        const LiveSnapshot &s = a.snapshot();
        QCOMPARE(agentOf(s, u"S1"_s)->taskCount, 1);
        QCOMPARE(agentOf(s, u"S1"_s)->frameworkIds, QStringList {u"fw-a"_s});
        QCOMPARE(s.machine(kH1)->tasks, 1);
        QCOMPARE(s.machine(kH1)->frameworksWithTasks, QStringList {u"fw-a"_s});
        QCOMPARE(s.machine(kH1)->frameworkTaskCounts, QList<int> {1});
        QCOMPARE(s.machine(kH1)->readiness.state, DrainReadiness::State::Ready);
        QCOMPARE(s.cluster.totalTasks, 2);
        // The copy taken before is untouched.
        QCOMPARE(before.machine(kH1)->tasks, 2);
        QCOMPARE(agentOf(before, u"S1"_s)->taskCount, 2);

        // The same event again (or a replay) counts once; so does a terminal update of a task
        // that is not live, and a move between live states.
        QVERIFY(!a.apply(read(taskUpdated(u"t2"_s, u"fw-b"_s, u"S1"_s, u"TASK_KILLED"_s))));
        QVERIFY(!a.apply(read(taskUpdated(u"t4"_s, u"fw-a"_s, u"S2"_s, u"TASK_LOST"_s))));
        QVERIFY(!a.apply(read(taskUpdated(u"t9"_s, u"fw-a"_s, u"S2"_s, u"TASK_FAILED"_s))));
        QVERIFY(!a.apply(read(taskUpdated(u"t3"_s, u"fw-a"_s, u"S2"_s, u"TASK_RUNNING"_s))));
        QCOMPARE(a.snapshot().cluster.totalTasks, 2);
        QCOMPARE(a.liveTaskCount(), 2);

        // The last task leaves: nothing left, the machine is ready either way.
        QVERIFY(a.apply(read(taskUpdated(u"t1"_s, u"fw-a"_s, u"S1"_s, u"TASK_FINISHED"_s))));
        QCOMPARE(a.snapshot().machine(kH1)->tasks, 0);
        QVERIFY(a.snapshot().machine(kH1)->frameworksWithTasks.isEmpty());
        QVERIFY(agentOf(a.snapshot(), u"S1"_s)->frameworkIds.isEmpty());
    }

    void newTasksAndTasksComingBack()
    {
        EventApplier a = applier();
        QVERIFY(a.apply(read(taskAdded(u"t5"_s, u"fw-b"_s, u"S2"_s))));
        QCOMPARE(agentOf(a.snapshot(), u"S2"_s)->frameworkIds,
                 (QStringList {u"fw-a"_s, u"fw-b"_s}));
        QCOMPARE(a.snapshot().machine(kH2)->tasks, 2);
        QCOMPARE(a.snapshot().machine(kH2)->frameworkTaskCounts, (QList<int> {1, 1}));
        // TASK_ADDED twice is one task.
        QVERIFY(!a.apply(read(taskAdded(u"t5"_s, u"fw-b"_s, u"S2"_s))));
        // A task ID is unique per framework only.
        QVERIFY(a.apply(read(taskAdded(u"t5"_s, u"fw-a"_s, u"S2"_s))));
        QCOMPARE(a.snapshot().machine(kH2)->tasks, 3);
        QCOMPARE(agentOf(a.snapshot(), u"S2"_s)->frameworkTaskCounts, (QList<int> {2, 1}));
        QCOMPARE(a.snapshot().machine(kH2)->tasksOf(u"fw-a"_s), std::optional<int>(2));
        // Unreachable, then back (partition-aware frameworks): counted out, then in again.
        QVERIFY(a.apply(read(taskUpdated(u"t3"_s, u"fw-a"_s, u"S2"_s, u"TASK_UNREACHABLE"_s))));
        QCOMPARE(a.snapshot().machine(kH2)->tasks, 2);
        QVERIFY(a.apply(read(taskUpdated(u"t3"_s, u"fw-a"_s, u"S2"_s, u"TASK_RUNNING"_s))));
        QCOMPARE(a.snapshot().machine(kH2)->tasks, 3);
        QCOMPARE(a.snapshot().cluster.totalTasks, 5);
    }

    void agentsComeAndGo()
    {
        EventApplier a = applier();
        // A task may be told of before its agent: it counts once the agent is there.
        QVERIFY(a.apply(read(taskAdded(u"t6"_s, u"fw-a"_s, u"S4"_s))));
        QVERIFY(!a.snapshot().machine(kH4));
        QCOMPARE(a.snapshot().cluster.totalTasks, 3);
        QVERIFY(a.apply(read(agentAdded(u"S4"_s, u"h4"_s, u"10.0.0.4"_s))));
        const LiveSnapshot &s = a.snapshot();
        QCOMPARE(s.cluster.agents.size(), 4);
        QVERIFY(s.machine(kH4));
        QCOMPARE(s.machine(kH4)->agents, 1);
        QCOMPARE(s.machine(kH4)->tasks, 1);
        QCOMPARE(s.machine(kH4)->tasksOf(u"fw-a"_s), std::optional<int>(1));
        QCOMPARE(s.cluster.totalTasks, 4);
        // The same agent again changes nothing.
        QVERIFY(!a.apply(read(agentAdded(u"S4"_s, u"h4"_s, u"10.0.0.4"_s))));

        // h3 is neither scheduled nor in maintenance: without its agent it is gone; h2 is
        // scheduled and stays, with no agent.
        QVERIFY(a.apply(read(agentRemoved(u"S3"_s))));
        QVERIFY(a.apply(read(agentRemoved(u"S2"_s))));
        QVERIFY(!a.apply(read(agentRemoved(u"S2"_s))));
        QVERIFY(!a.snapshot().machine(kH3));
        QVERIFY(a.snapshot().machine(kH2));
        QCOMPARE(a.snapshot().machine(kH2)->agents, 0);
        QCOMPARE(a.snapshot().machine(kH2)->tasks, 0);
        QCOMPARE(a.snapshot().cluster.agents.size(), 2);
        QCOMPARE(a.snapshot().cluster.totalTasks, 3);
        // Later task events find the remaining agents where they are now.
        QVERIFY(a.apply(read(taskUpdated(u"t6"_s, u"fw-a"_s, u"S4"_s, u"TASK_FINISHED"_s))));
        QCOMPARE(a.snapshot().machine(kH4)->tasks, 0);
        QCOMPARE(agentOf(a.snapshot(), u"S4"_s)->taskCount, 0);
    }

    void frameworks()
    {
        EventApplier a = applier();
        QVERIFY(a.apply(read(frameworkEvent("FRAMEWORK_ADDED", u"fw-c"_s, u"cron"_s))));
        QCOMPARE(a.snapshot().frameworkNames.value(u"fw-c"_s), u"cron"_s);
        QCOMPARE(a.snapshot().cluster.frameworks.size(), 3);
        QVERIFY(!a.apply(read(frameworkEvent("FRAMEWORK_UPDATED", u"fw-c"_s, u"cron"_s))));
        QVERIFY(a.apply(read(frameworkEvent("FRAMEWORK_UPDATED", u"fw-c"_s, u"cron-2"_s))));
        QCOMPARE(a.snapshot().frameworkNames.value(u"fw-c"_s), u"cron-2"_s);
        QCOMPARE(a.snapshot().cluster.frameworks.size(), 3);
        QVERIFY(a.apply(read(frameworkEvent("FRAMEWORK_REMOVED", u"fw-c"_s, u"cron-2"_s))));
        QVERIFY(!a.snapshot().frameworkNames.contains(u"fw-c"_s));
        QCOMPARE(a.snapshot().cluster.frameworks.size(), 2);
    }

    void frameworksCarryTheirRegistrationTime()
    {
        EventApplier a = applier();
        constexpr qint64 kT = 1800000000000LL * 1000000; // ns
        QVERIFY(a.apply(read(frameworkEvent("FRAMEWORK_ADDED", u"fw-c"_s, u"cron"_s, kT))));
        QCOMPARE(a.snapshot().cluster.frameworks.last().registeredAtMs,
                 std::optional<qint64>(kT / 1000000));
        // Re-registered after a failover: the later time counts.
        QVERIFY(a.apply(read(frameworkEvent("FRAMEWORK_UPDATED", u"fw-c"_s, u"cron"_s, kT,
                                            kT + 90 * 1000000000LL))));
        QCOMPARE(a.snapshot().cluster.frameworks.last().registeredAtMs,
                 std::optional<qint64>(kT / 1000000 + 90000));
    }

    void maintenanceReadsRejoin()
    {
        EventApplier a = applier();
        QVERIFY(!a.setMaintenance(draining(InverseOfferStatus::Answer::Accept), schedule()));
        QVERIFY(a.apply(read(taskUpdated(u"t2"_s, u"fw-b"_s, u"S1"_s, u"TASK_KILLED"_s))));
        QCOMPARE(a.snapshot().machine(kH1)->readiness.state, DrainReadiness::State::Ready);
        QVERIFY(a.setMaintenance(draining(InverseOfferStatus::Answer::Decline), schedule()));
        const LiveSnapshot &s = a.snapshot();
        QCOMPARE(s.machine(kH1)->readiness.state, DrainReadiness::State::Blocked);
        QVERIFY(s.machine(kH1)->readiness.anyDeclined());
        QCOMPARE(s.machine(kH1)->tasks, 1); // the events applied before are kept
        // h1 comes off the schedule and out of maintenance.
        QVERIFY(a.setMaintenance(MaintenanceStatus(), Schedule()));
        QCOMPARE(a.snapshot().machine(kH1)->mode, MachineMode::Up);
        QCOMPARE(a.snapshot().machines.size(), 3);
    }

    void heartbeatsAndUnknownEventsChangeNothing()
    {
        EventApplier a = applier();
        QVERIFY(!a.apply(read(json("{'type':'HEARTBEAT'}"))));
        QVERIFY(!a.apply(read(json("{'type':'OPERATION_UPDATED','operation_updated':{}}"))));
        QCOMPARE(a.snapshot().cluster.totalTasks, 3);
    }
};

QTEST_GUILESS_MAIN(tst_EventApplier)
#include "tst_eventapplier.moc"
