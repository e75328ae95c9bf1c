#include "controller/submitflow.h"
#include "draft/schedulehistory.h"
#include "fakeprompts.h"
#include "inprocessmaster.h"
#include "planning/draftschedule.h"
#include "planning/draftwindow.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

static constexpr qint64 kHour = 3600000000000LL;

// Submit against the simulated master on loopback, through both APIs, with scripted answers.
class tst_SubmitFlow : public QObject
{
    Q_OBJECT

    InProcessMaster m_sim;
    QTemporaryDir m_dir;

    void startMaster(MasterEndpoint::Api api) { QVERIFY(m_sim.start(api)); }
    Schedule liveSchedule() { return m_sim.schedule(); }
    void post(const Schedule &s) { QVERIFY(m_sim.post(s)); }

    bool runFlow(FakePrompts &prompts, DraftSchedule &draft, const Schedule &origin,
                 const PlanningPolicy &policy = PlanningPolicy(),
                 std::optional<ScheduleReview::LimitOverride> *limitOverride = nullptr)
    {
        ScheduleHistory history(m_dir.path());
        auto *flow = new SubmitFlow(m_sim.client.get(), m_sim.monitor.get(), &prompts, &draft,
                                    &history, u"sim"_s, origin, this);
        flow->setPolicy(policy, QTimeZone::utc());
        if (limitOverride)
            connect(flow, &SubmitFlow::finished, this,
                    [flow, limitOverride] { *limitOverride = flow->limitOverride(); });
        QSignalSpy finished(flow, &SubmitFlow::finished);
        flow->start();
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        }();
        return finished.size() == 1 && finished.first().first().toBool();
    }

    QStringList overrideRecords() const
    {
        QStringList out;
        QDirIterator it(m_dir.path(), {u"submitted-*.review.json"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out.append(it.next());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        for (const QString &f : overrideRecords())
            QFile::remove(f);
    }

    void apis_data()
    {
        QTest::addColumn<int>("api");
        QTest::newRow("v0") << int(MasterEndpoint::Api::V0);
        QTest::newRow("v1") << int(MasterEndpoint::Api::V1);
    }

    void cleanSubmit_data() { apis_data(); }
    void cleanSubmit()
    {
        QFETCH(int, api);
        startMaster(MasterEndpoint::Api(api));
        DraftSchedule draft;
        draft.setLiveSchedule(Schedule());
        QVERIFY(!draft.addWindow({m_sim.machines[0], m_sim.machines[1]}, {kHour, kHour}));
        const Schedule planned = draft.schedule();
        FakePrompts prompts;
        QVERIFY(runFlow(prompts, draft, Schedule()));
        QCOMPARE(prompts.reviewTitles.size(), 1); // the preview only: nobody changed the master
        QVERIFY(prompts.problems.isEmpty());
        QCOMPARE(prompts.infos.size(), 1);
        QVERIFY(prompts.infos.first().contains(u"holds exactly the submitted schedule"));
        QCOMPARE(liveSchedule(), planned);
        QVERIFY(!draft.isModified());
        QVERIFY(!prompts.busy);
    }

    void concurrentChangeIsShownAndRebased_data() { apis_data(); }
    void concurrentChangeIsShownAndRebased()
    {
        QFETCH(int, api);
        startMaster(MasterEndpoint::Api(api));
        DraftSchedule draft;
        draft.setLiveSchedule(Schedule());
        QVERIFY(!draft.addWindow({m_sim.machines[0]}, {kHour, kHour}));
        // Someone else posts in the meantime.
        Schedule theirs;
        theirs.windows.append({{m_sim.machines[2]}, {5 * kHour, kHour}});
        post(theirs);
        FakePrompts prompts;
        QVERIFY(runFlow(prompts, draft, Schedule()));
        QCOMPARE(prompts.reviewTitles.size(), 2);
        QCOMPARE(prompts.reviewTitles.first(), u"The live schedule changed"_s);
        QVERIFY(prompts.reviewLeft.first().join(u'\n').contains(m_sim.machines[2].displayName()));
        const Schedule live = liveSchedule();
        QCOMPARE(live.machineCount(), 2);
        QVERIFY(live.windowOf(m_sim.machines[0]).has_value());
        QVERIFY(live.windowOf(m_sim.machines[2]).has_value());
    }

    // Issue 10, item 7: a colleague's Machine Up (the master drops the machine from the schedule)
    // made after our draft started stays in force when our edits did not touch that machine.
    void theirMachineUpIsNotUndoneByTheRebase_data() { apis_data(); }
    void theirMachineUpIsNotUndoneByTheRebase()
    {
        QFETCH(int, api);
        startMaster(MasterEndpoint::Api(api));
        const MachineId up = m_sim.machines[0];
        Schedule origin;
        origin.windows.append({{up, m_sim.machines[1]}, {kHour, kHour}});
        post(origin);
        QVERIFY(m_sim.setDown({up}, true));
        DraftSchedule draft;
        draft.setLiveSchedule(origin);
        QVERIFY(!draft.addWindow({m_sim.machines[2]}, {5 * kHour, kHour}));
        QVERIFY(m_sim.setDown({up}, false)); // the colleague's Machine Up
        QVERIFY(!liveSchedule().windowOf(up).has_value());
        FakePrompts prompts;
        QVERIFY(runFlow(prompts, draft, origin));
        QCOMPARE(prompts.reviewTitles.first(), u"The live schedule changed"_s);
        QVERIFY(!prompts.reviewRight.first().join(u'\n').contains(u"conflict"));
        const Schedule live = liveSchedule();
        QVERIFY(!live.windowOf(up).has_value());
        QVERIFY(live.windowOf(m_sim.machines[1]).has_value());
        QVERIFY(live.windowOf(m_sim.machines[2]).has_value());
    }

    void brokenLimitsNeedAnOverrideWithAReason()
    {
        startMaster(MasterEndpoint::Api::V0);
        DraftSchedule draft;
        draft.setLiveSchedule(Schedule());
        QVERIFY(!draft.addWindow({m_sim.machines[0], m_sim.machines[1]}, {kHour, kHour}));
        const Schedule planned = draft.schedule();
        PlanningPolicy policy;
        policy.limits.maxDown = PolicyAmount::count(1);

        // Cancelled (no reason): nothing is sent.
        FakePrompts cancelled;
        QVERIFY(!runFlow(cancelled, draft, Schedule(), policy));
        QCOMPARE(cancelled.overrideViolations.size(), 1);
        QCOMPARE(cancelled.overrideViolations.first().size(), 1);
        QVERIFY2(cancelled.overrideViolations.first().first().startsWith(u"maxDown — cluster: "_s),
                 qPrintable(cancelled.overrideViolations.first().first()));
        // The preview lists the violation and the churn too.
        const QString effects = cancelled.reviewRight.first().join(u'\n');
        QVERIFY(effects.contains(u"! breaks a planning limit: maxDown"_s));
        QVERIFY(effects.contains(u"Churn: "_s));
        QVERIFY(cancelled.reviewRight.first().first().startsWith(u"! breaks a planning limit"_s));
        QCOMPARE(liveSchedule(), Schedule());

        // With a reason: sent, and the override is kept with its violations.
        FakePrompts prompts;
        prompts.overrideReasons = {u"  freeze exception CHG-42 "_s};
        std::optional<ScheduleReview::LimitOverride> given;
        QVERIFY(runFlow(prompts, draft, Schedule(), policy, &given));
        QCOMPARE(liveSchedule(), planned);
        QVERIFY(given.has_value());
        QCOMPARE(given->reason, u"freeze exception CHG-42"_s);
        QCOMPARE(given->violations, prompts.overrideViolations.first());
        // ... and recorded with the schedule it let through, in the review format.
        const QStringList records = overrideRecords();
        QCOMPARE(records.size(), 1);
        QFile file(records.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<ScheduleReview> review = ScheduleReview::fromJson(file.readAll());
        QVERIFY2(review.ok(), qPrintable(review.ok() ? QString() : review.error().describe()));
        QVERIFY(review->limitOverride.has_value());
        QCOMPARE(review->limitOverride->reason, u"freeze exception CHG-42"_s);
        QCOMPARE(review->limitOverride->violations, prompts.overrideViolations.first());
        QCOMPARE(review->master, u"sim"_s);
        QCOMPARE(review->reason, u"freeze exception CHG-42"_s);
        QFile sent(QFileInfo(records.first()).dir().filePath(review->scheduleFile));
        QVERIFY(sent.open(QIODevice::ReadOnly));
        QCOMPARE(ScheduleReview::sha256Of(sent.readAll()), review->sha256);
    }

    void keptLimitsAskNoOverride()
    {
        startMaster(MasterEndpoint::Api::V0);
        DraftSchedule draft;
        draft.setLiveSchedule(Schedule());
        QVERIFY(!draft.addWindow({m_sim.machines[0]}, {kHour, kHour}));
        PlanningPolicy policy;
        policy.limits.maxDown = PolicyAmount::count(1);
        FakePrompts prompts;
        std::optional<ScheduleReview::LimitOverride> given;
        QVERIFY(runFlow(prompts, draft, Schedule(), policy, &given));
        QVERIFY(prompts.overrideViolations.isEmpty());
        QVERIFY(!given.has_value());
        QVERIFY(overrideRecords().isEmpty());
    }

    void concurrentChangeCancelledChangesNothing()
    {
        startMaster(MasterEndpoint::Api::V0);
        DraftSchedule draft;
        draft.setLiveSchedule(Schedule());
        QVERIFY(!draft.addWindow({m_sim.machines[0]}, {kHour, kHour}));
        const Schedule planned = draft.schedule();
        Schedule theirs;
        theirs.windows.append({{m_sim.machines[2]}, {5 * kHour, kHour}});
        post(theirs);
        FakePrompts prompts;
        prompts.reviewAnswers = {false};
        QVERIFY(!runFlow(prompts, draft, Schedule()));
        QCOMPARE(liveSchedule(), theirs);
        QCOMPARE(draft.schedule(), planned);
    }

    void rejectionKeepsTheDraft_data() { apis_data(); }
    void rejectionKeepsTheDraft()
    {
        QFETCH(int, api);
        startMaster(MasterEndpoint::Api(api));
        // The master has a DOWN machine the console has not seen yet (its snapshot is older).
        Schedule live;
        live.windows.append({{m_sim.machines[3]}, {kHour, kHour}});
        post(live);
        QVERIFY(m_sim.setDown({m_sim.machines[3]}, true));
        DraftSchedule draft;
        draft.setLiveSchedule(live);
        QVERIFY(!draft.removeMachines({m_sim.machines[3]}));
        QVERIFY(!draft.addWindow({m_sim.machines[0]}, {2 * kHour, kHour}));
        const Schedule planned = draft.schedule();
        FakePrompts prompts;
        QVERIFY(!runFlow(prompts, draft, live));
        QCOMPARE(prompts.problems.size(), 1);
        const QString expected
            = u"Machine '{\"hostname\":\"%1\",\"ip\":\"%2\"}' is deactivated and cannot be removed from the schedule"_s
                  .arg(*m_sim.machines[3].hostname, *m_sim.machines[3].ip);
        QCOMPARE(prompts.problems.first(), expected); // the master's text, verbatim
        QCOMPARE(draft.schedule(), planned);
        QCOMPARE(liveSchedule(), live);
    }

    void localRefusalPointsAtTheMachine()
    {
        startMaster(MasterEndpoint::Api::V0);
        DraftSchedule draft;
        draft.setLiveSchedule(Schedule());
        const MachineId bad = MachineId::of(u"typo.example"_s, u"10.0.0.300"_s);
        // The draft refuses such an edit; restore() (undo/redo) is not checked, so it can hold one.
        QVERIFY(draft.addWindow({m_sim.machines[0], bad}, {kHour, kHour}).has_value());
        DraftWindow window;
        window.id = 1;
        window.window = {{m_sim.machines[0], bad}, {kHour, kHour}};
        draft.restore({window});
        FakePrompts prompts;
        QVERIFY(!runFlow(prompts, draft, Schedule()));
        QCOMPARE(prompts.problems, QStringList {u"Failed to parse IPv4: 10.0.0.300"_s});
        QCOMPARE(prompts.problemMachines, QList<MachineId> {bad});
        QCOMPARE(liveSchedule(), Schedule()); // nothing was sent
    }

    // Issue 10, item 1: a change posted while the confirmation is open is not overwritten.
    void changeDuringTheConfirmationGoesBackToTheRebase()
    {
        startMaster(MasterEndpoint::Api::V0);
        DraftSchedule draft;
        draft.setLiveSchedule(Schedule());
        QVERIFY(!draft.addWindow({m_sim.machines[0]}, {kHour, kHour}));
        Schedule theirs;
        theirs.windows.append({{m_sim.machines[2]}, {5 * kHour, kHour}});
        FakePrompts prompts;
        bool posted = false;
        prompts.onReview = [&](const QString &title) {
            if (!posted && title.startsWith(u"Submit schedule"_s))
                posted = m_sim.post(theirs); // a colleague, while the person reads the preview
        };
        QVERIFY(runFlow(prompts, draft, Schedule()));
        QVERIFY(posted);
        QCOMPARE(prompts.reviewTitles,
                 (QStringList {u"Submit schedule to sim"_s, u"The live schedule changed"_s,
                               u"Submit schedule to sim"_s}));
        const Schedule live = liveSchedule();
        QVERIFY(live.windowOf(m_sim.machines[0]).has_value());
        QVERIFY(live.windowOf(m_sim.machines[2]).has_value()); // theirs survived
        // The history keeps what the POST replaced: their schedule, from the last read.
        ScheduleHistory history(m_dir.path());
        const auto entries = history.entries(u"sim"_s);
        QVERIFY(!entries.isEmpty());
    }

    // Issue 10, item 2: edits made while "Submitting…" stay in the draft.
    void editsDuringTheSubmitAreKept()
    {
        startMaster(MasterEndpoint::Api::V0);
        DraftSchedule draft;
        draft.setLiveSchedule(Schedule());
        QVERIFY(!draft.addWindow({m_sim.machines[0]}, {kHour, kHour}));
        const Schedule sent = draft.schedule();
        FakePrompts prompts;
        prompts.onBusy = [&](const QString &text) {
            if (text.startsWith(u"Submitting"_s))
                QVERIFY(!draft.addWindow({m_sim.machines[3]}, {7 * kHour, kHour}));
        };
        QVERIFY(runFlow(prompts, draft, Schedule()));
        QCOMPARE(liveSchedule(), sent);
        QCOMPARE(draft.base(), sent);
        QVERIFY(draft.isModified());
        QVERIFY(draft.schedule().windowOf(m_sim.machines[3]).has_value());
        QVERIFY(draft.schedule().windowOf(m_sim.machines[0]).has_value());
        QVERIFY(prompts.infos.first().contains(u"edits made during the submit are kept"_s));
    }

    // Issue 10, item 5: the submit goes to the master it started with.
    void theFlowKeepsItsEndpoint()
    {
        startMaster(MasterEndpoint::Api::V0);
        DraftSchedule draft;
        draft.setLiveSchedule(Schedule());
        QVERIFY(!draft.addWindow({m_sim.machines[0]}, {kHour, kHour}));
        const Schedule planned = draft.schedule();
        const MasterEndpoint started = m_sim.client->endpoint();
        FakePrompts prompts;
        prompts.onReview = [&](const QString &) {
            // The window connects elsewhere while the preview is open.
            MasterEndpoint other = started;
            other.masters = {QUrl(u"http://127.0.0.1:1"_s)};
            m_sim.client->setEndpoint(other);
        };
        QVERIFY(runFlow(prompts, draft, Schedule()));
        m_sim.client->setEndpoint(started);
        QCOMPARE(liveSchedule(), planned);
    }

    void nothingToSubmit()
    {
        startMaster(MasterEndpoint::Api::V0);
        DraftSchedule draft;
        draft.setLiveSchedule(Schedule());
        FakePrompts prompts;
        QVERIFY(!runFlow(prompts, draft, Schedule()));
        QVERIFY(prompts.reviewTitles.isEmpty());
        QCOMPARE(prompts.infos.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_SubmitFlow)
#include "tst_submitflow.moc"
