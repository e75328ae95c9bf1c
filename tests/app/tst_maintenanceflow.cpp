#include "controller/maintenanceflow.h"
#include "fakeprompts.h"
#include "inprocessmaster.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

static constexpr qint64 kHour = 3600000000000LL;

// Start and end maintenance against the simulated master, with scripted answers.
class tst_MaintenanceFlow : public QObject
{
    Q_OBJECT

    InProcessMaster m_sim;

    /// Runs one flow; returns its result (false also when it never finished).
    bool run(FakePrompts &prompts, const QList<MachineId> &machines, bool down)
    {
        auto *flow = new MaintenanceFlow(m_sim.client.get(), m_sim.monitor.get(), &prompts, this);
        QSignalSpy finished(flow, &MaintenanceFlow::finished);
        flow->start(machines, down);
        if (!QTest::qWaitFor([&] { return finished.size() == 1; }, 20000))
            return false;
        return finished.first().first().toBool();
    }

    /// Machines 0 and 1 scheduled (so DRAINING), and a snapshot that shows it.
    void startDraining()
    {
        QVERIFY(m_sim.start());
        Schedule s;
        s.windows.append({{m_sim.machines[0], m_sim.machines[1]}, {kHour, kHour}});
        QVERIFY(m_sim.post(s));
        QVERIFY(m_sim.refresh());
    }

private Q_SLOTS:
    void downAfterConfirmation()
    {
        startDraining();
        FakePrompts prompts;
        QVERIFY(run(prompts, {m_sim.machines[0]}, true));
        QCOMPARE(prompts.confirmTexts.size(), 1);
        QVERIFY(prompts.confirmTexts.first().contains(u"task(s) are lost"_s));
        QVERIFY(prompts.confirmTexts.first().contains(m_sim.machines[0].displayName()));
        QCOMPARE(prompts.infos, QStringList {u"1 machine(s) are DOWN."_s});
        QVERIFY(prompts.problems.isEmpty());
        QVERIFY(!prompts.busy);
        QCOMPARE(m_sim.status().down, QList<MachineId> {m_sim.machines[0]});
    }

    void upAfterConfirmation()
    {
        startDraining();
        QVERIFY(m_sim.setDown({m_sim.machines[0]}, true));
        QVERIFY(m_sim.refresh());
        FakePrompts prompts;
        QVERIFY(run(prompts, {m_sim.machines[0]}, false));
        QVERIFY(prompts.confirmTexts.first().contains(u"comes back UP"_s));
        const MaintenanceStatus status = m_sim.status();
        QVERIFY(status.down.isEmpty());
        QVERIFY(!m_sim.schedule().windowOf(m_sim.machines[0]).has_value());
    }

    void cancelSendsNothing()
    {
        startDraining();
        FakePrompts prompts;
        prompts.confirmAnswers = {false};
        QVERIFY(!run(prompts, {m_sim.machines[0]}, true));
        QVERIFY(prompts.infos.isEmpty());
        QVERIFY(prompts.problems.isEmpty());
        QCOMPARE(prompts.busyCount, 0);
        QVERIFY(m_sim.status().down.isEmpty());
    }

    void refusedLocallyWithTheMastersText()
    {
        startDraining();
        FakePrompts prompts;
        // Machine 2 is UP: the master would say it is not part of a schedule.
        QVERIFY(!run(prompts, {m_sim.machines[2]}, true));
        QCOMPARE(prompts.confirmTexts.size(), 0);
        QCOMPARE(prompts.problems.size(), 1);
        QVERIFY2(prompts.problems.first().startsWith(u"The master would refuse this: Machine '"_s),
                 qPrintable(prompts.problems.first()));
        QCOMPARE(prompts.busyCount, 0);
    }

    void nothingSelected()
    {
        startDraining();
        FakePrompts prompts;
        QVERIFY(!run(prompts, {}, true));
        QCOMPARE(prompts.problems, QStringList {u"Select the DRAINING machines to take down."_s});
    }

    // Issue 10, item 5: the call goes to the master the flow started with.
    void theFlowKeepsItsEndpoint()
    {
        startDraining();
        const MasterEndpoint started = m_sim.client->endpoint();
        FakePrompts prompts;
        prompts.onConfirm = [&](const QString &) {
            MasterEndpoint other = started; // the window connects elsewhere meanwhile
            other.masters = {QUrl(u"http://127.0.0.1:1"_s)};
            m_sim.client->setEndpoint(other);
        };
        QVERIFY(run(prompts, {m_sim.machines[0]}, true));
        m_sim.client->setEndpoint(started);
        QCOMPARE(m_sim.status().down, QList<MachineId> {m_sim.machines[0]});
    }

    void refusalOfWhatIsAlreadyAppliedIsReportedAsApplied()
    {
        // The snapshot still says DRAINING, but the machine went DOWN meanwhile (as when a lost
        // answer is resent): the master refuses, and the status read shows it applied.
        startDraining();
        QVERIFY(m_sim.setDown({m_sim.machines[0]}, true));
        FakePrompts prompts;
        QVERIFY(run(prompts, {m_sim.machines[0]}, true));
        QVERIFY(prompts.problems.isEmpty());
        QCOMPARE(prompts.infos.size(), 1);
        QVERIFY2(prompts.infos.first().startsWith(u"The master now reports the machines DOWN"_s),
                 qPrintable(prompts.infos.first()));
        QVERIFY(!prompts.busy);
    }

    void refusalNotAppliedIsAProblem()
    {
        // The snapshot says DRAINING; meanwhile the machine left the schedule (someone posted an
        // empty one), so the down is refused and not applied.
        startDraining();
        QVERIFY(m_sim.post(Schedule()));
        FakePrompts prompts;
        QVERIFY(!run(prompts, {m_sim.machines[0]}, true));
        QVERIFY(prompts.infos.isEmpty());
        QCOMPARE(prompts.problems.size(), 1);
        QVERIFY(m_sim.status().down.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_MaintenanceFlow)
#include "tst_maintenanceflow.moc"
