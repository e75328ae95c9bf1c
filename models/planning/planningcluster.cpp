#include "planning/planningcluster.h"

#include <QMap>

#include <limits>

using namespace Qt::StringLiterals;

qint64 PlanWindow::endNs() const
{
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    if (!durationNs)
        return kMax;
    qint64 end = 0;
    if (__builtin_add_overflow(startNs, *durationNs, &end))
        return *durationNs > 0 ? kMax : std::numeric_limits<qint64>::min();
    return end;
}

QString PlanningCluster::noZoneName()
{
    return u"(no zone)"_s;
}

int PlanningCluster::addMachine(const MachineId &id)
{
    const auto it = m_index.constFind(id);
    if (it != m_index.cend())
        return *it;
    PlanningMachine m;
    m.id = id;
    m.name = id.hostname && !id.hostname->isEmpty() ? *id.hostname : id.ipOrEmpty();
    m_machines.append(m);
    m_index.insert(id, int(m_machines.size() - 1));
    return int(m_machines.size() - 1);
}

PlanningCluster PlanningCluster::build(const QList<Agent> &agents, const Schedule &schedule,
                                       const QList<MachineId> &downMachines,
                                       const QString &rackAttribute, qint64 nowNs)
{
    PlanningCluster c;
    QList<QString> zoneOf;
    QList<QHash<QString, QString>> attributesOf;
    for (const Agent &agent : agents) {
        const int i = c.addMachine(agent.machineId());
        if (i == zoneOf.size()) {
            zoneOf.append(agent.zone);
            attributesOf.append(agent.attributes);
        }
        PlanningMachine &m = c.m_machines[i];
        ++m.agents;
        m.cpus += agent.resources.cpus;
        m.mem += agent.resources.mem;
        m.usedCpus += agent.usedResources.cpus;
        m.tasks += agent.taskCount;
    }
    for (const MaintenanceWindow &w : schedule.windows) {
        for (const MachineId &id : w.machines) {
            const int i = c.addMachine(id);
            if (w.unavailability.startNs <= nowNs)
                c.m_machines[i].mode = MachineMode::Draining;
        }
    }
    for (const MachineId &id : downMachines)
        c.m_machines[c.addMachine(id)].mode = MachineMode::Down;
    zoneOf.resize(c.m_machines.size());
    attributesOf.resize(c.m_machines.size());
    c.number(rackAttribute, zoneOf, attributesOf);
    return c;
}

// Zones and racks get indexes in name order, whatever order the agents came in.
void PlanningCluster::number(const QString &rackAttribute, const QList<QString> &zoneOf,
                             const QList<QHash<QString, QString>> &attributesOf)
{
    QMap<QString, int> zones, racks;
    for (qsizetype i = 0; i < m_machines.size(); ++i) {
        zones.insert(zoneOf[i].isEmpty() ? noZoneName() : zoneOf[i], 0);
        const auto rack = attributesOf[i].constFind(rackAttribute);
        if (rack != attributesOf[i].cend())
            racks.insert(*rack, 0);
    }
    m_zones = zones.keys();
    m_racks = racks.keys();
    for (qsizetype i = 0; i < m_zones.size(); ++i)
        zones[m_zones[i]] = int(i);
    for (qsizetype i = 0; i < m_racks.size(); ++i)
        racks[m_racks[i]] = int(i);
    m_zoneMachines.fill(0, m_zones.size());
    m_zoneAgents.fill(0, m_zones.size());
    m_zoneCpus.fill(0, m_zones.size());
    m_zoneMem.fill(0, m_zones.size());
    m_rackMachines.fill(0, m_racks.size());
    for (qsizetype i = 0; i < m_machines.size(); ++i) {
        PlanningMachine &m = m_machines[i];
        m.zone = zones.value(zoneOf[i].isEmpty() ? noZoneName() : zoneOf[i]);
        const auto rack = attributesOf[i].constFind(rackAttribute);
        m.rack = rack != attributesOf[i].cend() ? racks.value(*rack) : -1;
        ++m_zoneMachines[m.zone];
        m_zoneAgents[m.zone] += m.agents;
        m_zoneCpus[m.zone] += m.cpus;
        m_zoneMem[m.zone] += m.mem;
        if (m.rack >= 0)
            ++m_rackMachines[m.rack];
    }
}

std::optional<int> PlanningCluster::indexOf(const MachineId &id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return std::nullopt;
    return *it;
}

QList<PlanWindow> PlanningCluster::windowsOf(const Schedule &schedule) const
{
    QList<PlanWindow> windows;
    windows.reserve(schedule.windows.size());
    for (const MaintenanceWindow &w : schedule.windows) {
        PlanWindow pw {w.unavailability.startNs, w.unavailability.durationNs, {}};
        pw.machines.reserve(w.machines.size());
        for (const MachineId &id : w.machines) {
            if (const std::optional<int> i = indexOf(id))
                pw.machines.append(*i);
        }
        windows.append(pw);
    }
    return windows;
}

Schedule PlanningCluster::scheduleOf(const QList<PlanWindow> &windows) const
{
    Schedule schedule;
    schedule.windows.reserve(windows.size());
    for (const PlanWindow &w : windows) {
        MaintenanceWindow mw;
        mw.unavailability = {w.startNs, w.durationNs};
        mw.machines.reserve(w.machines.size());
        for (int i : w.machines)
            mw.machines.append(m_machines[i].id);
        schedule.windows.append(mw);
    }
    return schedule;
}
