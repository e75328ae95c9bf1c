#pragma once

#include "live/drainhistory.h"
#include "live/drainreadiness.h"
#include "machineid.h"
#include "machinemode.h"
#include "maintenancestatus.h"
#include "schedule.h"
#include "json/clusterstate.h"
#include "json/result.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <optional>

/// What one machine looks like right now, joined from agents, status and schedule.
struct MachineLive
{
    MachineId id;
    MachineMode mode = MachineMode::Up;
    QString zone;
    int agents = 0;
    qint64 tasks = 0;
    QStringList frameworksWithTasks;
    /// Live tasks of each of frameworksWithTasks, summed over the machine's agents; empty when
    /// the source does not count per framework (see Agent::frameworkTaskCounts).
    QList<int> frameworkTaskCounts;
    QList<InverseOfferStatus> answers;
    DrainReadiness readiness;

    /// Whether frameworkTaskCounts holds a count for each of frameworksWithTasks.
    bool countsPerFramework() const
    {
        return frameworkTaskCounts.size() == frameworksWithTasks.size();
    }
    /// The live tasks of @p frameworkId here, when they were counted per framework.
    std::optional<int> tasksOf(const QString &frameworkId) const;

    friend bool operator==(const MachineLive &, const MachineLive &) = default;
};

/// One refresh of the live view: everything the monitor read, joined per machine. Built off the UI
/// thread by compute(); the UI thread only applies it.
struct LiveSnapshot
{
    quint64 generation = 0;
    qint64 takenAtMs = 0;
    ClusterState cluster;
    MaintenanceStatus status;
    Schedule schedule;
    QList<MachineLive> machines; ///< agents' machines ∪ scheduled ∪ DRAINING/DOWN, first-seen order
    QHash<QString, QString> frameworkNames; ///< id → name

    /// Joins the three reads. Machines are matched with the master's MachineID equality.
    static LiveSnapshot join(ClusterState cluster, MaintenanceStatus status, Schedule schedule);
    const MachineLive *machine(const MachineId &id) const;
    /// Adds this snapshot's tasks-left sample (at takenAtMs) to the history of every DRAINING
    /// machine, starting histories for machines that began draining and dropping those of
    /// machines that no longer drain. Runs on the UI thread once per refresh.
    void recordDrainHistories(QHash<MachineId, DrainHistory> &histories) const;

private:
    friend class EventApplier; // updates machines in place between full joins
    QHash<MachineId, qsizetype> m_index;
};
