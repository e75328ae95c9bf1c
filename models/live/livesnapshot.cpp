#include "live/livesnapshot.h"

#include "saturating.h"

#include <algorithm>
#include <limits>

LiveSnapshot LiveSnapshot::join(ClusterState cluster, MaintenanceStatus status, Schedule schedule)
{
    LiveSnapshot s;
    s.machines.reserve(cluster.agents.size() + schedule.machineCount());
    s.m_index.reserve(cluster.agents.size() + schedule.machineCount());
    const auto slot = [&s](const MachineId &id) -> MachineLive & {
        const auto it = s.m_index.constFind(id);
        if (it != s.m_index.cend())
            return s.machines[*it];
        s.m_index.insert(id, s.machines.size());
        s.machines.append(MachineLive {id, MachineMode::Up, {}, 0, 0, {}, {}, {}, {}});
        return s.machines.last();
    };
    for (const Agent &agent : std::as_const(cluster.agents)) {
        MachineLive &m = slot(agent.machineId());
        ++m.agents;
        m.tasks = Saturating::add(m.tasks, agent.taskCount);
        if (m.zone.isEmpty())
            m.zone = agent.zone;
        agent.addFrameworksTo(m.frameworksWithTasks, m.frameworkTaskCounts);
    }
    for (const MaintenanceWindow &w : std::as_const(schedule.windows)) {
        for (const MachineId &id : w.machines)
            slot(id);
    }
    for (const DrainingMachine &d : std::as_const(status.draining)) {
        MachineLive &m = slot(d.id);
        m.mode = MachineMode::Draining;
        m.answers = d.statuses;
    }
    for (const MachineId &id : std::as_const(status.down))
        slot(id).mode = MachineMode::Down;
    for (MachineLive &m : s.machines)
        m.readiness = DrainReadiness::evaluate(m.mode == MachineMode::Draining, m.tasks,
                                               m.frameworksWithTasks, m.answers);
    for (const Framework &fw : std::as_const(cluster.frameworks))
        s.frameworkNames.insert(fw.id, fw.name);
    s.cluster = std::move(cluster);
    s.status = std::move(status);
    s.schedule = std::move(schedule);
    return s;
}

void LiveSnapshot::recordDrainHistories(QHash<MachineId, DrainHistory> &histories) const
{
    QHash<MachineId, DrainHistory> next;
    next.reserve(histories.size() + status.draining.size());
    for (const MachineLive &m : machines) {
        if (m.mode != MachineMode::Draining)
            continue;
        // take(), not value(): the samples move instead of being copied on the first write.
        DrainHistory history = histories.take(m.id);
        history.record(takenAtMs, int(std::min<qint64>(m.tasks, std::numeric_limits<int>::max())));
        next.insert(m.id, std::move(history));
    }
    histories = std::move(next);
}

const MachineLive *LiveSnapshot::machine(const MachineId &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &machines[*it];
}

std::optional<int> MachineLive::tasksOf(const QString &frameworkId) const
{
    if (!countsPerFramework())
        return std::nullopt;
    const qsizetype i = frameworksWithTasks.indexOf(frameworkId);
    return i < 0 ? 0 : frameworkTaskCounts.at(i);
}
