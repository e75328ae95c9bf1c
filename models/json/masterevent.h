#pragma once

#include "json/clusterstate.h"
#include "json/result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

/// One task as the event stream tells of it: where it runs, for whom, and whether it still counts
/// as a task left (STAGING, STARTING, RUNNING, KILLING).
struct TaskFact
{
    quint64 key = 0; ///< MasterEvent::taskKey of framework and task ID
    QString agentId; ///< empty when the event does not say
    QString frameworkId;
    bool live = false;

    friend bool operator==(const TaskFact &, const TaskFact &) = default;
};

/// One record of the v1 operator event stream (`SUBSCRIBE`, include/mesos/v1/master/master.proto
/// `Event`), reduced to what the console keeps. Only the fields of its type are set.
struct MasterEvent
{
    enum class Type {
        Unknown, ///< a type this console does not use (kept in typeName)
        Subscribed,
        Heartbeat,
        AgentAdded,
        AgentRemoved,
        TaskAdded,
        TaskUpdated,
        FrameworkAdded,
        FrameworkUpdated,
        FrameworkRemoved,
    };

    Type type = Type::Unknown;
    QString typeName;
    /// Subscribed: the master's whole state (agents with task counts, frameworks) and every
    /// task, terminal ones included.
    ClusterState cluster;
    QList<TaskFact> tasks;
    double heartbeatIntervalSecs = 15;
    Agent agent; ///< AgentAdded
    QString agentId; ///< AgentRemoved
    TaskFact task; ///< TaskAdded, TaskUpdated
    Framework framework; ///< FrameworkAdded/Updated; FrameworkRemoved sets only the ID and name

    /// The 64-bit key a task is known by: task IDs are unique per framework only. Two tasks
    /// sharing a key is a 1 in 10^9 chance at 10^5 tasks, and the next full read repairs it.
    static quint64 taskKey(QByteArrayView frameworkIdUtf8, QByteArrayView taskIdUtf8);
};

namespace MasterEventReader {

/// Reads one JSON record. Never throws; a record that is not an event, or an event of a known
/// type without its fields, is an error naming the JSON path. A SUBSCRIBED record holds the whole
/// state (tens of MB at 10,000 agents): read it off the UI thread.
Result<MasterEvent> read(QByteArrayView json);
/// The same, in place when @p json has 64 bytes to spare past its end (RecordIoDecoder's).
Result<MasterEvent> read(const QByteArray &json);

} // namespace MasterEventReader
