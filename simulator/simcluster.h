#pragma once

#include "maintenancestatus.h"
#include "scenario.h"
#include "schedule.h"
#include "simtypes.h"

#include <QHash>
#include <QObject>

#include <map>
#include <optional>
#include <vector>

class SimClock;

/// The simulated cluster behind the master's endpoints: machine table and schedule exactly as the
/// master keeps them (API.md §3), agents, frameworks and tasks, inverse offers and their answers,
/// and agent draining. Nothing here knows HTTP. Time moves only through advanceTo(), which runs
/// every due action (framework answers, task migration, drain kills, agent registration) in order,
/// so tests can step it deterministically.
class SimCluster : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 Second = 1000000000LL;
    static constexpr qint64 ReregisterDelayNs = 10 * Second;
    static constexpr qint64 MigrationStepNs = 3 * Second;
    static constexpr qint64 DrainKillStepNs = 1 * Second;
    static constexpr int MaxCompletedTasks = 1000;
    /// A disconnected agent becomes unreachable after the master's health checks give up
    /// (`agent_ping_timeout` 15 s × `max_agent_ping_timeouts` 5).
    static constexpr qint64 UnreachableAfterNs = 75 * Second;

    SimCluster(const Scenario &scenario, const SimClock *clock, QObject *parent = nullptr);

    /// Runs every action due up to @p nowNs.
    void advanceTo(qint64 nowNs);
    qint64 nowNs() const { return m_now; }
    qint64 startNs() const { return m_startNs; }

    // Maintenance primitives, all-or-nothing, with the master's texts.
    /// @p authorized: whether the caller may do this (checked where the master checks, after
    /// validation and, for down/up, after each machine's own checks).
    std::optional<SimError> updateSchedule(const Schedule &schedule, bool authorized = true);
    std::optional<SimError> startMaintenance(const QList<MachineId> &machines,
                                             bool authorized = true);
    std::optional<SimError> stopMaintenance(const QList<MachineId> &machines,
                                            bool authorized = true);
    const Schedule &schedule() const { return m_schedule; }
    MaintenanceStatus maintenanceStatus() const;
    const QList<MachineEntry> &machines() const { return m_machines; }
    /// Restores persisted state (schedule and DRAINING/DOWN modes) before anything ran.
    void restore(const Schedule &schedule, const QList<MachineEntry> &machines);

    // Agent draining (v1 DRAIN_AGENT, DEACTIVATE_AGENT, REACTIVATE_AGENT).
    std::optional<SimError> drainAgent(const QString &agentId, std::optional<qint64> maxGraceNs,
                                       bool markGone, bool authorized = true);
    std::optional<SimError> deactivateAgent(const QString &agentId, bool authorized = true);
    std::optional<SimError> reactivateAgent(const QString &agentId, bool authorized = true);

    // Read access for the renderers.
    const QString &masterId() const { return m_masterId; }
    const QList<Scenario::AgentSpec> &hosts() const { return m_hosts; }
    /// Registered agents by host index (empty slots for hosts without a registered agent).
    const std::vector<std::optional<SimAgent>> &agentSlots() const { return m_agents; }
    const SimAgent *agent(const QString &agentId) const;
    const QList<SimFramework> &frameworks() const { return m_frameworks; }
    int registeredAgentCount() const { return int(m_agentIndex.size()); }
    quint64 generation() const { return m_generation; }
    MachineId machineOf(const SimAgent &agent) const;

Q_SIGNALS:
    void taskAdded(const SimTask &task);
    void taskUpdated(const SimTask &task);
    void agentAdded(const SimAgent &agent);
    void agentRemoved(const QString &agentId);
    void frameworkAdded(int framework);
    void frameworkUpdated(int framework);
    /// Emitted after the framework's tasks were killed; it is still at its index, removed.
    void frameworkRemoved(int framework);
    /// The schedule or a machine mode changed (what --state-file persists).
    void maintenanceChanged();

private:
    struct Action
    {
        enum class Kind { Answer, Migrate, DrainKill, Register, ScenarioEvent, Unreachable };
        Kind kind;
        int host;
        int framework;
        quint64 epoch;
    };

    void schedule(qint64 atNs, Action action);
    void run(const Action &action);
    void answerInverseOffer(SimAgent &agent, int framework);
    void migrateOneTask(SimAgent &agent, int framework);
    void drainStep(SimAgent &agent);
    void registerAgent(int host, const QString &reuseId = QString());
    // Scenario events (simclusterevents.cpp).
    void runEvent(const Scenario::Event &event);
    void disconnectAgent(int host);
    void markUnreachable(int host);
    void reconnectAgent(int host);
    void addFramework(const Scenario::FrameworkSpec &spec);
    void removeFramework(const QString &name);
    void addTasks(int host, int framework, int count);
    void offerIfDraining(SimAgent &agent, int framework);
    int hostByName(const QString &hostname) const;
    int frameworkByName(const QString &name) const;
    void removeAgent(int host, TaskState taskState, const char *reason, const QString &message,
                     bool announce);
    void sendInverseOffers(SimAgent &agent);
    void resetAllocatorState(SimAgent &agent);
    void finishTask(int framework, qsizetype index, SimTaskStatus status);
    void launchTask(int framework, int host, const QString &name);
    int pickUpHost(bool planAware, int fromMachine);
    int machineIndexFor(const MachineId &id, bool create);
    std::optional<SimError> checkTransition(const QList<MachineId> &machines, bool down,
                                            bool authorized, QList<int> &indexes);
    QList<int> hostsOn(int machineIndex) const;
    SimAgent *agentById(const QString &agentId);
    int taskCountOn(const QString &agentId) const;
    void touch() { ++m_generation; }

    const SimClock *m_clock;
    qint64 m_now;
    qint64 m_startNs;
    QString m_masterId;
    quint64 m_generation = 0;
    QList<Scenario::AgentSpec> m_hosts;
    QList<int> m_hostMachine; ///< machine table index per host
    QList<int> m_hostSequence; ///< registrations per host, for fresh agent IDs
    std::vector<std::optional<SimAgent>> m_agents;
    QHash<QString, int> m_agentIndex; ///< agent ID → host
    int m_agentSerial = 0;
    QList<SimFramework> m_frameworks;
    quint64 m_taskSerial = 0;
    int m_placementCursor = 0;
    QList<MachineEntry> m_machines;
    QHash<MachineId, int> m_machineIndex;
    Schedule m_schedule;
    std::multimap<qint64, Action> m_timeline;
    QList<Scenario::Event> m_events;
    QHash<int, QString> m_unreachable; ///< host → the agent ID it had, for its return
};
