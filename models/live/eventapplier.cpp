#include "live/eventapplier.h"

#include "saturating.h"

#include <algorithm>

EventApplier::EventApplier(ClusterState cluster, const QList<TaskFact> &tasks,
                           MaintenanceStatus status, Schedule schedule)
{
    m_tasks.reserve(tasks.size());
    m_agents.reserve(cluster.agents.size());
    for (const TaskFact &t : tasks) {
        if (!t.live)
            continue;
        m_tasks.insert(t.key, t);
        ++m_agents[t.agentId].tasks[t.frameworkId];
    }
    cluster.totalTasks = 0;
    for (Agent &agent : cluster.agents) {
        countsInto(agent);
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
        m_placesValid = false; // machines moved
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
    AgentEntry &e = entry(agentId);
    int &count = e.tasks[frameworkId];
    const int before = count;
    count = qMax(0, count + delta);
    const int after = count;
    if (after == 0)
        e.tasks.remove(frameworkId);
    if (e.row < 0 || before == after) {
        if (e.row < 0 && e.tasks.isEmpty())
            m_agents.remove(agentId);
        return; // tasks of an agent the master does not list are not shown (as in GET_STATE)
    }
    Agent &agent = m_snapshot.cluster.agents[e.row];
    agent.taskCount += after - before;
    m_snapshot.cluster.totalTasks += after - before;
    // frameworkIds stays sorted, its counts in step with it.
    const auto at
        = std::lower_bound(agent.frameworkIds.cbegin(), agent.frameworkIds.cend(), frameworkId);
    const qsizetype i = at - agent.frameworkIds.cbegin();
    if (before == 0) {
        agent.frameworkIds.insert(i, frameworkId);
        agent.frameworkTaskCounts.insert(i, after);
    } else if (at == agent.frameworkIds.cend() || *at != frameworkId) {
        Q_ASSERT(false); // the agent's lists are built from the entry's counts
    } else if (after == 0) {
        agent.frameworkIds.removeAt(i);
        agent.frameworkTaskCounts.removeAt(i);
    } else {
        agent.frameworkTaskCounts[i] = after;
    }
    updateMachine(e.machine, agent);
}

void EventApplier::updateMachine(qsizetype machine, const Agent &agent)
{
    if (m_rejoin)
        return; // the whole snapshot is joined again anyway
    if (machine < 0 || m_snapshot.machines.at(machine).agents != 1) {
        m_rejoin = true; // several agents on one machine: rare, join them properly
        return;
    }
    MachineLive &m = m_snapshot.machines[machine];
    m.tasks = agent.taskCount;
    m.frameworksWithTasks = agent.frameworkIds;
    m.frameworkTaskCounts = agent.frameworkTaskCounts;
    m.readiness = DrainReadiness::evaluate(m.mode == MachineMode::Draining, m.tasks,
                                           m.frameworksWithTasks, m.answers);
}

EventApplier::AgentEntry &EventApplier::entry(const QString &agentId)
{
    if (!m_placesValid) {
        for (AgentEntry &e : m_agents)
            e.row = e.machine = -1;
        const QList<Agent> &agents = m_snapshot.cluster.agents;
        for (qsizetype i = 0; i < agents.size(); ++i) {
            AgentEntry &e = m_agents[agents.at(i).id];
            e.row = i;
            e.machine = m_snapshot.m_index.value(agents.at(i).machineId(), -1);
        }
        m_placesValid = true;
    }
    return m_agents[agentId];
}

void EventApplier::countsInto(Agent &agent) const
{
    agent.taskCount = 0;
    agent.frameworkIds.clear();
    agent.frameworkTaskCounts.clear();
    const auto e = m_agents.constFind(agent.id);
    if (e == m_agents.cend())
        return;
    agent.frameworkIds = e->tasks.keys();
    agent.frameworkIds.sort();
    agent.frameworkTaskCounts.reserve(agent.frameworkIds.size());
    for (const QString &framework : std::as_const(agent.frameworkIds)) {
        const int count = e->tasks.value(framework);
        agent.taskCount += count;
        agent.frameworkTaskCounts.append(count);
    }
}

bool EventApplier::addAgent(Agent agent)
{
    // AGENT_ADDED carries no tasks: the agent runs what the stream has told of it.
    countsInto(agent);
    QList<Agent> &agents = m_snapshot.cluster.agents;
    AgentEntry &e = entry(agent.id);
    if (e.row >= 0) {
        if (agents.at(e.row) == agent)
            return false;
        m_snapshot.cluster.totalTasks -= agents.at(e.row).taskCount;
        agents[e.row] = agent;
    } else {
        agents.append(agent);
    }
    m_snapshot.cluster.totalTasks += agent.taskCount;
    m_rejoin = true;
    m_placesValid = false;
    return true;
}

bool EventApplier::removeAgent(const QString &agentId)
{
    const AgentEntry &e = entry(agentId);
    const qsizetype row = e.row;
    if (row < 0) {
        if (e.tasks.isEmpty())
            m_agents.remove(agentId); // an ID never seen: keep no entry for it
        return false;
    }
    m_snapshot.cluster.totalTasks -= m_snapshot.cluster.agents.at(row).taskCount;
    m_snapshot.cluster.agents.removeAt(row);
    m_placesValid = false;
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
