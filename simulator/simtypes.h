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
#include <tuple>

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
    int host = -1; ///< the scenario host of agentId, for cheap grouping
    TaskState state = TaskState::Running;
    double cpus = 0.5;
    double mem = 512;
    QList<SimTaskStatus> statuses;
    /// The task as /state renders it, kept until the task changes: tasks rarely change, and
    /// re-rendering 45,000 of them per poll would dominate /state at 10,000 agents.
    mutable QByteArray v0Json;
};

struct SimFramework
{
    QString id;
    QString name;
    FrameworkPolicy policy;
    bool planAware = false; ///< see Scenario::FrameworkSpec
    qint64 registeredNs = 0; ///< simulated time (ns: exact, as the v1 API writes it)
    qint64 reregisteredNs = 0; ///< when a `frameworkAdded` event of its name came again; 0: never
    bool removed = false; ///< torn down (scenario event): kept for its index, not rendered
    QList<SimTask> tasks; ///< not terminal
    QList<SimTask> completedTasks; ///< terminal, newest last, capped like the master's
};

struct SimAgent
{
    QString id;
    int host = 0; ///< index into the scenario's agents
    double registeredSecs = 0;
    bool deactivated = false;
    bool disconnected = false; ///< registered but not connected (`active` is false)
    std::optional<DrainInfo> drain;
    qint64 drainStartNs = 0;
    quint64 epoch = 0; ///< bumped whenever outstanding inverse offers or drains are reset
    quint64 revision = 0; ///< bumped whenever deactivation or drain info change
    /// Render cache of /state's agent object, valid for `cachedKey` (revision and usage).
    mutable QByteArray v0Json;
    mutable std::tuple<quint64, double, double> cachedKey {~quint64(0), 0, 0};
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
