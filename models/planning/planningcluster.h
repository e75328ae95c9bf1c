#pragma once

#include "agent.h"
#include "machineid.h"
#include "machinemode.h"
#include "schedule.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

/// One machine as the planner sees it: its zone and rack (indexes into PlanningCluster's lists),
/// what runs on it now and its maintenance mode.
struct PlanningMachine
{
    MachineId id;
    QString name; ///< hostname, or the IP when there is none
    int zone = 0;
    int rack = -1; ///< -1: no rack (the agent lacks the rack attribute)
    int agents = 0; ///< registered agents on the machine
    double cpus = 0;
    double mem = 0;
    double usedCpus = 0;
    int tasks = 0;
    MachineMode mode = MachineMode::Up;

    /// F(m) of planner.md: the CPUs free now.
    double freeCpus() const { return std::max(0.0, cpus - usedCpus); }
};

/// A window over planning machines: a start, an optional duration and machine indexes.
struct PlanWindow
{
    qint64 startNs = 0;
    std::optional<qint64> durationNs;
    QList<int> machines;

    /// The end, saturating at the largest time; open-ended windows never end.
    qint64 endNs() const;
    friend bool operator==(const PlanWindow &, const PlanWindow &) = default;
};

/// The cluster the planner works on: the agents' machines ∪ the scheduled machines ∪ the DOWN
/// machines, with zones and racks numbered in name order (so the same input gives the same plan).
class PlanningCluster
{
public:
    /// The zone of machines whose agents have no fault domain.
    static QString noZoneName();

    /// Agents on one machine (same hostname and IP) are summed. @p downMachines are DOWN now;
    /// scheduled machines are DRAINING once their window has started at @p nowNs.
    static PlanningCluster build(const QList<Agent> &agents, const Schedule &schedule,
                                 const QList<MachineId> &downMachines, const QString &rackAttribute,
                                 qint64 nowNs);

    const QList<PlanningMachine> &machines() const { return m_machines; }
    const QStringList &zones() const { return m_zones; }
    const QStringList &racks() const { return m_racks; }
    std::optional<int> indexOf(const MachineId &id) const;

    /// Totals per zone: machines, agents, CPUs and memory.
    int zoneMachines(int zone) const { return m_zoneMachines.at(zone); }
    int zoneAgents(int zone) const { return m_zoneAgents.at(zone); }
    double zoneCpus(int zone) const { return m_zoneCpus.at(zone); }
    double zoneMem(int zone) const { return m_zoneMem.at(zone); }
    int rackMachines(int rack) const { return m_rackMachines.at(rack); }

    /// The schedule's windows over machine indexes (every scheduled machine is in the cluster).
    QList<PlanWindow> windowsOf(const Schedule &schedule) const;
    /// The inverse: Mesos windows with the machines' ids.
    Schedule scheduleOf(const QList<PlanWindow> &windows) const;

private:
    int addMachine(const MachineId &id);
    void number(const QString &rackAttribute, const QList<QString> &zoneOf,
                const QList<QHash<QString, QString>> &attributesOf);

    QList<PlanningMachine> m_machines;
    QHash<MachineId, int> m_index;
    QStringList m_zones;
    QStringList m_racks;
    QList<int> m_zoneMachines, m_zoneAgents, m_rackMachines;
    QList<double> m_zoneCpus, m_zoneMem;
};
