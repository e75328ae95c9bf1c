#include "commands/scheduleeditor.h"
#include "controller/draftautosave.h"
#include "draft/draftstore.h"
#include "fakeprompts.h"
#include "planning/draftschedule.h"
#include "planning/planningsession.h"

#include "json/schedulecodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

    QStringList asideFiles(const QString &why) const
    {
        const QFileInfo file(m_autosave->store()->filePath());
        QStringList out;
        for (const QFileInfo &f :
             file.dir().entryInfoList({file.fileName() + u'.' + why + u"-*"_s}, QDir::Files))
            out << f.absoluteFilePath();
        return out;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

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
        // What a successful submit does to the draft: the master holds it now.
        draft()->setLiveSchedule(draft()->schedule());
        draft()->revertToBase();
        m_autosave->submitted();
        QVERIFY(!QFile::exists(m_autosave->store()->filePath()));
    }

    void editsMadeDuringTheSubmitAreSaved()
    {
        QVERIFY(m_session->editor()->createWindow({machine(2)}, {3 * kHour, kHour}));
        const Schedule sent = draft()->schedule();
        QVERIFY(m_session->editor()->createWindow({machine(4)}, {6 * kHour, kHour}));
        draft()->setLiveSchedule(sent); // the submit succeeded; the draft keeps the later edit
        m_autosave->submitted();
        QCOMPARE(m_autosave->origin(), sent);
        const std::optional<DraftStore::Saved> saved = savedSoon();
        QVERIFY(saved);
        QCOMPARE(saved->base, sent);
        QVERIFY(saved->draft.windowOf(machine(4)).has_value());
    }

    // Issue 10, item 2: a declined draft is set aside, not deleted.
    void declinedDraftIsSetAside()
    {
        QVERIFY(m_autosave->store()->saveNow(Schedule(), scheduleOf(2, 4)).isEmpty());
        m_prompts->confirmAnswers = {false};
        m_autosave->offerRestore();
        QCOMPARE(m_prompts->confirmTexts.size(), 1);
        QVERIFY(!QFile::exists(m_autosave->store()->filePath()));
        const QStringList aside = asideFiles(u"declined"_s);
        QCOMPARE(aside.size(), 1);
        QVERIFY(QFile(aside.first()).open(QIODevice::ReadOnly));
        QCOMPARE(draft()->schedule(), Schedule());
    }

    // Issue 10, item 2: a draft the master's state makes unrestorable is "kept", so it must not
    // be written over by the next edit nor deleted by the next live change.
    void refusedDraftIsNeverWrittenOver()
    {
        Schedule live = scheduleOf(1, 1);
        MaintenanceStatus status;
        status.down = {machine(1)}; // DOWN: a draft without it is refused
        m_session->setStatus(status);
        m_session->setLiveSchedule(live);
        QVERIFY(m_autosave->store()->saveNow(Schedule(), scheduleOf(2, 4)).isEmpty());
        m_autosave->offerRestore();
        QCOMPARE(m_prompts->problems.size(), 1);
        m_session->setLiveSchedule(scheduleOf(1, 2)); // a live change under an unmodified draft
        QVERIFY(m_session->editor()->createWindow({machine(3)}, {3 * kHour, kHour}));
        QVERIFY(savedSoon());
        const QStringList aside = asideFiles(u"refused"_s);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(m_prompts->problems.first().contains(aside.first()),
                 qPrintable(m_prompts->problems.first()));
        const QJsonObject kept = QJsonDocument::fromJson(readAll(aside.first())).object();
        QCOMPARE(*ScheduleCodec::decodeSchedule(kept.value(u"draft"_s).toString().toUtf8()),
                 scheduleOf(2, 4));
    }

    // Issue 10, item 2: autosave waits until the saved draft was offered.
    void editBeforeTheOfferDoesNotReplaceTheSavedDraft()
    {
        QVERIFY(m_autosave->store()->saveNow(Schedule(), scheduleOf(2, 4)).isEmpty());
        m_autosave.reset();
        m_autosave = std::make_unique<DraftAutosave>(m_session.get(), m_prompts.get(),
                                                     m_dir->path(), nullptr);
        m_prompts->confirmAnswers = {false};
        m_autosave->setMaster(u"m1:5050"_s);
        // An import (or any edit) before the offer, as with a slow master.
        QVERIFY(m_session->editor()->createWindow({machine(5)}, {3 * kHour, kHour}));
        const std::optional<DraftStore::Saved> saved = savedSoon();
        QCOMPARE(m_prompts->confirmTexts.size(), 1); // the earlier draft was offered first
        QVERIFY(m_prompts->confirmTexts.first().contains(u"Undo brings them back"_s));
        QVERIFY(saved);
        QVERIFY(saved->draft.windowOf(machine(5)).has_value());
        QCOMPARE(asideFiles(u"declined"_s).size(), 1);
    }

    // Issue 10, item 4: a second instance on the same master neither writes nor deletes.
    void secondInstanceIsLockedOut()
    {
        QVERIFY(m_session->editor()->createWindow({machine(2)}, {3 * kHour, kHour}));
        QVERIFY(savedSoon());
        const QByteArray before = readAll(m_autosave->store()->filePath());

        PlanningSession other;
        FakePrompts otherPrompts;
        otherPrompts.confirmAnswers = {false};
        DraftAutosave second(&other, &otherPrompts, m_dir->path(), nullptr);
        second.setMaster(u"http://m1:5050"_s); // the same master, spelled differently
        QVERIFY(!second.store()->isLocked());
        QTRY_COMPARE(otherPrompts.problems.size(), 1);
        QVERIFY2(otherPrompts.problems.first().contains(
                     u"Another Slipway (process %1"_s.arg(QCoreApplication::applicationPid())),
                 qPrintable(otherPrompts.problems.first()));
        QVERIFY(otherPrompts.confirmTexts.isEmpty());
        QVERIFY(other.editor()->createWindow({machine(3)}, {3 * kHour, kHour}));
        QTest::qWait(DraftStore::kSaveDelayMs + 200);
        second.saveNow();
        QCOMPARE(readAll(m_autosave->store()->filePath()), before);
    }

    // Issue 10, item 5: another master gets a clean session; the first's draft waits on disk.
    void switchingMastersSavesAndClears()
    {
        QVERIFY(m_session->editor()->createWindow({machine(2)}, {3 * kHour, kHour}));
        const Schedule planned = draft()->schedule();
        m_autosave->setMaster(u"m2:5050"_s);
        QCOMPARE(draft()->schedule(), Schedule());
        QVERIFY(!draft()->isModified());
        QCOMPARE(m_session->undoStack()->count(), 0);
        m_autosave->setMaster(u"m1"_s); // back: its draft is offered (and accepted)
        QTRY_COMPARE(m_prompts->confirmTexts.size(), 1);
        QCOMPARE(draft()->schedule(), planned);
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
