#pragma once

#include "cli/clioutput.h"
#include "machineid.h"

#include <QCoreApplication>
#include <QList>

class BlockingClient;
class MasterClient;
class TerminalPrompt;
struct LiveSnapshot;
struct MasterError;

/// `slipwayctl down MACHINE...` and `slipwayctl up MACHINE...`: `/machine/down` and `/machine/up`
/// (START_/STOP_MAINTENANCE) with the master's per-machine checks made first, from the live
/// status and cluster, and a plain statement of what will happen: for down, the tasks that will
/// be lost on each machine and the frameworks that declined or never answered.
class MaintenanceCommand
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceCommand)

public:
    enum class Direction { Down, Up };

    Direction direction = Direction::Down;
    QList<MachineId> machines;
    bool yes = false; ///< `--yes`: do not ask

    /// Resolves bare hostnames, checks, shows, asks and sends; returns the exit code.
    int run(MasterClient &client, TerminalPrompt &prompt, CliOutput io);

private:
    /// Replaces each bare HOSTNAME in `machines` by the one machine of @p snapshot with that
    /// hostname; false (after listing the candidates) when several have it.
    bool resolveHostnames(const LiveSnapshot &snapshot, CliOutput io);
    void printPlan(const LiveSnapshot &snapshot, QTextStream &out) const;
    int afterFailure(BlockingClient &master, const MasterError &error, CliOutput io) const;
};
