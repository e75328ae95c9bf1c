#include "live/eventapplier.h"

#include "saturating.h"

#include <algorithm>

EventApplier::EventApplier(ClusterState cluster, const QList<TaskFact> &tasks,
                           MaintenanceStatus status, Schedule schedule)
{
    m_tasks.reserve(tasks.size());
    for (const TaskFact &t : tasks) {
        if (!t.live)
            continue;
        m_tasks.insert(t.key, t);
        ++m_counts[t.agentId][t.frameworkId];
    }
    cluster.totalTasks = 0;
    for (Agent &agent : cluster.agents) {
        agent.taskCount = 0;
        agent.frameworkIds.clear();
        const auto perFramework = m_counts.constFind(agent.id);
        if (perFramework != m_counts.cend()) {
            for (auto it = perFramework->cbegin(); it != perFramework->cend(); ++it) {
                agent.taskCount += it.value();
                agent.frameworkIds.append(it.key());
            }
            agent.frameworkIds.sort();
        }
        cluster.totalTasks = Saturating::add(cluster.totalTasks, agent.taskCount);
    }
    m_snapshot = LiveSnapshot::join(std::move(cluster), std::move(status), std::move(schedule));
}

const LiveSnapshot &EventApplier::snapshot()
{
    if (m_rejoin) {
        const quint64 generation = m_snapshot.generation;
        const qint64 takenAtMs = m_snapshot.takenAtMs;
        m_snapshot = LiveSnapshot::join(m_snapshot.cluster, m_snapshot.status, m_snapshot.schedule);
        m_snapshot.generation = generation;
        m_snapshot.takenAtMs = takenAtMs;
        m_rejoin = false;
    }
    return m_snapshot;
}

EventApplier::Lists EventApplier::sharedLists() const
{
    return {m_snapshot.cluster.agents, m_snapshot.machines, m_revision};
}

void EventApplier::copyLists(Lists &lists)
{
    lists.agents.detach();
    lists.machines.detach();
}

bool EventApplier::adopt(Lists lists)
{
    if (lists.revision != m_revision || m_rejoin)
        return false;
    m_snapshot.cluster.agents = std::move(lists.agents);
    m_snapshot.machines = std::move(lists.machines);
    return true;
}

bool EventApplier::setMaintenance(MaintenanceStatus status, Schedule schedule)
{
    if (status == m_snapshot.status && schedule == m_snapshot.schedule)
        return false;
    ++m_revision;
    m_snapshot.status = std::move(status);
    m_snapshot.schedule = std::move(schedule);
    m_rejoin = true;
    return true;
}

bool EventApplier::apply(const MasterEvent &event)
{
    const bool changed = applyEvent(event);
    if (changed)
        ++m_revision;
    return changed;
}

bool EventApplier::applyEvent(const MasterEvent &event)
{
    switch (event.type) {
    case MasterEvent::Type::TaskAdded:
    case MasterEvent::Type::TaskUpdated:
        return applyTask(event.task);
    case MasterEvent::Type::AgentAdded:
        return addAgent(event.agent);
    case MasterEvent::Type::AgentRemoved:
        return removeAgent(event.agentId);
    case MasterEvent::Type::FrameworkAdded:
    case MasterEvent::Type::FrameworkUpdated:
        return upsertFramework(event.framework);
    case MasterEvent::Type::FrameworkRemoved:
        return removeFramework(event.framework.id);
    case MasterEvent::Type::Subscribed:
    case MasterEvent::Type::Heartbeat:
    case MasterEvent::Type::Unknown:
        break;
    }
    return false;
}

bool EventApplier::applyTask(const TaskFact &fact)
{
    // Idempotent by design: the state an event carries is absolute, so the same event twice
    // counts once. A task not in the index is not live (terminal ones are dropped from it).
    const auto known = m_tasks.constFind(fact.key);
    const bool wasLive = known != m_tasks.cend();
    const TaskFact before = wasLive ? *known : TaskFact();
    TaskFact now = fact;
    if (now.agentId.isEmpty())
        now.agentId = before.agentId;
    if (wasLive && now.live && now.agentId == before.agentId
        && now.frameworkId == before.frameworkId)
        return false; // e.g. STARTING → RUNNING: still one task left there
    if (!wasLive && !now.live)
        return false;
    if (wasLive) {
        m_tasks.remove(fact.key);
        countTask(before.agentId, before.frameworkId, -1);
    }
    if (now.live) {
        m_tasks.insert(now.key, now);
        countTask(now.agentId, now.frameworkId, +1);
    }
    return true;
}

void EventApplier::countTask(const QString &agentId, const QString &frameworkId, int delta)
{
    QHash<QString, int> &perFramework = m_counts[agentId];
    int &count = perFramework[frameworkId];
    const int before = count;
    count = qMax(0, count + delta);
    const int after = count;
    if (after == 0) {
        perFramework.remove(frameworkId);
        if (perFramework.isEmpty())
            m_counts.remove(agentId);
    }
    const qsizetype row = rowOf(agentId);
    if (row < 0 || before == after)
        return; // tasks of an agent the master does not list are not shown (as in GET_STATE)
    Agent &agent = m_snapshot.cluster.agents[row];
    agent.taskCount += after - before;
    m_snapshot.cluster.totalTasks += after - before;
    if (before == 0) {
        agent.frameworkIds.insert(
            std::lower_bound(agent.frameworkIds.begin(), agent.frameworkIds.end(), frameworkId),
            frameworkId);
    } else if (after == 0) {
        agent.frameworkIds.removeOne(frameworkId);
    }
    updateMachineOf(agent);
}

void EventApplier::updateMachineOf(const Agent &agent)
{
    if (m_rejoin)
        return; // the whole snapshot is joined again anyway
    const auto it = m_snapshot.m_index.constFind(agent.machineId());
    if (it == m_snapshot.m_index.cend() || m_snapshot.machines.at(*it).agents != 1) {
        m_rejoin = true; // several agents on one machine: rare, join them properly
        return;
    }
    MachineLive &m = m_snapshot.machines[*it];
    m.tasks = agent.taskCount;
    m.frameworksWithTasks = agent.frameworkIds;
    m.readiness = DrainReadiness::evaluate(m.mode == MachineMode::Draining, m.tasks,
                                           m.frameworksWithTasks, m.answers);
}

qsizetype EventApplier::rowOf(const QString &agentId)
{
    if (!m_rowsValid) {
        m_rows.clear();
        m_rows.reserve(m_snapshot.cluster.agents.size());
        for (qsizetype i = 0; i < m_snapshot.cluster.agents.size(); ++i)
            m_rows.insert(m_snapshot.cluster.agents.at(i).id, i);
        m_rowsValid = true;
    }
    return m_rows.value(agentId, -1);
}

bool EventApplier::addAgent(Agent agent)
{
    // AGENT_ADDED carries no tasks: the agent runs what the stream has told of it.
    agent.taskCount = 0;
    agent.frameworkIds.clear();
    const auto perFramework = m_counts.constFind(agent.id);
    if (perFramework != m_counts.cend()) {
        for (auto it = perFramework->cbegin(); it != perFramework->cend(); ++it) {
            agent.taskCount += it.value();
            agent.frameworkIds.append(it.key());
        }
        agent.frameworkIds.sort();
    }
    QList<Agent> &agents = m_snapshot.cluster.agents;
    const qsizetype row = rowOf(agent.id);
    if (row >= 0) {
        if (agents.at(row) == agent)
            return false;
        m_snapshot.cluster.totalTasks -= agents.at(row).taskCount;
        agents[row] = agent;
    } else {
        m_rows.insert(agent.id, agents.size());
        agents.append(agent);
    }
    m_snapshot.cluster.totalTasks += agent.taskCount;
    m_rejoin = true;
    return true;
}

bool EventApplier::removeAgent(const QString &agentId)
{
    const qsizetype row = rowOf(agentId);
    if (row < 0)
        return false;
    m_snapshot.cluster.totalTasks -= m_snapshot.cluster.agents.at(row).taskCount;
    m_snapshot.cluster.agents.removeAt(row);
    m_rowsValid = false;
    m_rejoin = true;
    return true;
}

bool EventApplier::upsertFramework(const Framework &framework)
{
    QList<Framework> &frameworks = m_snapshot.cluster.frameworks;
    const auto it = std::find_if(frameworks.begin(), frameworks.end(),
                                 [&](const Framework &f) { return f.id == framework.id; });
    if (it != frameworks.end()) {
        if (*it == framework)
            return false;
        *it = framework;
    } else {
        frameworks.append(framework);
    }
    m_snapshot.frameworkNames.insert(framework.id, framework.name);
    return true;
}

bool EventApplier::removeFramework(const QString &frameworkId)
{
    const bool removed = m_snapshot.cluster.frameworks.removeIf([&](const Framework &f) {
        return f.id == frameworkId;
    }) > 0;
    m_snapshot.frameworkNames.remove(frameworkId);
    return removed;
}
