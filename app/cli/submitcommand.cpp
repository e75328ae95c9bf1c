#include "cli/submitcommand.h"

#include "cli/blockingclient.h"
#include "cli/masterexit.h"
#include "cli/terminalprompt.h"
#include "live/livesnapshot.h"
#include "live/schedulewarnings.h"
#include "live/submiteffects.h"
#include "maintenancevalidator.h"
#include "schedulediff.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

/// The structural change from @p from to @p to, one indented line each; never empty when the
/// schedules differ (a pure reordering has no structural change but is still a change).
QStringList changeLines(const Schedule &from, const Schedule &to)
{
    QStringList lines = ScheduleDiff::compute(from, to).describe();
    if (lines.isEmpty() && !(from == to))
        lines << SubmitCommand::tr("(only the order of windows or machines differs)");
    for (QString &line : lines)
        line.prepend(u"  "_s);
    return lines;
}

void printLines(QTextStream &stream, const QStringList &lines)
{
    for (const QString &line : lines)
        stream << line << '\n';
}

QString summary(const Schedule &schedule)
{
    return SubmitCommand::tr("%1 windows, %2 machines")
        .arg(schedule.windows.size())
        .arg(schedule.machineCount());
}

void printSubmitted(QTextStream &out, const Schedule &schedule)
{
    out << SubmitCommand::tr("submitted: %1; the master holds exactly this schedule")
               .arg(summary(schedule))
        << '\n';
    out.flush();
}

/// The master's text on a line of its own, so that scripts can compare it verbatim.
int printRefusal(QTextStream &err, const QString &context, const QString &mastersText)
{
    err << "slipwayctl: " << context << '\n' << mastersText << '\n';
    return ExitRefused;
}

int printRuleRefusal(QTextStream &err, const QString &fileName, const JsonError &e)
{
    QString where;
    if (e.atEndOfInput)
        where = SubmitCommand::tr(" (at the end of the input, line %1, column %2)")
                    .arg(e.line)
                    .arg(e.column);
    else if (e.kind == JsonError::Kind::Syntax && e.line > 0)
        where = SubmitCommand::tr(" (line %1, column %2)").arg(e.line).arg(e.column);
    else if (!e.path.isEmpty())
        where = SubmitCommand::tr(" (at %1)").arg(e.path);
    return printRefusal(
        err,
        SubmitCommand::tr("%1%2: the master would refuse this schedule; nothing was sent:")
            .arg(fileName, where),
        e.message);
}

} // namespace

int SubmitCommand::run(MasterClient &client, const QByteArray &document, TerminalPrompt &prompt,
                       CliOutput io) const
{
    // Everything but the DOWN-machine rule needs no master: a broken file fails before any read.
    const Result<Schedule> parsed = MaintenanceValidator::checkScheduleDocument(document, {});
    if (!parsed)
        return printRuleRefusal(io.err, fileName, parsed.error());
    const Schedule &next = *parsed;

    BlockingClient master(client);
    int exit = ExitOk;
    const std::optional<LiveSnapshot> snapshot = master.snapshotOr(io, exit);
    if (!snapshot)
        return exit;
    if (const auto e = MaintenanceValidator::checkSchedule(next, snapshot->status.down))
        return printRuleRefusal(io.err, fileName, *e);
    const Schedule &live = snapshot->schedule;
    if (!baseStillLive(live, io))
        return ExitRefused;
    if (next == live) {
        io.out << tr("nothing to submit: the master already holds this schedule") << '\n';
        io.out.flush();
        return ExitOk;
    }

    printPreview(*snapshot, next, io.out);
    io.out.flush();
    const QStringList warnings = ScheduleWarnings::compute(
        next, *snapshot, QDateTime::currentMSecsSinceEpoch() * 1'000'000);
    for (const QString &warning : warnings)
        io.err << "slipwayctl: " << tr("warning: %1").arg(warning) << '\n';
    io.err.flush();
    if (const int code = confirm(master, live, next, prompt, io); code != ExitOk)
        return code;
    const MasterError postError = master.postSchedule(next);
    if (!postError.isError())
        return confirmAfterPost(master, next, io);
    if (exitCodeFor(postError) == ExitUnreachable)
        return confirmAfterFailedPost(master, live, next, postError, io);
    return printRefusal(io.err, tr("the master refused the schedule; nothing changed:"),
                        postError.kind == MasterError::Kind::Rejected ? postError.message
                                                                      : postError.describe());
}

int SubmitCommand::confirm(BlockingClient &master, const Schedule &live, const Schedule &next,
                           TerminalPrompt &prompt, CliOutput io) const
{
    // Clearing every window is asked about even with --yes: a file that is no schedule at all
    // (or an empty one) reads as "clear", and a script's --yes was not written for that.
    const bool clears = next.windows.isEmpty() && !live.windows.isEmpty();
    if (yesClear || (yes && !clears))
        return ExitOk;
    const QString question = clears
        ? tr("This removes every window: it clears %1 windows and %2 machines from the master's "
             "schedule. Clear the schedule? [y/N] ")
              .arg(live.windows.size())
              .arg(live.machineCount())
        : tr("Submit? [y/N] ");
    if (!prompt.canAsk()) {
        io.err << "slipwayctl: "
               << (clears ? tr("the schedule in %1 removes every window (%2 windows, %3 machines "
                               "on the master); nobody can confirm that here: pass --yes-clear "
                               "to clear the schedule without asking")
                                .arg(fileName)
                                .arg(live.windows.size())
                                .arg(live.machineCount())
                          : tr("standard input is not a terminal, so nobody can confirm; pass "
                               "--yes to submit without asking"))
               << '\n';
        return ExitUsage;
    }
    if (!prompt.confirm(question, io.err)) {
        io.err << "slipwayctl: " << tr("not submitted") << '\n';
        return ExitRefused;
    }
    return stillLiveAfterQuestion(master, live, io);
}

int SubmitCommand::stillLiveAfterQuestion(BlockingClient &master, const Schedule &live,
                                          CliOutput io) const
{
    // The answer may have taken a while: a change made meanwhile is not overwritten. The
    // milliseconds between this read and the POST remain (the master has no compare-and-swap);
    // the read-back after the POST reports a change made in them.
    int exit = ExitOk;
    const std::optional<Schedule> now = master.scheduleOr(io, exit);
    if (!now)
        return exit;
    if (*now == live)
        return ExitOk;
    io.err << "slipwayctl: "
           << tr("the schedule on the master changed while you were answering; nothing was sent. "
                 "What changed on the master:")
           << '\n';
    printLines(io.err, changeLines(live, *now));
    return ExitRefused;
}

bool SubmitCommand::baseStillLive(const Schedule &live, CliOutput io) const
{
    if (!base || *base == live)
        return true;
    io.err << "slipwayctl: "
           << tr("the schedule on the master changed since %1; nothing was sent. "
                 "What changed on the master:")
                  .arg(baseName)
           << '\n';
    printLines(io.err, changeLines(*base, live));
    return false;
}

void SubmitCommand::printPreview(const LiveSnapshot &snapshot, const Schedule &next,
                                 QTextStream &out)
{
    const ScheduleDiff diff = ScheduleDiff::compute(snapshot.schedule, next);
    out << tr("Changes to the master's schedule:") << '\n';
    printLines(out, changeLines(snapshot.schedule, next));

    const QStringList effects = SubmitEffects::describe(diff, &snapshot);
    if (!effects.isEmpty()) {
        out << tr("What it does:") << '\n';
        for (const QString &effect : std::as_const(effects))
            out << "  " << effect << '\n';
    }
    out << tr("This replaces the master's whole schedule (%1).").arg(summary(next)) << '\n';
}

int SubmitCommand::confirmAfterPost(BlockingClient &master, const Schedule &next, CliOutput io)
{
    MasterError error;
    const std::optional<Schedule> now = master.schedule(error);
    if (!now) {
        io.err << "slipwayctl: "
               << tr("the schedule was sent, but reading it back failed: %1").arg(error.describe())
               << '\n';
        return exitCodeFor(error);
    }
    if (*now == next) {
        printSubmitted(io.out, next);
        return ExitOk;
    }
    io.err << "slipwayctl: "
           << tr("the master accepted the schedule but now holds a different one (changed by "
                 "someone else right after?). Its difference from what was sent:")
           << '\n';
    printLines(io.err, changeLines(next, *now));
    return ExitRefused;
}

int SubmitCommand::confirmAfterFailedPost(BlockingClient &master, const Schedule &live,
                                          const Schedule &next, const MasterError &postError,
                                          CliOutput io)
{
    io.err << "slipwayctl: "
           << tr("the submit failed (%1); reading the schedule back to see whether it was "
                 "applied")
                  .arg(postError.describe())
           << '\n';
    MasterError error;
    const std::optional<Schedule> now = master.schedule(error);
    if (!now) {
        io.err << "slipwayctl: "
               << tr("the master cannot be read either (%1): it is not known whether the "
                     "schedule was applied")
                      .arg(error.describe())
               << '\n';
        return ExitUnreachable;
    }
    if (*now == next) {
        printSubmitted(io.out, next);
        return ExitOk;
    }
    if (*now == live) {
        io.err << "slipwayctl: "
               << tr("the schedule was not applied: the master still holds the previous one")
               << '\n';
    } else {
        io.err << "slipwayctl: "
               << tr("the schedule was not applied: the master holds another one. Its "
                     "difference from what was sent:")
               << '\n';
        printLines(io.err, changeLines(next, *now));
    }
    return ExitUnreachable;
}
