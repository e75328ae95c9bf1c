#pragma once

#include "cli/clioutput.h"
#include "live/livesnapshot.h"
#include "machineid.h"
#include "maintenancestatus.h"
#include "net/mastererror.h"
#include "schedule.h"

#include <QList>

#include <optional>

class MasterClient;

/// MasterClient for commands that run from top to bottom: every call sends its request(s), waits
/// in a ReplyLoop until the answer is in (the client's own time limits bound the wait) and returns
/// it. A failed call leaves its error in @p error / returns it.
class BlockingClient
{
public:
    explicit BlockingClient(MasterClient &client)
        : m_client(client)
    { }

    /// The cluster state, the maintenance status and the schedule, read together and joined.
    std::optional<LiveSnapshot> snapshot(MasterError &error);
    std::optional<Schedule> schedule(MasterError &error);
    std::optional<MaintenanceStatus> status(MasterError &error);

    /// snapshot() for a command that cannot go on without it: on failure, writes the error to
    /// @p io as every command does (`slipwayctl: <error>`), sets @p exit to its code
    /// (exitCodeFor) and returns nothing.
    std::optional<LiveSnapshot> snapshotOr(CliOutput io, int &exit);
    /// schedule(), likewise.
    std::optional<Schedule> scheduleOr(CliOutput io, int &exit);

    MasterError postSchedule(const Schedule &schedule);
    MasterError startMaintenance(const QList<MachineId> &machines);
    MasterError stopMaintenance(const QList<MachineId> &machines);
    MasterError drainAgent(const QString &agentId, std::optional<qint64> maxGracePeriodNs,
                           bool markGone);
    MasterError reactivateAgent(const QString &agentId);

private:
    MasterClient &m_client;
};
