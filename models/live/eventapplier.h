#pragma once

#include "live/livesnapshot.h"
#include "json/masterevent.h"

#include <QHash>
#include <QString>

/// Keeps a LiveSnapshot current from the master's event stream between full reads: starts from a
/// SUBSCRIBED state (with every task, so that a TASK_UPDATED can be counted exactly once) and the
/// maintenance reads, then applies agent, task and framework events in place. A task or framework
/// event touches one agent and its machine; agents coming or going, and a new maintenance status
/// or schedule, re-join the snapshot once, when it is next asked for.
class EventApplier
{
public:
    EventApplier() = default;
    /// Counts @p tasks per agent and framework into @p cluster's agents and joins them with the
    /// maintenance reads. Heavy at 10,000 agents (tens of ms): build it off the UI thread.
    EventApplier(ClusterState cluster, const QList<TaskFact> &tasks, MaintenanceStatus status,
                 Schedule schedule);

    /// Applies one event; returns whether the snapshot changed. SUBSCRIBED and HEARTBEAT change
    /// nothing here (a SUBSCRIBED starts a new applier).
    bool apply(const MasterEvent &event);
    /// The maintenance reads, which the stream does not carry; returns whether they changed.
    bool setMaintenance(MaintenanceStatus status, Schedule schedule);
    /// The snapshot with everything applied so far.
    const LiveSnapshot &snapshot();
    /// Live tasks known by ID.
    qsizetype liveTaskCount() const { return m_tasks.size(); }
    /// Bumped by every change.
    quint64 revision() const { return m_revision; }

    /// The big lists, which a published copy of snapshot() shares: the first change after
    /// publishing would copy them on the UI thread (milliseconds at 10,000 agents). Instead, copy
    /// them with copyLists() on the thread pool and adopt() the copy.
    struct Lists
    {
        QList<Agent> agents;
        QList<MachineLive> machines;
        quint64 revision = 0;
    };
    Lists sharedLists() const;
    /// Makes @p lists this thread's own (safe on any thread: shared data is only read).
    static void copyLists(Lists &lists);
    /// Takes @p lists if nothing changed since sharedLists(); returns whether it did.
    bool adopt(Lists lists);

private:
    /// What is known of one agent ID: its live tasks per framework (also before the agent is
    /// listed, or after it left), and where it and its machine are in the snapshot.
    struct AgentEntry
    {
        QHash<QString, int> tasks; ///< framework → live tasks
        qsizetype row = -1; ///< in m_snapshot.cluster.agents
        qsizetype machine = -1; ///< in m_snapshot.machines
    };

    bool applyEvent(const MasterEvent &event);
    bool applyTask(const TaskFact &fact);
    void countTask(const QString &agentId, const QString &frameworkId, int delta);
    void updateMachine(qsizetype machine, const Agent &agent);
    bool addAgent(Agent agent);
    bool removeAgent(const QString &agentId);
    bool upsertFramework(const Framework &framework);
    bool removeFramework(const QString &frameworkId);
    /// The entry of @p agentId with its row and machine up to date (a new one if unknown).
    AgentEntry &entry(const QString &agentId);
    void countsInto(Agent &agent) const;

    LiveSnapshot m_snapshot;
    QHash<quint64, TaskFact> m_tasks; ///< live tasks only: an unknown task counts as not live
    QHash<QString, AgentEntry> m_agents;
    bool m_placesValid = false; ///< rows and machines of m_agents
    bool m_rejoin = false;
    quint64 m_revision = 0;
};
