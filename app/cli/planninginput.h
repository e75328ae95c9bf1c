#pragma once

#include "agent.h"
#include "cli/clioutput.h"
#include "machineid.h"
#include "planning/planningpolicy.h"
#include "schedule.h"

#include <QList>
#include <QString>

#include <optional>

class MasterClient;

/// What `plan` and `check` work on: the policy, and the cluster read from the master or from a
/// saved `/master/state-summary` (`--state`, with `--schedule` and `--down`).
struct PlanningInput
{
    QString policyFile;
    QString stateFile; ///< empty: read the master
    QString scheduleFile;
    QStringList downSpecs;

    PlanningPolicy policy;
    QList<Agent> agents;
    Schedule schedule;
    QList<MachineId> down;
    qint64 nowNs = 0;

    /// Reads the policy and, from the files, the cluster; an exit code on failure (the error
    /// printed).
    std::optional<int> readFiles(CliOutput io);
    /// Reads the cluster from the master; an exit code on failure.
    std::optional<int> readMaster(MasterClient &client, CliOutput io);
    /// The time zone violations and summaries are written in: the policy's hours', else UTC.
    QTimeZone timeZone() const;
};
