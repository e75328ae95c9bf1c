#include "controller/submitflow.h"

#include <QDateTime>

#include "controller/userprompts.h"
#include "draft/schedulehistory.h"
#include "live/livesnapshot.h"
#include "live/schedulewarnings.h"
#include "live/submiteffects.h"
#include "maintenancevalidator.h"
#include "monitor/clustermonitor.h"
#include "net/masterclient.h"
#include "planning/draftschedule.h"
#include "planning/planningreport.h"
#include "review/schedulereview.h"
#include "schedulediff.h"
#include "schedulerebase.h"
#include "json/schedulecodec.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace {

// The machine a validation path such as `windows[2].machine_ids[5]` points at.
std::optional<MachineId> machineAt(const Schedule &schedule, const QString &path)
{
    static const QRegularExpression re(
        QStringLiteral("^windows\\[(\\d+)\\]\\.machine_ids\\[(\\d+)\\]"));
    const QRegularExpressionMatch m = re.match(path);
    if (!m.hasMatch())
        return std::nullopt;
    const qsizetype w = m.captured(1).toLongLong();
    const qsizetype i = m.captured(2).toLongLong();
    if (w >= schedule.windows.size() || i >= schedule.windows[w].machines.size())
        return std::nullopt;
    return schedule.windows[w].machines[i];
}

QString placementText(const std::optional<Unavailability> &u, const QTimeZone &timeZone)
{
    return u ? ScheduleDiff::formatUnavailability(*u, timeZone)
             : SubmitFlow::tr("not in the schedule (brought up or removed)");
}

} // namespace

SubmitFlow::SubmitFlow(MasterClient *client, ClusterMonitor *monitor, UserPrompts *prompts,
                       DraftSchedule *draft, ScheduleHistory *history, const QString &master,
                       const Schedule &origin, QObject *parent)
    : QObject(parent)
    // The flow keeps the endpoint it started with, whatever the window connects to meanwhile.
    , m_client(new MasterClient(new QNetworkAccessManager(this), this))
    , m_monitor(monitor)
    , m_prompts(prompts)
    , m_draft(draft)
    , m_history(history)
    , m_master(master)
    , m_origin(origin)
{
    m_client->setEndpoint(client->endpoint());
    if (const LiveSnapshot *snapshot = monitor->snapshot())
        m_snapshot = *snapshot;
}

void SubmitFlow::detach()
{
    m_draft = nullptr;
    m_monitor = nullptr;
}

QList<MachineId> SubmitFlow::downMachines() const
{
    return m_snapshot ? m_snapshot->status.down : QList<MachineId>();
}

void SubmitFlow::start()
{
    const Schedule draft = m_draft->schedule();
    if (const auto error = MaintenanceValidator::checkSchedule(draft, downMachines())) {
        const QString title = tr("The master would refuse this schedule");
        if (const std::optional<MachineId> machine = machineAt(draft, error->path)) {
            m_prompts->showMachineProblem(title, error->message, error->path, *machine);
        } else {
            m_prompts->showProblem(
                title, error->message,
                tr("Where: %1")
                    .arg(error->path.isEmpty() ? tr("the schedule as a whole") : error->path));
        }
        return done(false);
    }
    m_prompts->setBusy(tr("Reading the live schedule…"));
    m_client->fetchSchedule(this, [this](std::optional<Schedule> live, const MasterError &e) {
        if (e.isError()) {
            m_prompts->showProblem(tr("Cannot read the live schedule"), e.describe(),
                                   tr("Nothing was submitted. Your draft is unchanged."));
            return done(false);
        }
        checkLive(*live);
    });
}

void SubmitFlow::checkLive(const Schedule &live)
{
    if (!m_draft)
        return done(false);
    const Schedule base = m_origin;
    Schedule final = m_draft->schedule();
    m_confirmedDraft = final;
    if (!(live == base)) {
        // Someone changed the master's schedule since our draft started: never overwrite silently.
        const ScheduleRebase rebased = ScheduleRebase::rebase(base, final, live);
        QStringList ours = ScheduleDiff::compute(base, final).describe(m_timeZone);
        for (const ScheduleRebase::Conflict &c : rebased.conflicts)
            ours << tr("! conflict: %1 was changed on the master too. Your draft started from: "
                       "%2. On the master now: %3. Yours, which is kept: %4.")
                        .arg(c.machine.displayName(), placementText(c.origin, m_timeZone),
                             placementText(c.theirs, m_timeZone),
                             placementText(c.ours, m_timeZone));
        if (!m_prompts->reviewChanges(
                tr("The live schedule changed"),
                tr("Someone changed the schedule on the master after your draft was started. "
                   "Rebasing applies your changes on top of theirs, keeping both where they do not "
                   "conflict; you will see the result before anything is sent."),
                tr("Their change (since your draft's base)"),
                ScheduleDiff::compute(base, live).describe(m_timeZone), tr("Your change"), ours,
                tr("Rebase onto Their Change"))) {
            return done(false);
        }
        final = rebased.result;
        if (const auto error = MaintenanceValidator::checkSchedule(final, downMachines())) {
            m_prompts->showProblem(tr("The rebased schedule would be refused"), error->message);
            return done(false);
        }
    }
    preview(live, final);
}

void SubmitFlow::preview(const Schedule &live, const Schedule &final)
{
    const ScheduleDiff diff = ScheduleDiff::compute(live, final);
    if (diff.isEmpty()) {
        m_prompts->showInfo(tr("Nothing to submit"),
                            tr("The master already holds exactly this schedule."));
        return done(false);
    }
    QStringList effects = SubmitEffects::describe(diff, m_snapshot ? &*m_snapshot : nullptr);
    effects << tr("Every machine kept in the schedule has its recorded answers reset.");
    if (m_snapshot) {
        const QStringList warnings = ScheduleWarnings::compute(
            final, *m_snapshot, QDateTime::currentMSecsSinceEpoch() * 1'000'000, m_timeZone);
        for (const QString &warning : warnings)
            effects.prepend(tr("Warning: %1").arg(warning));
    }
    const PlanningReport report = PlanningReport::of(
        m_snapshot ? m_snapshot->cluster.agents : QList<Agent>(), final, downMachines(), m_policy,
        QDateTime::currentMSecsSinceEpoch() * 1'000'000, m_timeZone);
    // The planner's verdict first: the drain lines below can run to hundreds.
    QStringList planning;
    for (const QString &v : report.violations)
        planning << tr("! breaks a planning limit: %1").arg(v);
    planning << tr("Churn: about %1 tasks will be moved again (%2 displaced)")
                    .arg(report.churn, 0, 'f', 1)
                    .arg(report.displaced);
    effects = planning + effects;
    if (!m_prompts->reviewChanges(
            tr("Submit schedule to %1").arg(m_master),
            tr("This replaces the master's whole schedule (%1 windows, %2 machines).")
                .arg(final.windows.size())
                .arg(final.machineCount()),
            tr("What changes"), diff.describe(m_timeZone), tr("What it does"), effects,
            tr("Submit"))) {
        return done(false);
    }
    if (!overrideLimits(report.violations))
        return done(false);
    recheck(live, final);
}

void SubmitFlow::setPolicy(const PlanningPolicy &policy, const QTimeZone &timeZone)
{
    m_policy = policy;
    m_timeZone = timeZone;
}

bool SubmitFlow::overrideLimits(const QStringList &violations)
{
    // Drafts may break limits; sending one takes an explicit override with a reason.
    m_override.reset();
    if (violations.isEmpty())
        return true;
    const QString reason = m_prompts->askLimitOverride(
        tr("The schedule breaks %n planning limit(s)", nullptr, int(violations.size())),
        violations);
    if (reason.trimmed().isEmpty())
        return false;
    m_override = ScheduleReview::LimitOverride {reason.trimmed(), violations};
    return true;
}

void SubmitFlow::recheck(const Schedule &live, const Schedule &final)
{
    // The person may have taken their time: a change posted meanwhile must not be overwritten.
    // What remains is the moment between this read and the POST (the master has no
    // compare-and-swap); the read-back after the POST reports it.
    m_prompts->setBusy(tr("Checking the live schedule again…"));
    m_client->fetchSchedule(
        this, [this, live, final](std::optional<Schedule> now, const MasterError &e) {
            if (e.isError()) {
                m_prompts->showProblem(tr("Cannot read the live schedule"), e.describe(),
                                       tr("Nothing was submitted. Your draft is unchanged."));
                return done(false);
            }
            if (*now == live)
                return post(live, final);
            checkLive(*now);
        });
}

void SubmitFlow::post(const Schedule &live, const Schedule &final)
{
    m_prompts->setBusy(tr("Submitting the schedule…"));
    m_client->postSchedule(final, this, [this, live, final](const MasterError &e) {
        if (e.kind == MasterError::Kind::Rejected || e.kind == MasterError::Kind::Forbidden
            || e.kind == MasterError::Kind::Unauthorized) {
            m_prompts->showProblem(tr("The master refused the schedule"),
                                   e.message.isEmpty() ? e.describe() : e.message,
                                   tr("Your draft is unchanged."));
            return done(false);
        }
        confirmApplied(live, final, e);
    });
}

void SubmitFlow::confirmApplied(const Schedule &live, const Schedule &final,
                                const MasterError &postError)
{
    m_prompts->setBusy(tr("Checking what the master holds…"));
    m_client->fetchSchedule(
        this, [this, live, final, postError](std::optional<Schedule> now, const MasterError &e) {
            if (e.isError()) {
                m_prompts->showProblem(
                    tr("Cannot confirm the submit"),
                    postError.isError()
                        ? tr("The connection failed during the submit (%1) and the master "
                             "cannot be read now (%2): it is not known whether the schedule "
                             "was applied. Your draft is kept.")
                              .arg(postError.describe(), e.describe())
                        : tr("The schedule was sent, but reading it back failed: %1")
                              .arg(e.describe()));
                return done(false);
            }
            if (*now == final) {
                const QString kept = m_history->keep(m_master, live);
                const QString overrideRecord = recordOverride(live, final);
                const bool editedMeanwhile = adoptSubmitted(final);
                if (m_monitor)
                    m_monitor->refreshNow();
                m_prompts->showInfo(
                    tr("Schedule submitted"),
                    (postError.isError()
                         ? tr("The connection dropped during the submit, but the master holds "
                              "exactly the submitted schedule (%1 windows, %2 machines).")
                         : tr("The master holds exactly the submitted schedule (%1 windows, %2 "
                              "machines)."))
                            .arg(final.windows.size())
                            .arg(final.machineCount())
                        + (kept.isEmpty() ? QString()
                                          : tr("\nThe replaced schedule was kept in %1.").arg(kept))
                        + (overrideRecord.isEmpty()
                               ? QString()
                               : tr("\nThe limit override and its reason were recorded in %1.")
                                     .arg(overrideRecord))
                        + (editedMeanwhile
                               ? tr("\nThe edits made during the submit are kept in the draft.")
                               : QString()));
                return done(true);
            }
            m_prompts->showProblem(
                postError.isError() ? tr("The schedule was not applied")
                                    : tr("The master holds a different schedule"),
                postError.isError()
                    ? tr("The connection failed during the submit (%1) and the master still "
                         "holds another schedule. Your draft is kept; submit again.")
                          .arg(postError.describe())
                    : tr("Someone changed it right after the submit. Your draft is kept."),
                ScheduleDiff::compute(final, *now).describe(m_timeZone).join(QLatin1Char('\n')));
            done(false);
        });
}

bool SubmitFlow::adoptSubmitted(const Schedule &final)
{
    if (!m_draft)
        return false;
    const Schedule current = m_draft->schedule();
    m_draft->setLiveSchedule(final);
    if (current == m_confirmedDraft) {
        m_draft->revertToBase();
        return false;
    }
    // Edits made while the submit ran: re-applied on top of what was sent.
    const ScheduleRebase kept = ScheduleRebase::rebase(m_confirmedDraft, current, final);
    m_draft->replaceSchedule(kept.result); // if refused, the edits stay as they were
    return true;
}

QString SubmitFlow::recordOverride(const Schedule &live, const Schedule &final) const
{
    // An override is a decision someone may have to answer for: it is kept with the schedule
    // it let through, in the review format reviewers already read.
    if (!m_override)
        return QString();
    const QByteArray bytes = ScheduleCodec::encodeScheduleIndented(final);
    const std::optional<LiveSnapshot> &snapshot = m_snapshot;
    ScheduleReview review = ScheduleReview::build(
        final, bytes, live, downMachines(), [&snapshot](const MachineId &m) {
            const MachineLive *machine = snapshot ? snapshot->machine(m) : nullptr;
            return machine ? machine->zone : QString();
        });
    QString author = m_client->endpoint().user;
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        if (author.isEmpty())
            author = qEnvironmentVariable(variable);
    }
    review.author = author;
    review.reason = m_override->reason;
    review.master = m_master;
    review.limitOverride = m_override;
    return m_history->keepOverride(m_master, bytes, review);
}

void SubmitFlow::done(bool submitted)
{
    m_prompts->clearBusy();
    Q_EMIT finished(submitted);
    deleteLater();
}
