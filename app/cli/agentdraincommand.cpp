#include "cli/agentdraincommand.h"

#include "cli/blockingclient.h"
#include "cli/masterexit.h"
#include "cli/terminalprompt.h"
#include "durationspec.h"
#include "live/agentdrain.h"
#include "live/livesnapshot.h"

using namespace Qt::StringLiterals;

std::optional<AgentDrainCommand> AgentDrainCommand::fromArguments(const QStringList &args,
                                                                  const QString &grace,
                                                                  bool markGone, CliOutput io)
{
    AgentDrainCommand command;
    command.kind = args.first() == u"drain" ? Kind::Drain : Kind::Reactivate;
    if (args.size() != 2) {
        io.err << "slipwayctl: " << args.first()
               << " takes exactly one AGENT (an agent ID or a hostname)\n";
        return std::nullopt;
    }
    if (command.kind == Kind::Reactivate && (!grace.isNull() || markGone)) {
        io.err << "slipwayctl: --grace and --mark-gone go with drain, not reactivate\n";
        return std::nullopt;
    }
    if (!grace.isNull()) {
        command.maxGracePeriodNs = DurationSpec::parseNs(grace);
        if (!command.maxGracePeriodNs) {
            io.err << "slipwayctl: --grace '" << grace
                   << "' is not a duration; write e.g. 90s, 10m or 1h30m\n";
            return std::nullopt;
        }
    }
    command.agent = args.at(1);
    command.markGone = markGone;
    return command;
}

const Agent *AgentDrainCommand::resolve(const LiveSnapshot &snapshot, CliOutput io, int &exit) const
{
    const QList<Agent> named = AgentDrain::named(snapshot.cluster.agents, agent);
    if (named.size() == 1) {
        for (const Agent &a : snapshot.cluster.agents) {
            if (a.id == named.first().id)
                return &a;
        }
    }
    if (named.isEmpty()) {
        io.err << "slipwayctl: " << tr("no registered agent has the ID or hostname '%1'").arg(agent)
               << '\n';
        exit = ExitRefused;
        return nullptr;
    }
    QStringList ids;
    for (const Agent &a : named)
        ids << a.id;
    io.err << "slipwayctl: "
           << tr("'%1' names %2 agents; give one of their IDs: %3")
                  .arg(agent)
                  .arg(named.size())
                  .arg(ids.join(u", "_s))
           << '\n';
    exit = ExitUsage;
    return nullptr;
}

QString AgentDrainCommand::refusal(const Agent &a, const LiveSnapshot &snapshot) const
{
    if (kind == Kind::Drain) {
        for (const MaintenanceWindow &w : snapshot.schedule.windows) {
            for (const MachineId &id : w.machines) {
                if (id == a.machineId())
                    return u"Agent %1 is part of a maintenance schedule under Machine %2"_s.arg(
                        a.id, id.displayName());
            }
        }
        return QString();
    }
    if (!a.deactivated && !a.drainInfo)
        return u"Agent is not deactivated"_s;
    if (a.drainInfo && a.drainInfo->state == DrainInfo::State::Draining)
        return u"Agent is still in the DRAINING state"_s;
    return QString();
}

void AgentDrainCommand::printPlan(const Agent &a, QTextStream &out) const
{
    out << tr("What will happen:") << '\n';
    const QString who = tr("%1, agent %2").arg(a.machineId().displayName(), a.id);
    if (kind == Kind::Reactivate) {
        out << "  " << tr("%1: reactivated; it gets offers again").arg(who) << '\n';
        return;
    }
    const QString grace = maxGracePeriodNs ? tr("each within its kill grace period, at most %1")
                                                 .arg(DurationSpec::format(*maxGracePeriodNs))
                                           : tr("each within its own kill grace period");
    out << "  "
        << tr("%1: %2 task(s) will be killed (%3), without asking the frameworks")
               .arg(who)
               .arg(a.taskCount)
               .arg(grace)
        << '\n';
    if (markGone)
        out << "  "
            << tr("then the agent is marked gone: removed from the cluster for good. THIS CANNOT "
                  "BE UNDONE.")
            << '\n';
    else
        out << "  " << tr("then the agent stays deactivated until 'slipwayctl reactivate'") << '\n';
}

bool AgentDrainCommand::confirm(const Agent &a, TerminalPrompt &prompt, CliOutput io,
                                int &exit) const
{
    if (yes)
        return true;
    if (!prompt.canAsk()) {
        io.err << "slipwayctl: "
               << tr("standard input is not a terminal, so nobody can confirm; pass --yes to go "
                     "ahead without asking")
               << '\n';
        exit = ExitUsage;
        return false;
    }
    const bool ok = markGone
        ? prompt.confirmTyped(
            tr("Type the hostname %1 to drain and mark the agent gone: ").arg(a.hostname),
            a.hostname, io.err)
        : prompt.confirm(kind == Kind::Drain ? tr("Drain agent %1? [y/N] ").arg(a.id)
                                             : tr("Reactivate agent %1? [y/N] ").arg(a.id),
                         io.err);
    if (!ok) {
        io.err << "slipwayctl: " << tr("nothing was sent") << '\n';
        exit = ExitRefused;
    }
    return ok;
}

int AgentDrainCommand::run(MasterClient &client, TerminalPrompt &prompt, CliOutput io) const
{
    BlockingClient master(client);
    int exit = ExitOk;
    const std::optional<LiveSnapshot> snapshot = master.snapshotOr(io, exit);
    if (!snapshot)
        return exit;
    const Agent *a = resolve(*snapshot, io, exit);
    if (!a)
        return exit;
    if (const QString why = refusal(*a, *snapshot); !why.isEmpty()) {
        io.err << "slipwayctl: " << tr("the master would refuse this; nothing was sent:") << '\n'
               << why << '\n';
        return ExitRefused;
    }
    printPlan(*a, io.out);
    io.out.flush();
    if (!confirm(*a, prompt, io, exit))
        return exit;
    const MasterError error = kind == Kind::Drain
        ? master.drainAgent(a->id, maxGracePeriodNs, markGone)
        : master.reactivateAgent(a->id);
    if (error.isError()) {
        if (exitCodeFor(error) == ExitUnreachable)
            io.err << "slipwayctl: " << error.describe() << '\n';
        else
            io.err << "slipwayctl: " << tr("the master refused:") << '\n'
                   << (error.kind == MasterError::Kind::Rejected ? error.message : error.describe())
                   << '\n';
        return exitCodeFor(error);
    }
    if (kind == Kind::Reactivate)
        io.out << tr("reactivate: agent %1 (%2) is active again").arg(a->id, a->hostname) << '\n';
    else if (markGone)
        io.out << tr("drain: agent %1 (%2) is draining and will be marked gone")
                      .arg(a->id, a->hostname)
               << '\n';
    else
        io.out << tr("drain: agent %1 (%2) is draining").arg(a->id, a->hostname) << '\n';
    io.out.flush();
    return ExitOk;
}
