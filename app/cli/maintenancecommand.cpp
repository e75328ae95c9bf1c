#include "cli/maintenancecommand.h"

#include "cli/blockingclient.h"
#include "cli/masterexit.h"
#include "cli/terminalprompt.h"
#include "live/livesnapshot.h"
#include "maintenancevalidator.h"

using namespace Qt::StringLiterals;

namespace {

QList<MachineId> drainingIds(const MaintenanceStatus &status)
{
    QList<MachineId> ids;
    ids.reserve(status.draining.size());
    for (const DrainingMachine &d : status.draining)
        ids.append(d.id);
    return ids;
}

/// The machines of @p snapshot (agents, schedule, DRAINING and DOWN) with @p hostname, compared
/// as the master compares hostnames (ignoring ASCII case).
QList<MachineId> machinesNamed(const LiveSnapshot &snapshot, const QString &hostname)
{
    QList<MachineId> found;
    for (const MachineLive &m : snapshot.machines) {
        if (m.id.hostname && m.id.hostname->compare(hostname, Qt::CaseInsensitive) == 0
            && !found.contains(m.id))
            found.append(m.id);
    }
    return found;
}

} // namespace

bool MaintenanceCommand::resolveHostnames(const LiveSnapshot &snapshot, CliOutput io)
{
    // The master matches hostname and IP; a bare hostname names the one machine that has it.
    for (MachineId &id : machines) {
        if (!id.hostname || id.ip || snapshot.machine(id))
            continue;
        const QList<MachineId> candidates = machinesNamed(snapshot, *id.hostname);
        if (candidates.size() == 1) {
            id = candidates.first();
            continue;
        }
        if (candidates.isEmpty())
            continue; // the master's own check below says it is unknown
        QStringList specs;
        for (const MachineId &c : candidates)
            specs << c.toSpec();
        io.err << "slipwayctl: "
               << tr("'%1' names more than one machine; give HOSTNAME/IP, one of: %2")
                      .arg(*id.hostname, specs.join(u", "_s))
               << '\n';
        return false;
    }
    return true;
}

int MaintenanceCommand::run(MasterClient &client, TerminalPrompt &prompt, CliOutput io)
{
    const bool down = direction == Direction::Down;
    BlockingClient master(client);
    int exit = ExitOk;
    const std::optional<LiveSnapshot> snapshot = master.snapshotOr(io, exit);
    if (!snapshot)
        return exit;
    if (!resolveHostnames(*snapshot, io))
        return ExitUsage;
    QList<MachineId> known;
    known.reserve(snapshot->machines.size());
    for (const MachineLive &m : snapshot->machines)
        known.append(m.id);
    if (const auto e = MaintenanceValidator::checkTransition(
            machines, down, known, drainingIds(snapshot->status), snapshot->status.down)) {
        io.err << "slipwayctl: " << tr("the master would refuse this; nothing was sent:") << '\n'
               << e->message << '\n';
        return ExitRefused;
    }

    printPlan(*snapshot, io.out);
    io.out.flush();
    if (!yes) {
        if (!prompt.canAsk()) {
            io.err << "slipwayctl: "
                   << tr("standard input is not a terminal, so nobody can confirm; pass --yes to "
                         "go ahead without asking")
                   << '\n';
            return ExitUsage;
        }
        const QString question = down
            ? tr("Bring %n machine(s) down? [y/N] ", nullptr, int(machines.size()))
            : tr("Bring %n machine(s) up? [y/N] ", nullptr, int(machines.size()));
        if (!prompt.confirm(question, io.err)) {
            io.err << "slipwayctl: " << tr("nothing was sent") << '\n';
            return ExitRefused;
        }
    }
    const MasterError error
        = down ? master.startMaintenance(machines) : master.stopMaintenance(machines);
    if (error.isError())
        return afterFailure(master, error, io);
    io.out << (down ? tr("down: %n machine(s) now DOWN", nullptr, int(machines.size()))
                    : tr("up: %n machine(s) now UP", nullptr, int(machines.size())))
           << '\n';
    io.out.flush();
    return ExitOk;
}

void MaintenanceCommand::printPlan(const LiveSnapshot &snapshot, QTextStream &out) const
{
    const auto nameOf = [&snapshot](const QString &id) {
        return snapshot.frameworkNames.value(id);
    };
    out << tr("What will happen:") << '\n';
    if (direction == Direction::Up) {
        for (const MachineId &id : machines) {
            out << "  "
                << tr("%1: DOWN -> UP; it leaves the schedule and its agents may register again")
                       .arg(id.displayName())
                << '\n';
        }
        return;
    }
    for (const MachineId &id : machines) {
        const MachineLive *m = snapshot.machine(id);
        const qint64 tasks = m ? m->tasks : 0;
        QString line = tr("%1: DRAINING -> DOWN; its agents are shut down").arg(id.displayName());
        if (tasks > 0)
            line += tr(", %1 task(s) will be lost (TASK_LOST)").arg(tasks);
        if (m && m->readiness.state == DrainReadiness::State::Blocked)
            line += u"; "_s + m->readiness.describe(nameOf);
        out << "  " << line << '\n';
    }
}

int MaintenanceCommand::afterFailure(BlockingClient &master, const MasterError &error,
                                     CliOutput io) const
{
    const bool down = direction == Direction::Down;
    const bool refused = exitCodeFor(error) != ExitUnreachable;
    if (refused) {
        io.err << "slipwayctl: " << tr("the master refused:") << '\n'
               << (error.kind == MasterError::Kind::Rejected ? error.message : error.describe())
               << '\n';
        if (error.kind != MasterError::Kind::Rejected)
            return exitCodeFor(error);
    } else {
        io.err << "slipwayctl: " << error.describe() << '\n';
    }
    // The call is all-or-nothing on the master: the status says which of the two happened. A
    // refusal is checked too: the machines passed the same checks a moment ago, and Qt resends a
    // request whose connection dropped before the answer, so the first attempt may have applied.
    MasterError readError;
    const std::optional<MaintenanceStatus> status = master.status(readError);
    if (!status) {
        if (refused)
            return ExitRefused;
        io.err << "slipwayctl: "
               << tr("the master cannot be read either (%1): it is not known whether the "
                     "change was applied")
                      .arg(readError.describe())
               << '\n';
        return ExitUnreachable;
    }
    const bool applied = MaintenanceValidator::transitionApplied(machines, down, *status);
    if (refused) {
        if (applied) {
            io.err << "slipwayctl: "
                   << (down ? tr("note: the machines are all DOWN now nonetheless (an earlier, "
                                 "dropped attempt of this request or someone else did it)")
                            : tr("note: the machines are all UP now nonetheless (an earlier, "
                                 "dropped attempt of this request or someone else did it)"))
                   << '\n';
        }
        return ExitRefused;
    }
    if (!applied) {
        io.err << "slipwayctl: " << tr("the change was not applied") << '\n';
        return ExitUnreachable;
    }
    io.out << (down ? tr("down: %n machine(s) now DOWN", nullptr, int(machines.size()))
                    : tr("up: %n machine(s) now UP", nullptr, int(machines.size())))
           << '\n';
    io.out.flush();
    return ExitOk;
}
