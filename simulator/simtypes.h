#pragma once

// Plain records of the simulated cluster, owned by SimCluster.

#include "agent.h"
#include "inverseofferstatus.h"
#include "machineid.h"
#include "machinemode.h"
#include "scenario.h"
#include "unavailability.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

enum class TaskState { Staging, Running, Finished, Killed, Lost, GoneByOperator };
const char *taskStateName(TaskState state);
bool isTerminal(TaskState state);

struct SimTaskStatus
{
    TaskState state = TaskState::Running;
    double timestamp = 0; ///< float seconds, as TaskStatus.timestamp
    const char *source = "SOURCE_EXECUTOR";
    const char *reason = nullptr;
    QString message;
};

struct SimTask
{
    QString id;
    QString name;
    int framework = 0;
    QString agentId;
    TaskState state = TaskState::Running;
    double cpus = 0.5;
    double mem = 512;
    QList<SimTaskStatus> statuses;
};

struct SimFramework
{
    QString id;
    QString name;
    FrameworkPolicy policy;
    double registeredSecs = 0;
    QList<SimTask> tasks; ///< not terminal
    QList<SimTask> completedTasks; ///< terminal, newest last, capped like the master's
};

struct SimAgent
{
    QString id;
    int host = 0; ///< index into the scenario's agents
    double registeredSecs = 0;
    bool deactivated = false;
    std::optional<DrainInfo> drain;
    qint64 drainStartNs = 0;
    quint64 epoch = 0; ///< bumped whenever outstanding inverse offers or drains are reset
    /// Latest answer per framework index (allocator state; wiped by a schedule post).
    QHash<int, InverseOfferStatus> answers;
    /// Frameworks that hold an outstanding inverse offer for this agent.
    QList<int> outstandingOffers;
};

struct MachineEntry
{
    MachineId key; ///< spelling as first inserted
    MachineMode mode = MachineMode::Up;
    std::optional<Unavailability> unavailability;
};

/// An operation refused as the master refuses it.
struct SimError
{
    int status = 400;
    QString message;
};
