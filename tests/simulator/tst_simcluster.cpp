// SimCluster in process with a frozen clock: inverse offers, answers, task migration, machine
// down/up and agent draining, stepped deterministically through simulated time.

#include "simclock.h"
#include "simcluster.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 S = SimCluster::Second;
constexpr qint64 T0 = 1700000000LL * S;

Scenario scenario(const QString &policy)
{
    Scenario s;
    s.agents.append(
        {u"a1.example"_s, u"10.0.0.1"_s, 5051, u"r1"_s, u"z1"_s, 16, 65536, 200000, {}});
    s.agents.append(
        {u"a2.example"_s, u"10.0.0.2"_s, 5051, u"r1"_s, u"z2"_s, 16, 65536, 200000, {}});
    Scenario::FrameworkSpec fw;
    fw.name = u"marathon"_s;
    fw.policy = *FrameworkPolicy::parse(policy);
    fw.tasks = {{u"a1.example"_s, 3}, {u"a2.example"_s, 1}};
    s.frameworks.append(fw);
    return s;
}

Schedule scheduleOf(const MachineId &id)
{
    Schedule s;
    s.windows.append({{id}, Unavailability {T0 + 3600 * S, 3600 * S}});
    return s;
}

const MachineId A1 = MachineId::of(u"a1.example"_s, u"10.0.0.1"_s);

int tasksOn(const SimCluster &c, const QString &hostname)
{
    int n = 0;
    for (const SimFramework &fw : c.frameworks()) {
        for (const SimTask &t : fw.tasks) {
            const SimAgent *a = c.agent(t.agentId);
            n += a && c.hosts()[a->host].hostname == hostname ? 1 : 0;
        }
    }
    return n;
}

QList<InverseOfferStatus> answers(const SimCluster &c)
{
    const MaintenanceStatus st = c.maintenanceStatus();
    return st.draining.isEmpty() ? QList<InverseOfferStatus>() : st.draining.first().statuses;
}

} // namespace

class TestSimCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptingFrameworkMigratesTasks()
    {
        SimClock clock(0, T0);
        SimCluster c(scenario(u"accept"_s), &clock);
        QVERIFY(!c.updateSchedule(scheduleOf(A1)));
        QVERIFY(answers(c).isEmpty());
        qint64 t = T0;
        while (answers(c).isEmpty() && t < T0 + 5 * S)
            c.advanceTo(t += S / 10);
        const QList<InverseOfferStatus> a = answers(c);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().answer, InverseOfferStatus::Answer::Accept);
        QCOMPARE(a.first().frameworkId, c.frameworks().first().id);
        QVERIFY(a.first().timestampNs > T0 && a.first().timestampNs <= T0 + 5 * S);
        const int before = tasksOn(c, u"a1.example"_s);
        QCOMPARE(before, 3);
        c.advanceTo(a.first().timestampNs + SimCluster::MigrationStepNs);
        QCOMPARE(tasksOn(c, u"a1.example"_s), 2); // progress is visible step by step
        QCOMPARE(tasksOn(c, u"a2.example"_s), 2);
        c.advanceTo(T0 + 60 * S);
        QCOMPARE(tasksOn(c, u"a1.example"_s), 0);
        QCOMPARE(tasksOn(c, u"a2.example"_s), 4);
        QCOMPARE(c.frameworks().first().completedTasks.size(), 3);
        QCOMPARE(c.frameworks().first().tasks.size(), 4);
        QCOMPARE(c.frameworks().first().completedTasks.first().state, TaskState::Finished);
    }

    void unawareTasksLandOnMachinesScheduledLater()
    {
        // a1 drains now; a2 (most free CPUs) is scheduled tomorrow; a3 has no unavailability.
        Scenario s;
        s.agents.append({u"a1.example"_s, u"10.0.0.1"_s, 5051, {}, u"z1"_s, 16, 65536, 1, {}});
        s.agents.append({u"a2.example"_s, u"10.0.0.2"_s, 5051, {}, u"z1"_s, 64, 65536, 1, {}});
        s.agents.append({u"a3.example"_s, u"10.0.0.3"_s, 5051, {}, u"z1"_s, 16, 65536, 1, {}});
        for (const bool aware : {false, true}) {
            Scenario::FrameworkSpec fw;
            fw.name = aware ? u"aurora"_s : u"marathon"_s;
            fw.planAware = aware;
            fw.tasks = {{u"a1.example"_s, 2}};
            s.frameworks.append(fw);
        }
        SimClock clock(0, T0);
        SimCluster c(s, &clock);
        Schedule schedule;
        schedule.windows.append({{A1}, Unavailability {T0, 3600 * S}});
        schedule.windows.append({{MachineId::of(u"a2.example"_s, u"10.0.0.2"_s)},
                                 Unavailability {T0 + 24 * 3600 * S, 3600 * S}});
        QVERIFY(!c.updateSchedule(schedule));
        c.advanceTo(T0 + 60 * S);
        auto where = [&](int framework) {
            QStringList hosts;
            for (const SimTask &t : c.frameworks()[framework].tasks)
                hosts.append(c.hosts()[c.agent(t.agentId)->host].hostname);
            return hosts;
        };
        QCOMPARE(where(0), QStringList({u"a2.example"_s, u"a2.example"_s}));
        QCOMPARE(where(1), QStringList({u"a3.example"_s, u"a3.example"_s}));
    }

    void tasksLandingOnAMachineBeingLeftMoveAgain()
    {
        // a1 drains now, a2 tomorrow; the unaware framework agreed to leave both: a1's tasks go
        // to a2 (most free CPUs) and from there, again, to a3. Each such task restarts twice.
        Scenario s;
        s.agents.append({u"a1.example"_s, u"10.0.0.1"_s, 5051, {}, u"z1"_s, 16, 65536, 1, {}});
        s.agents.append({u"a2.example"_s, u"10.0.0.2"_s, 5051, {}, u"z1"_s, 64, 65536, 1, {}});
        s.agents.append({u"a3.example"_s, u"10.0.0.3"_s, 5051, {}, u"z1"_s, 16, 65536, 1, {}});
        Scenario::FrameworkSpec fw;
        fw.name = u"marathon"_s;
        fw.tasks = {{u"a1.example"_s, 2}, {u"a2.example"_s, 1}};
        s.frameworks.append(fw);
        SimClock clock(0, T0);
        SimCluster c(s, &clock);
        Schedule schedule;
        schedule.windows.append({{A1}, Unavailability {T0, 3600 * S}});
        schedule.windows.append({{MachineId::of(u"a2.example"_s, u"10.0.0.2"_s)},
                                 Unavailability {T0 + 24 * 3600 * S, 3600 * S}});
        QVERIFY(!c.updateSchedule(schedule));
        c.advanceTo(T0 + 300 * S);
        QCOMPARE(tasksOn(c, u"a1.example"_s), 0);
        QCOMPARE(tasksOn(c, u"a2.example"_s), 0);
        QCOMPARE(tasksOn(c, u"a3.example"_s), 3);
        QCOMPARE(c.frameworks().first().completedTasks.size(), 5);
    }

    void placementKeyIsRead()
    {
        const auto parsed = Scenario::fromJson(
            R"({"agents":[{"hostname":"a1.example","ip":"10.0.0.1"}],
                "frameworks":[{"name":"a","placement":"aware"},{"name":"b"}]})");
        QVERIFY(parsed);
        QVERIFY(parsed->frameworks[0].planAware);
        QVERIFY(!parsed->frameworks[1].planAware);
        const auto wrong = Scenario::fromJson(
            R"({"agents":[{"hostname":"a1.example","ip":"10.0.0.1"}],
                "frameworks":[{"name":"a","placement":"clever"}]})");
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(u"clever"_s));
    }

    void decliningFrameworkStalls()
    {
        SimClock clock(0, T0);
        SimCluster c(scenario(u"decline"_s), &clock);
        QVERIFY(!c.updateSchedule(scheduleOf(A1)));
        c.advanceTo(T0 + 3600 * S);
        QCOMPARE(answers(c).size(), 1);
        QCOMPARE(answers(c).first().answer, InverseOfferStatus::Answer::Decline);
        QCOMPARE(tasksOn(c, u"a1.example"_s), 3);
    }

    void silentFrameworkNeverAnswers()
    {
        SimClock clock(0, T0);
        SimCluster c(scenario(u"silent"_s), &clock);
        QVERIFY(!c.updateSchedule(scheduleOf(A1)));
        c.advanceTo(T0 + 24 * 3600 * S);
        QVERIFY(answers(c).isEmpty());
        QCOMPARE(tasksOn(c, u"a1.example"_s), 3);
    }

    void acceptAfterDelay()
    {
        SimClock clock(0, T0);
        SimCluster c(scenario(u"accept-after:90s"_s), &clock);
        QVERIFY(!c.updateSchedule(scheduleOf(A1)));
        c.advanceTo(T0 + 89 * S);
        QVERIFY(answers(c).isEmpty());
        c.advanceTo(T0 + 90 * S);
        QCOMPARE(answers(c).size(), 1);
        QCOMPARE(answers(c).first().timestampNs, T0 + 90 * S);
    }

    void schedulePostResetsAnswers()
    {
        SimClock clock(0, T0);
        SimCluster c(scenario(u"decline"_s), &clock);
        QVERIFY(!c.updateSchedule(scheduleOf(A1)));
        c.advanceTo(T0 + 10 * S);
        QCOMPARE(answers(c).size(), 1);
        QVERIFY(!c.updateSchedule(scheduleOf(A1)));
        QVERIFY(answers(c).isEmpty());
        c.advanceTo(T0 + 20 * S);
        QCOMPARE(answers(c).size(), 1);
        QVERIFY(answers(c).first().timestampNs > T0 + 10 * S);
    }

    void machineDownLosesTasksAndRemovesAgent()
    {
        SimClock clock(0, T0);
        SimCluster c(scenario(u"decline"_s), &clock);
        QSignalSpy updated(&c, &SimCluster::taskUpdated);
        QSignalSpy removed(&c, &SimCluster::agentRemoved);
        QVERIFY(!c.updateSchedule(scheduleOf(A1)));
        const QString a1 = c.agentSlots()[0]->id;
        QVERIFY(!c.startMaintenance({A1}));
        QCOMPARE(updated.size(), 3);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), a1);
        QVERIFY(!c.agent(a1));
        for (const SimTask &t : c.frameworks().first().completedTasks) {
            QCOMPARE(t.state, TaskState::Lost);
            QCOMPARE(t.statuses.last().message,
                     u"Agent a1.example removed: Operator initiated 'Machine DOWN'"_s);
        }
        QCOMPARE(tasksOn(c, u"a2.example"_s), 1); // unscheduled agents keep running
        QCOMPARE(c.maintenanceStatus().down, QList<MachineId> {A1});
        // A DOWN machine's agent cannot come back until /machine/up.
        c.advanceTo(T0 + 3600 * S);
        QCOMPARE(c.registeredAgentCount(), 1);
    }

    void machineUpReregistersAfterTenSeconds()
    {
        SimClock clock(0, T0);
        SimCluster c(scenario(u"accept"_s), &clock);
        QVERIFY(!c.updateSchedule(scheduleOf(A1)));
        const QString old = c.agentSlots()[0]->id;
        QVERIFY(!c.startMaintenance({A1}));
        c.advanceTo(T0 + 100 * S);
        QSignalSpy added(&c, &SimCluster::agentAdded);
        QVERIFY(!c.stopMaintenance({A1}));
        QVERIFY(c.schedule().isEmpty());
        c.advanceTo(T0 + 100 * S + SimCluster::ReregisterDelayNs - 1);
        QCOMPARE(added.size(), 0);
        c.advanceTo(T0 + 100 * S + SimCluster::ReregisterDelayNs);
        QCOMPARE(added.size(), 1);
        QVERIFY(c.agentSlots()[0].has_value());
        QVERIFY(c.agentSlots()[0]->id != old);
        QCOMPARE(c.registeredAgentCount(), 2);
    }

    void drainAgentKillsTasksOverTime()
    {
        SimClock clock(0, T0);
        SimCluster c(scenario(u"silent"_s), &clock);
        const QString a1 = c.agentSlots()[0]->id;
        QVERIFY(!c.drainAgent(a1, std::nullopt, false));
        c.advanceTo(T0);
        QCOMPARE(tasksOn(c, u"a1.example"_s), 2);
        QCOMPARE(c.agent(a1)->drain->state, DrainInfo::State::Draining);
        QCOMPARE(c.reactivateAgent(a1)->message, u"Agent is still in the DRAINING state"_s);
        c.advanceTo(T0 + 2 * S);
        QCOMPARE(tasksOn(c, u"a1.example"_s), 0);
        QCOMPARE(c.agent(a1)->drain->state, DrainInfo::State::Drained);
        QVERIFY(c.agent(a1)->deactivated);
        QVERIFY(!c.reactivateAgent(a1));
        QVERIFY(!c.agent(a1)->drain);
        QCOMPARE(c.reactivateAgent(a1)->message, u"Agent is not deactivated"_s);
    }

    void drainAgentHugeGracePeriod()
    {
        // A grace period near INT64_MAX ("forever") once wrapped the deadline into the past and
        // killed every task at once.
        SimClock clock(0, T0);
        SimCluster c(scenario(u"silent"_s), &clock);
        const QString a1 = c.agentSlots()[0]->id;
        QVERIFY(!c.drainAgent(a1, std::numeric_limits<qint64>::max(), false));
        c.advanceTo(T0);
        QCOMPARE(tasksOn(c, u"a1.example"_s), 2); // one step at a time, as without a deadline
        QCOMPARE(c.agent(a1)->drain->state, DrainInfo::State::Draining);
    }

    void drainAgentGracePeriodAndMarkGone()
    {
        SimClock clock(0, T0);
        SimCluster c(scenario(u"silent"_s), &clock);
        const QString a1 = c.agentSlots()[0]->id;
        QSignalSpy removed(&c, &SimCluster::agentRemoved);
        QVERIFY(!c.drainAgent(a1, 0, true));
        c.advanceTo(T0);
        QVERIFY(!c.agent(a1)); // gone: removed without AGENT_REMOVED
        QCOMPARE(removed.size(), 0);
        QCOMPARE(c.frameworks().first().completedTasks.last().state, TaskState::GoneByOperator);
        QCOMPARE(c.drainAgent(a1, std::nullopt, false)->message, u"Unknown agent"_s);
    }

    void agentOnScheduledMachineRefusesDrain()
    {
        SimClock clock(0, T0);
        SimCluster c(scenario(u"accept"_s), &clock);
        const QString a1 = c.agentSlots()[0]->id;
        QVERIFY(!c.updateSchedule(scheduleOf(MachineId::of(u"A1.EXAMPLE"_s, u"10.0.0.1"_s))));
        QCOMPARE(
            c.drainAgent(a1, std::nullopt, false)->message,
            u"Agent %1 is part of a maintenance schedule under Machine A1.EXAMPLE (10.0.0.1)"_s.arg(
                a1));
        // The status keeps the spelling of the machine table key: the agent's.
        QCOMPARE(c.maintenanceStatus().draining.first().id, A1);
        QCOMPARE(*c.maintenanceStatus().draining.first().id.hostname, u"a1.example"_s);
    }

    void generatedScenarioIsDeterministic()
    {
        const Scenario a = Scenario::generate(100, 4, 7);
        const Scenario b = Scenario::generate(100, 4, 7);
        QCOMPARE(a.agents.size(), 100);
        QCOMPARE(a.frameworks.size(), 4);
        QCOMPARE(a.frameworks[2].tasks.size(), b.frameworks[2].tasks.size());
        SimClock clock(0, T0);
        SimCluster c1(a, &clock), c2(b, &clock);
        QCOMPARE(c1.masterId(), c2.masterId());
        QCOMPARE(c1.frameworks()[1].tasks.size(), c2.frameworks()[1].tasks.size());
    }
};

QTEST_GUILESS_MAIN(TestSimCluster)
#include "tst_simcluster.moc"
