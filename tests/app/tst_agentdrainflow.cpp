#include "controller/agentdrainflow.h"
#include "fakeprompts.h"
#include "inprocessmaster.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

static constexpr qint64 kHour = 3600000000000LL;

// DRAIN_AGENT, DEACTIVATE_AGENT and REACTIVATE_AGENT from the GUI's flow, headless, against the
// simulated master, with scripted answers to the confirmations.
class tst_AgentDrainFlow : public QObject
{
    Q_OBJECT

    InProcessMaster m_sim;

    bool run(FakePrompts &prompts, const QList<MachineId> &machines,
             const AgentDrainRequest &request)
    {
        auto *flow = new AgentDrainFlow(m_sim.client.get(), m_sim.monitor.get(), &prompts, this);
        QSignalSpy finished(flow, &AgentDrainFlow::finished);
        flow->start(machines, request);
        if (!QTest::qWaitFor([&] { return finished.size() == 1; }, 20000))
            return false;
        return finished.first().first().toBool();
    }

    /// The master's agent on @p machine, as the master reports it now.
    Agent agentOn(const MachineId &machine)
    {
        if (!m_sim.refresh())
            return {};
        for (const Agent &a : m_sim.monitor->snapshot()->cluster.agents) {
            if (a.machineId() == machine)
                return a;
        }
        return {};
    }

    static AgentDrainRequest drain(std::optional<qint64> grace = std::nullopt, bool gone = false)
    {
        return {AgentDrainRequest::Action::Drain, grace, gone};
    }

private Q_SLOTS:
    void init() { QVERIFY(m_sim.start()); }

    void drainAfterConfirmation()
    {
        const MachineId target = m_sim.machines[0];
        const Agent before = agentOn(target);
        FakePrompts prompts;
        QVERIFY(run(prompts, {target}, drain(600LL * 1000000000)));
        QCOMPARE(prompts.confirmTexts.size(), 1);
        const QString confirmation = prompts.confirmTexts.first();
        // The impact: tasks killed, per machine, and the grace cap in words.
        QVERIFY(confirmation.contains(u"running task(s) are killed"_s));
        QVERIFY(confirmation.contains(u"at most 10m"_s));
        QVERIFY(confirmation.contains(target.displayName()));
        QVERIFY(confirmation.contains(u"%1 task(s) will be killed"_s.arg(before.taskCount)));
        QVERIFY(prompts.typedExpected.isEmpty()); // no typing without mark_gone
        QCOMPARE(prompts.infos, QStringList {u"1 agent(s) are draining."_s});
        QVERIFY(!prompts.busy);
        const Agent after = agentOn(target);
        QVERIFY(after.drainInfo.has_value());
        QCOMPARE(after.drainInfo->maxGracePeriodNs, std::optional<qint64>(600LL * 1000000000));
        QVERIFY(after.deactivated);
        QCOMPARE(AgentDrain::of(after) == AgentDrain::State::Draining
                     || AgentDrain::of(after) == AgentDrain::State::Drained,
                 true);
    }

    void cancelSendsNothing()
    {
        FakePrompts prompts;
        prompts.confirmAnswers = {false};
        QVERIFY(!run(prompts, {m_sim.machines[1]}, drain()));
        QCOMPARE(prompts.busyCount, 0);
        QVERIFY(prompts.infos.isEmpty());
        QVERIFY(!agentOn(m_sim.machines[1]).drainInfo);
    }

    void markGoneNeedsTheHostnameTyped()
    {
        const MachineId target = m_sim.machines[2];
        FakePrompts prompts;
        prompts.typedAnswers = {u"not-the-host"_s};
        QVERIFY(!run(prompts, {target}, drain(std::nullopt, true)));
        QCOMPARE(prompts.typedExpected, QStringList {*target.hostname});
        QVERIFY(prompts.confirmTexts.first().contains(u"cannot be undone"_s));
        QCOMPARE(prompts.busyCount, 0);
        QVERIFY(!agentOn(target).drainInfo);

        FakePrompts typed;
        typed.typedAnswers = {*target.hostname};
        QVERIFY(run(typed, {target}, drain(std::nullopt, true)));
        // Marked gone once drained: the simulated drain kills a task a second; wait for removal.
        QVERIFY(QTest::qWaitFor([&] { return agentOn(target).id.isEmpty(); }, 20000));
    }

    void markGoneOneMachineAtATime()
    {
        FakePrompts prompts;
        prompts.typedAnswers = {*m_sim.machines[0].hostname};
        QVERIFY(!run(prompts, {m_sim.machines[0], m_sim.machines[1]}, drain(std::nullopt, true)));
        QCOMPARE(prompts.problems.size(), 1);
        QVERIFY(prompts.problems.first().contains(u"one machine at a time"_s));
        QVERIFY(prompts.confirmTexts.isEmpty());
    }

    void scheduledMachineIsRefusedWithTheMastersText()
    {
        Schedule s;
        s.windows.append({{m_sim.machines[3]}, {kHour, kHour}});
        QVERIFY(m_sim.post(s));
        QVERIFY(m_sim.refresh());
        FakePrompts prompts;
        QVERIFY(!run(prompts, {m_sim.machines[3]}, drain()));
        QCOMPARE(prompts.problems.size(), 1);
        QVERIFY(prompts.problemDetails.first().contains(u"is part of a maintenance schedule under "
                                                        "Machine"_s));
        QVERIFY(prompts.confirmTexts.isEmpty());
        QCOMPARE(prompts.busyCount, 0);
    }

    void deactivateThenReactivate()
    {
        const MachineId target = m_sim.machines[1];
        FakePrompts prompts;
        QVERIFY(run(prompts, {target}, {AgentDrainRequest::Action::Deactivate, {}, false}));
        QVERIFY(prompts.confirmTexts.first().contains(u"keep running"_s));
        QCOMPARE(AgentDrain::of(agentOn(target)), AgentDrain::State::Deactivated);

        FakePrompts again;
        QVERIFY(run(again, {target}, {AgentDrainRequest::Action::Reactivate, {}, false}));
        QCOMPARE(again.infos, QStringList {u"1 agent(s) are active again."_s});
        QCOMPARE(AgentDrain::of(agentOn(target)), AgentDrain::State::None);

        // Reactivating an active agent: the master's text, nothing sent.
        FakePrompts refused;
        QVERIFY(!run(refused, {target}, {AgentDrainRequest::Action::Reactivate, {}, false}));
        QVERIFY(refused.problemDetails.first().contains(u"Agent is not deactivated"_s));
        QCOMPARE(refused.busyCount, 0);
    }

    void nothingSelected()
    {
        FakePrompts prompts;
        QVERIFY(!run(prompts, {}, drain()));
        QCOMPARE(prompts.problems.size(), 1);
    }
};

QTEST_MAIN(tst_AgentDrainFlow)
#include "tst_agentdrainflow.moc"
