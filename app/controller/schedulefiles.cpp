#include "controller/schedulefiles.h"

#include "commands/scheduleeditor.h"
#include "controller/userprompts.h"
#include "draft/atomicfile.h"
#include "draft/schedulehistory.h"
#include "live/livesnapshot.h"
#include "live/schedulewarnings.h"
#include "monitor/clustermonitor.h"
#include "planning/draftschedule.h"
#include "planning/planningchecks.h"
#include "planning/planningreport.h"
#include "planning/planningsession.h"
#include "render/timelineimage.h"
#include "review/schedulereview.h"
#include "json/schedulecodec.h"
#include "json/scheduleimport.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

ScheduleFiles::ScheduleFiles(PlanningSession *session, ClusterMonitor *monitor,
                             ScheduleHistory *history, UserPrompts *prompts, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_monitor(monitor)
    , m_history(history)
    , m_prompts(prompts)
{ }

void ScheduleFiles::exportSchedule(bool live)
{
    const LiveSnapshot *snapshot = m_monitor->snapshot();
    if (live && !snapshot) {
        m_prompts->showProblem(tr("Export"),
                               tr("Connect to a master to export its live schedule."));
        return;
    }
    const Schedule schedule = live ? snapshot->schedule : m_session->draft()->schedule();
    const QString path = m_prompts->askSaveFile(
        live ? tr("Export live schedule") : tr("Export draft"),
        live ? QStringLiteral("live-schedule.json") : QStringLiteral("draft-schedule.json"));
    if (path.isEmpty())
        return;
    if (const QString error
        = AtomicFile::write(path, ScheduleCodec::encodeScheduleIndented(schedule));
        !error.isEmpty()) {
        m_prompts->showProblem(tr("Export"), error);
        return;
    }
    m_prompts->showInfo(tr("Export"),
                        tr("Wrote %1 (%2 windows, %3 machines). The master accepts it as it "
                           "is:\ncurl -X POST -d @%4 http://MASTER:5050/maintenance/schedule")
                            .arg(path)
                            .arg(schedule.windows.size())
                            .arg(schedule.machineCount())
                            .arg(QFileInfo(path).fileName()));
}

void ScheduleFiles::exportTimelineImage(const QString &master)
{
    const QString path
        = m_prompts->askSaveFile(tr("Export Timeline Image"), QStringLiteral("timeline.png"));
    if (path.isEmpty())
        return;
    const QString title = master.isEmpty() ? tr("Draft") : tr("Draft for %1").arg(master);
    if (const QString error = writeTimelineImage(path, title); !error.isEmpty()) {
        m_prompts->showProblem(tr("Export Timeline Image"), error);
        return;
    }
    m_prompts->showInfo(
        tr("Export Timeline Image"),
        tr("Drew the draft's timeline into %1, marked against the live schedule.").arg(path));
}

QString ScheduleFiles::writeTimelineImage(const QString &path, const QString &title) const
{
    const LiveSnapshot *snapshot = m_monitor->snapshot();
    TimelineImage::Input input;
    input.schedule = m_session->draft()->schedule();
    input.base = m_session->draft()->base();
    input.baseName = tr("the live schedule");
    input.title = title;
    if (snapshot) {
        input.agents = snapshot->cluster.agents;
        input.status = snapshot->status;
    }
    input.nowNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    if (!TimelineImage::isSupportedPath(path))
        return tr("%1: the picture is written as PNG or SVG (.png or .svg)").arg(path);
    return TimelineImage(input).write(path);
}

void ScheduleFiles::importSchedule()
{
    const QString path = m_prompts->askOpenFile(tr("Import schedule"), QString());
    if (!path.isEmpty())
        importFile(path, tr("Import %1").arg(QFileInfo(path).fileName()));
}

void ScheduleFiles::restoreReplaced(const QString &master)
{
    const QList<ScheduleHistory::Entry> entries = m_history->entries(master);
    if (entries.isEmpty()) {
        m_prompts->showInfo(tr("No replaced schedules"),
                            tr("Slipway has not replaced a schedule on %1 yet.").arg(master));
        return;
    }
    const QString path = m_prompts->askOpenFile(tr("Restore a replaced schedule into the draft"),
                                                QFileInfo(entries.first().path).absolutePath());
    if (!path.isEmpty())
        importFile(path, tr("Restore replaced schedule"));
}

bool ScheduleFiles::importFile(const QString &path, const QString &undoText)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompts->showProblem(tr("Import"),
                               tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    const LiveSnapshot *snapshot = m_monitor->snapshot();
    const QList<MachineId> down = snapshot ? snapshot->status.down : QList<MachineId>();
    // Read without the DOWN rule first: a file that only leaves DOWN machines out is offered
    // with them kept in, instead of being refused whole.
    Result<Schedule> schedule = ScheduleImport::read(data, {});
    const QString name = QFileInfo(path).fileName();
    if (schedule && snapshot && !keepDownMachines(schedule.value(), *snapshot, name))
        return false;
    if (schedule)
        schedule = ScheduleImport::read(ScheduleCodec::encodeSchedule(*schedule), down);
    if (!schedule) {
        m_prompts->showProblem(tr("Import"),
                               tr("%1 is not a schedule the master would accept.").arg(name),
                               schedule.error().describe());
        return false;
    }
    // A refusal reaches the status bar through editRefused.
    if (!m_session->editor()->replaceDraft(*schedule, undoText))
        return false;
    QString text = tr("The draft now holds %1 (%2 windows, %3 machines). Undo restores the "
                      "previous draft.")
                       .arg(name)
                       .arg(schedule->windows.size())
                       .arg(schedule->machineCount());
    const QStringList warnings = snapshot
        ? ScheduleWarnings::compute(*schedule, *snapshot,
                                    QDateTime::currentMSecsSinceEpoch() * 1'000'000)
        : QStringList();
    if (!warnings.isEmpty())
        text += u"\n\n"_s + tr("Please check:") + u"\n• "_s + warnings.join(u"\n• "_s);
    m_prompts->showInfo(tr("Import"), text);
    return true;
}

bool ScheduleFiles::keepDownMachines(Schedule &schedule, const LiveSnapshot &snapshot,
                                     const QString &name)
{
    const QList<MachineId> missing = ScheduleWarnings::missingDown(schedule, snapshot.status.down);
    if (missing.isEmpty())
        return true;
    QStringList names;
    for (const MachineId &id : missing)
        names << id.displayName();
    if (!m_prompts->confirm(
            tr("Import"),
            tr("%1 leaves out %n DOWN machine(s); the master refuses to remove a DOWN machine "
               "from the schedule. Import it with them kept in their current windows?",
               nullptr, int(missing.size()))
                .arg(name),
            names.join(u'\n'), tr("Keep Them In")))
        return false;
    schedule = ScheduleWarnings::keepIn(std::move(schedule), missing, snapshot.schedule,
                                        QDateTime::currentMSecsSinceEpoch() * 1'000'000);
    return true;
}

void ScheduleFiles::exportForReview(const QString &author, const QString &reason,
                                    const QString &path, const QString &master)
{
    const LiveSnapshot *snapshot = m_monitor->snapshot();
    const Schedule schedule = m_session->draft()->schedule();
    const QByteArray bytes = ScheduleCodec::encodeScheduleIndented(schedule);
    ScheduleReview review = ScheduleReview::build(
        schedule, bytes, snapshot ? std::optional<Schedule>(snapshot->schedule) : std::nullopt,
        snapshot ? snapshot->status.down : QList<MachineId>(), [snapshot](const MachineId &m) {
            const MachineLive *live = snapshot ? snapshot->machine(m) : nullptr;
            return live ? live->zone : QString();
        });
    // Limits broken by the draft go into the review only with the author's reason (issue 13).
    const PlanningReport report = PlanningReport::of(
        snapshot ? snapshot->cluster.agents : QList<Agent>(), schedule,
        snapshot ? snapshot->status.down : QList<MachineId>(), m_session->checks()->policy(),
        QDateTime::currentMSecsSinceEpoch() * 1'000'000, QTimeZone::utc());
    if (!report.violations.isEmpty()) {
        const QString why = m_prompts->askLimitOverride(
            tr("The draft breaks %n planning limit(s)", nullptr, int(report.violations.size())),
            report.violations);
        if (why.trimmed().isEmpty())
            return;
        review.limitOverride = ScheduleReview::LimitOverride {why.trimmed(), report.violations};
    }
    review.author = author;
    review.reason = reason;
    review.master = master;
    review.scheduleFile = QFileInfo(path).fileName();
    QString reviewPath = path;
    if (reviewPath.endsWith(QStringLiteral(".json")))
        reviewPath.chop(5);
    reviewPath += QStringLiteral(".review.json");
    // The picture for reviewers who do not run Slipway: beside the review, as PNG.
    QString picturePath = reviewPath;
    picturePath.chop(5);
    picturePath += QStringLiteral(".png");
    QString error = AtomicFile::write(path, bytes);
    // A picture that cannot be drawn (too many rows for PNG) does not hold up the review.
    QString pictureError;
    if (error.isEmpty()) {
        pictureError = writeTimelineImage(picturePath, tr("Review: %1").arg(review.scheduleFile));
        if (pictureError.isEmpty())
            review.pictureFile = QFileInfo(picturePath).fileName();
        error = AtomicFile::write(reviewPath, review.toJson());
    }
    if (!error.isEmpty()) {
        m_prompts->showProblem(tr("Export for review"), error);
        return;
    }
    QString text = tr("Wrote the schedule to %1 and its review to %2 (SHA-256 %3). "
                      "`slipwayctl review %4` shows it.")
                       .arg(path, reviewPath, review.sha256.left(16) + QStringLiteral("…"),
                            QFileInfo(reviewPath).fileName());
    text += u"\n\n"_s
        + (pictureError.isEmpty()
               ? tr("A picture of its timeline for the reviewers: %1").arg(picturePath)
               : tr("No picture of its timeline: %1").arg(pictureError));
    m_prompts->showInfo(tr("Export for review"), text);
}
