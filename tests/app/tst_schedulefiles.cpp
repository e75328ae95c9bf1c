#include "commands/scheduleeditor.h"
#include "controller/schedulefiles.h"
#include "draft/schedulehistory.h"
#include "fakeprompts.h"
#include "inprocessmaster.h"
#include "planning/draftschedule.h"
#include "planning/planningchecks.h"
#include "planning/planningsession.h"
#include "review/schedulereview.h"
#include "json/schedulecodec.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Qt::StringLiterals;

static constexpr qint64 kHour = 3600000000000LL;

static MachineId machine(int i)
{
    return MachineId::of(u"h%1"_s.arg(i), u"10.0.0.%1"_s.arg(i));
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Export, import, review export and restore of replaced schedules, with scripted answers.
class tst_ScheduleFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    InProcessMaster m_sim; ///< not started unless a test needs the live schedule
    std::unique_ptr<MasterClient> m_offline;
    std::unique_ptr<ClusterMonitor> m_offlineMonitor;
    std::unique_ptr<PlanningSession> m_session;
    std::unique_ptr<ScheduleHistory> m_history;
    FakePrompts m_prompts;
    std::unique_ptr<ScheduleFiles> m_files;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void makeFiles(ClusterMonitor *monitor)
    {
        m_files = std::make_unique<ScheduleFiles>(m_session.get(), monitor, m_history.get(),
                                                  &m_prompts, nullptr);
    }

private Q_SLOTS:
    void init()
    {
        m_offline = std::make_unique<MasterClient>(&m_sim.network);
        m_offlineMonitor = std::make_unique<ClusterMonitor>(m_offline.get());
        m_session = std::make_unique<PlanningSession>();
        m_history = std::make_unique<ScheduleHistory>(path(u"history"_s));
        m_prompts = FakePrompts();
        makeFiles(m_offlineMonitor.get());
    }
    void cleanup()
    {
        m_files.reset();
        m_session.reset();
    }

    void exportDraftWritesWhatTheMasterAccepts()
    {
        QVERIFY(m_session->editor()->createWindow({machine(1)}, {kHour, kHour}));
        m_prompts.savePaths = {path(u"draft.json"_s)};
        m_files->exportSchedule(false);
        QCOMPARE(m_prompts.problems, QStringList());
        QCOMPARE(m_prompts.infos.size(), 1);
        const Result<Schedule> written
            = ScheduleCodec::decodeSchedule(readAll(path(u"draft.json"_s)));
        QVERIFY(written);
        QCOMPARE(*written, m_session->draft()->schedule());
    }

    void exportCancelledWritesNothing()
    {
        m_files->exportSchedule(false);
        QVERIFY(m_prompts.infos.isEmpty());
        QVERIFY(m_prompts.problems.isEmpty());
    }

    void exportLiveNeedsAMaster()
    {
        m_prompts.savePaths = {path(u"live.json"_s)};
        m_files->exportSchedule(true);
        QCOMPARE(m_prompts.problems.size(), 1);
        QVERIFY(!QFile::exists(path(u"live.json"_s)));
    }

    void exportLiveWritesTheMastersSchedule()
    {
        QVERIFY(m_sim.start());
        Schedule live;
        live.windows.append({{m_sim.machines[1]}, {2 * kHour, kHour}});
        QVERIFY(m_sim.post(live));
        QVERIFY(m_sim.refresh());
        makeFiles(m_sim.monitor.get());
        m_prompts.savePaths = {path(u"live.json"_s)};
        m_files->exportSchedule(true);
        QCOMPARE(m_prompts.problems, QStringList());
        QCOMPARE(*ScheduleCodec::decodeSchedule(readAll(path(u"live.json"_s))), live);
    }

    void importReplacesTheDraftAsOneUndoStep()
    {
        Schedule imported;
        imported.windows.append({{machine(3), machine(4)}, {5 * kHour, kHour}});
        write(path(u"in.json"_s), ScheduleCodec::encodeSchedule(imported));
        m_prompts.openPaths = {path(u"in.json"_s)};
        m_files->importSchedule();
        QCOMPARE(m_session->draft()->schedule(), imported);
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(m_session->undoStack()->text(0), u"Import in.json"_s);
        m_session->undoStack()->undo();
        QCOMPARE(m_session->draft()->schedule(), Schedule());
    }

    // Issue 12: a file that leaves a DOWN machine out is offered with it kept in; warnings.
    void importKeepsDownMachinesAndWarns()
    {
        QVERIFY(m_sim.start());
        Schedule live;
        live.windows.append({{m_sim.machines[0]}, {2 * kHour, kHour}});
        QVERIFY(m_sim.post(live));
        QVERIFY(m_sim.setDown({m_sim.machines[0]}, true));
        QVERIFY(m_sim.refresh());
        makeFiles(m_sim.monitor.get());

        Schedule file;
        const MachineId typo = MachineId::of(*m_sim.machines[1].hostname, u"10.9.9.9"_s);
        file.windows.append({{m_sim.machines[2], typo}, {kHour, kHour}}); // ended long ago
        write(path(u"in.json"_s), ScheduleCodec::encodeSchedule(file));

        m_prompts.confirmAnswers = {false};
        QVERIFY(!m_files->importFile(path(u"in.json"_s), u"Import"_s));
        QCOMPARE(m_prompts.confirmTexts.size(), 1);
        QVERIFY2(m_prompts.confirmTexts[0].contains(m_sim.machines[0].displayName()),
                 qPrintable(m_prompts.confirmTexts[0]));
        QCOMPARE(m_session->undoStack()->count(), 0);

        m_prompts.confirmAnswers = {true};
        QVERIFY(m_files->importFile(path(u"in.json"_s), u"Import"_s));
        Schedule expected = file;
        expected.windows.append(live.windows.first());
        QCOMPARE(m_session->draft()->schedule(), expected);
        const QString info = m_prompts.infos.last();
        QVERIFY2(info.contains(u"Window 1 (2 machine(s)) ended at"_s), qPrintable(info));
        QVERIFY2(info.contains(u"did you mean %1?"_s.arg(m_sim.machines[1].toSpec())),
                 qPrintable(info));
    }

    void importOfABadFileSaysWhy()
    {
        write(
            path(u"bad.json"_s),
            R"({"windows":[{"machine_ids":[{"hostname":"a","ip":"1.2.3.300"}],"unavailability":{"start":{"nanoseconds":0}}}]})");
        QVERIFY(!m_files->importFile(path(u"bad.json"_s), u"Import"_s));
        QCOMPARE(m_prompts.problems,
                 QStringList {u"bad.json is not a schedule the master would accept."_s});
        QCOMPARE(m_prompts.problemDetails.first().contains(u"IPv4"_s), true);
        QCOMPARE(m_session->undoStack()->count(), 0);
        QVERIFY(!m_files->importFile(path(u"missing.json"_s), u"Import"_s));
        QCOMPARE(m_prompts.problems.size(), 2);
    }

    void exportForReviewWritesBothFiles()
    {
        QVERIFY(m_session->editor()->createWindow({machine(1)}, {kHour, kHour}));
        m_files->exportForReview(u"ann"_s, u"kernel update"_s, path(u"plan.json"_s), u"m1"_s);
        QCOMPARE(m_prompts.problems, QStringList());
        QCOMPARE(*ScheduleCodec::decodeSchedule(readAll(path(u"plan.json"_s))),
                 m_session->draft()->schedule());
        const QJsonObject review
            = QJsonDocument::fromJson(readAll(path(u"plan.review.json"_s))).object();
        QVERIFY(!review.isEmpty());
        QVERIFY(QJsonDocument(review).toJson().contains("kernel update"));
        QVERIFY(QJsonDocument(review).toJson().contains("plan.json"));
        // The picture beside the review, named in it.
        QCOMPARE(review[u"picture_file"_s].toString(), u"plan.review.png"_s);
        const QImage picture(path(u"plan.review.png"_s));
        QVERIFY(!picture.isNull());
        QVERIFY(picture.width() > 1000);
    }

    void exportForReviewOfAHugeDraftGoesOnWithoutPicture()
    {
        // More rows than a PNG picture holds: the review is written all the same, without one.
        QList<MachineId> machines;
        for (int i = 0; i < 1250; ++i)
            machines << MachineId::of(u"n%1"_s.arg(i), u"10.%1.%2.1"_s.arg(i / 250).arg(i % 250));
        QVERIFY(m_session->editor()->createWindow(machines, {kHour, kHour}));
        m_files->exportForReview(u"ann"_s, u"fleet"_s, path(u"huge.json"_s), u"m1"_s);
        QCOMPARE(m_prompts.problems, QStringList());
        QVERIFY(!QFile::exists(path(u"huge.review.png"_s)));
        const auto review = ScheduleReview::fromJson(readAll(path(u"huge.review.json"_s)));
        QVERIFY(review);
        QVERIFY(review->pictureFile.isEmpty());
        QVERIFY2(m_prompts.infos.last().contains(u"No picture of its timeline"_s),
                 qPrintable(m_prompts.infos.last()));
    }

    void exportTimelineImageDrawsTheDraft()
    {
        QVERIFY(m_session->editor()->createWindow({machine(1), machine(2)}, {kHour, kHour}));
        m_files->exportTimelineImage(u"m1"_s); // cancelled: nothing written, nothing said
        QVERIFY(m_prompts.infos.isEmpty());
        m_prompts.savePaths = {path(u"draft.svg"_s), path(u"draft.png"_s), path(u"draft.gif"_s)};
        m_files->exportTimelineImage(u"m1"_s);
        QVERIFY(readAll(path(u"draft.svg"_s)).contains("<svg"));
        m_files->exportTimelineImage(u"m1"_s);
        QCOMPARE(QImage(path(u"draft.png"_s)).isNull(), false);
        QCOMPARE(m_prompts.infos.size(), 2);
        QCOMPARE(m_prompts.problems, QStringList());
        m_files->exportTimelineImage(u"m1"_s);
        QCOMPARE(m_prompts.problems.size(), 1);
        QVERIFY2(m_prompts.problems.first().contains(u"PNG or SVG"_s),
                 qPrintable(m_prompts.problems.first()));
        QVERIFY(!QFile::exists(path(u"draft.gif"_s)));
    }

    void exportForReviewOfBrokenLimitsNeedsAReason()
    {
        PlanningPolicy policy;
        policy.limits.maxDown = PolicyAmount::count(1);
        m_session->checks()->setPolicy(policy);
        QVERIFY(m_session->editor()->createWindow({machine(1), machine(2)}, {kHour, kHour}));
        // Cancelled: nothing written.
        m_files->exportForReview(u"ann"_s, u"kernel"_s, path(u"broken.json"_s), u"m1"_s);
        QCOMPARE(m_prompts.overrideViolations.size(), 1);
        QVERIFY(!QFile::exists(path(u"broken.review.json"_s)));
        QVERIFY(!QFile::exists(path(u"broken.json"_s)));
        // With a reason: the review carries it and the violations.
        m_prompts.overrideReasons = {u"CHG-7"_s};
        m_files->exportForReview(u"ann"_s, u"kernel"_s, path(u"broken.json"_s), u"m1"_s);
        const auto review = ScheduleReview::fromJson(readAll(path(u"broken.review.json"_s)));
        QVERIFY(review);
        QVERIFY(review->limitOverride.has_value());
        QCOMPARE(review->limitOverride->reason, u"CHG-7"_s);
        QCOMPARE(review->limitOverride->violations, m_prompts.overrideViolations.last());
        QVERIFY(review->limitOverride->violations.first().startsWith(u"maxDown — cluster"_s));
    }

    void restoreReplacedOffersTheHistory()
    {
        m_files->restoreReplaced(u"m1"_s);
        QCOMPARE(m_prompts.infos.size(), 1); // nothing replaced yet
        QVERIFY(m_prompts.openDirectories.isEmpty());

        Schedule old;
        old.windows.append({{machine(2)}, {kHour, kHour}});
        const QString kept = m_history->keep(u"m1"_s, old);
        QVERIFY(!kept.isEmpty());
        m_prompts.openPaths = {kept};
        m_files->restoreReplaced(u"m1"_s);
        QCOMPARE(m_prompts.openDirectories.size(), 1);
        QCOMPARE(m_prompts.openDirectories.first(), QFileInfo(kept).absolutePath());
        QCOMPARE(m_session->draft()->schedule(), old);
        QCOMPARE(m_session->undoStack()->text(0), u"Restore replaced schedule"_s);
    }
};

QTEST_MAIN(tst_ScheduleFiles)
#include "tst_schedulefiles.moc"
