#include "commands/scheduleeditor.h"
#include "controller/draftautosave.h"
#include "draft/draftstore.h"
#include "fakeprompts.h"
#include "planning/draftschedule.h"
#include "planning/planningsession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

static constexpr qint64 kHour = 3600000000000LL;

static MachineId machine(int i)
{
    return MachineId::of(u"h%1"_s.arg(i), u"10.0.0.%1"_s.arg(i));
}

static Schedule scheduleOf(int machineNumber, qint64 startHours)
{
    Schedule s;
    s.windows.append({{machine(machineNumber)}, {startHours * kHour, kHour}});
    return s;
}

// The draft's autosave, restore offer and origin, headless with scripted answers.
class tst_DraftAutosave : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PlanningSession> m_session;
    std::unique_ptr<FakePrompts> m_prompts;
    std::unique_ptr<DraftAutosave> m_autosave;

    DraftSchedule *draft() const { return m_session->draft(); }

    /// What is on disk for the current master, once the pending save has run.
    std::optional<DraftStore::Saved> savedSoon()
    {
        std::optional<DraftStore::Saved> saved;
        (void)QTest::qWaitFor(
            [&] {
                saved = m_autosave->store()->load(nullptr);
                return saved && saved->draft == draft()->schedule();
            },
            3000);
        return saved;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_session = std::make_unique<PlanningSession>();
        m_prompts = std::make_unique<FakePrompts>();
        m_autosave = std::make_unique<DraftAutosave>(m_session.get(), m_prompts.get(),
                                                     m_dir->path(), nullptr);
        m_autosave->setMaster(u"m1:5050"_s);
    }
    void cleanup()
    {
        m_autosave.reset();
        m_session.reset();
        m_prompts.reset();
        m_dir.reset();
    }

    void savesShortlyAfterAnEdit()
    {
        m_session->setLiveSchedule(scheduleOf(1, 1));
        QVERIFY(m_session->editor()->createWindow({machine(2)}, {3 * kHour, kHour}));
        const std::optional<DraftStore::Saved> saved = savedSoon();
        QVERIFY(saved);
        QCOMPARE(saved->draft, draft()->schedule());
        QCOMPARE(saved->base, scheduleOf(1, 1));
        QCOMPARE(saved->master, u"m1:5050"_s);
    }

    void originIsWhereTheEditsStarted()
    {
        m_session->setLiveSchedule(scheduleOf(1, 1));
        QCOMPARE(m_autosave->origin(), scheduleOf(1, 1)); // unmodified: the base
        QVERIFY(m_session->editor()->createWindow({machine(2)}, {3 * kHour, kHour}));
        m_session->setLiveSchedule(scheduleOf(3, 5)); // someone else changes the master
        QCOMPARE(draft()->base(), scheduleOf(3, 5));
        QCOMPARE(m_autosave->origin(), scheduleOf(1, 1));
        QCOMPARE(savedSoon()->base, scheduleOf(1, 1));
    }

    void restoreAccepted()
    {
        QVERIFY(m_autosave->store()->saveNow(scheduleOf(1, 1), scheduleOf(2, 4)).isEmpty());
        m_session->setLiveSchedule(scheduleOf(3, 5));
        m_autosave->offerRestore();
        QCOMPARE(m_prompts->confirmTexts.size(), 1);
        QVERIFY(m_prompts->confirmTexts.first().contains(u"m1:5050"_s));
        QCOMPARE(draft()->schedule(), scheduleOf(2, 4));
        QCOMPARE(m_autosave->origin(), scheduleOf(1, 1));
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(savedSoon()->base, scheduleOf(1, 1));
    }

    void offeredOncePerMaster()
    {
        QVERIFY(m_autosave->store()->saveNow(Schedule(), scheduleOf(2, 4)).isEmpty());
        m_autosave->offerRestore();
        m_autosave->offerRestore();
        QCOMPARE(m_prompts->confirmTexts.size(), 1);
    }

    void nothingToOfferAsksNothing()
    {
        m_autosave->offerRestore();
        QVERIFY(m_prompts->confirmTexts.isEmpty());
        QVERIFY(m_prompts->problems.isEmpty());
    }

    void submittedForgetsTheSavedDraft()
    {
        QVERIFY(m_session->editor()->createWindow({machine(2)}, {3 * kHour, kHour}));
        QVERIFY(savedSoon());
        m_autosave->submitted();
        QVERIFY(!QFile::exists(m_autosave->store()->filePath()));
    }

    void saveNowWritesAPendingEdit()
    {
        QVERIFY(m_session->editor()->createWindow({machine(2)}, {3 * kHour, kHour}));
        m_autosave->saveNow();
        const std::optional<DraftStore::Saved> saved = m_autosave->store()->load(nullptr);
        QVERIFY(saved);
        QCOMPARE(saved->draft, draft()->schedule());
    }
};

QTEST_MAIN(tst_DraftAutosave)
#include "tst_draftautosave.moc"
