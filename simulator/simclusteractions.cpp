// SimCluster, part two: what happens over simulated time (framework answers, task migration,
// agent draining, agent registration) and the agent-level v1 calls.

#include "simcluster.h"

#include "saturating.h"
#include "simclock.h"

#include <algorithm>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Second = SimCluster::Second;

// A deterministic answer delay within five simulated seconds for accept/decline frameworks.
qint64 answerDelay(const FrameworkPolicy &policy, int host, int framework)
{
    if (policy.delayNs)
        return *policy.delayNs;
    return Second + qint64((host * 7 + framework * 13) % 4) * Second;
}

} // namespace

void SimCluster::schedule(qint64 atNs, Action action)
{
    m_timeline.emplace(atNs, action);
}

void SimCluster::advanceTo(qint64 nowNs)
{
    while (!m_timeline.empty() && m_timeline.begin()->first <= nowNs) {
        const auto first = m_timeline.begin();
        m_now = qMax(m_now, first->first);
        const Action action = first->second;
        m_timeline.erase(first);
        run(action);
    }
    m_now = qMax(m_now, nowNs);
}

void SimCluster::run(const Action &action)
{
    if (action.kind == Action::Kind::Register) {
        if (quint64(m_hostSequence[action.host]) == action.epoch && !m_agents[size_t(action.host)])
            registerAgent(action.host);
        return;
    }
    if (action.kind == Action::Kind::ScenarioEvent)
        return runEvent(m_events[action.framework]);
    if (action.kind == Action::Kind::Unreachable) {
        if (quint64(m_hostSequence[action.host]) == action.epoch)
            markUnreachable(action.host);
        return;
    }
    auto &slot = m_agents[size_t(action.host)];
    if (!slot || slot->epoch != action.epoch)
        return;
    switch (action.kind) {
    case Action::Kind::Answer:
        answerInverseOffer(*slot, action.framework);
        break;
    case Action::Kind::Migrate:
        migrateOneTask(*slot, action.framework);
        break;
    case Action::Kind::DrainKill:
        drainStep(*slot);
        break;
    case Action::Kind::Register:
    case Action::Kind::ScenarioEvent:
    case Action::Kind::Unreachable:
        break;
    }
}

void SimCluster::resetAllocatorState(SimAgent &agent)
{
    // The allocator recreates the agent's maintenance state: answers and offers are gone.
    agent.answers.clear();
    agent.outstandingOffers.clear();
    ++agent.epoch;
    if (agent.drain && agent.drain->state == DrainInfo::State::Draining)
        schedule(m_now, {Action::Kind::DrainKill, agent.host, -1, agent.epoch});
}

void SimCluster::sendInverseOffers(SimAgent &agent)
{
    if (agent.deactivated)
        return; // a deactivated agent has its inverse offers rescinded
    QList<bool> hasTasks(m_frameworks.size(), false);
    for (int f = 0; f < m_frameworks.size(); ++f) {
        for (const SimTask &t : std::as_const(m_frameworks[f].tasks)) {
            if (t.agentId == agent.id) {
                hasTasks[f] = true;
                break;
            }
        }
    }
    for (int f = 0; f < m_frameworks.size(); ++f) {
        if (!hasTasks[f])
            continue;
        agent.outstandingOffers.append(f);
        const FrameworkPolicy &policy = m_frameworks[f].policy;
        if (policy.kind != FrameworkPolicy::Kind::Silent)
            schedule(m_now + answerDelay(policy, agent.host, f),
                     {Action::Kind::Answer, agent.host, f, agent.epoch});
    }
}

void SimCluster::answerInverseOffer(SimAgent &agent, int framework)
{
    if (!agent.outstandingOffers.removeOne(framework))
        return;
    const SimFramework &fw = m_frameworks[framework];
    const bool accept = fw.policy.kind == FrameworkPolicy::Kind::Accept;
    InverseOfferStatus status;
    status.answer
        = accept ? InverseOfferStatus::Answer::Accept : InverseOfferStatus::Answer::Decline;
    status.frameworkId = fw.id;
    status.timestampNs = m_now;
    agent.answers.insert(framework, status);
    if (accept)
        schedule(m_now + MigrationStepNs,
                 {Action::Kind::Migrate, agent.host, framework, agent.epoch});
    touch();
}

void SimCluster::migrateOneTask(SimAgent &agent, int framework)
{
    const int machine = m_hostMachine[agent.host];
    const auto answer = agent.answers.constFind(framework);
    if (machine < 0 || m_machines[machine].mode != MachineMode::Draining
        || answer == agent.answers.cend() || answer->answer != InverseOfferStatus::Answer::Accept)
        return;
    QList<SimTask> &tasks = m_frameworks[framework].tasks;
    qsizetype index = -1;
    for (qsizetype i = 0; i < tasks.size() && index < 0; ++i) {
        if (tasks[i].agentId == agent.id)
            index = i;
    }
    if (index < 0)
        return;
    const QString name = tasks[index].name;
    finishTask(framework, index,
               SimTaskStatus {TaskState::Finished, double(m_now) / 1e9, "SOURCE_EXECUTOR", nullptr,
                              QString()});
    const int target = pickUpHost(m_frameworks[framework].planAware, machine);
    if (target >= 0) {
        SimAgent &there = *m_agents[size_t(target)];
        const bool idle = std::none_of(tasks.cbegin(), tasks.cend(), [&](const SimTask &t) {
            return t.agentId == there.id;
        }); // no migration of this framework runs there
        launchTask(framework, target, name);
        // Landing on a machine this framework is already leaving: it moves again (churn).
        const auto accepted = there.answers.constFind(framework);
        if (idle && m_machines[m_hostMachine[target]].mode == MachineMode::Draining
            && accepted != there.answers.cend()
            && accepted->answer == InverseOfferStatus::Answer::Accept)
            schedule(m_now + MigrationStepNs,
                     {Action::Kind::Migrate, target, framework, there.epoch});
    }
    for (const SimTask &t : std::as_const(tasks)) {
        if (t.agentId == agent.id) {
            schedule(m_now + MigrationStepNs,
                     {Action::Kind::Migrate, agent.host, framework, agent.epoch});
            break;
        }
    }
    touch();
}

// Where a task moved off @p fromMachine goes, by planner.md's model: among the agents that are
// up (not DOWN, not inside their window now, not the machine being drained), the one with the
// most free CPUs (an unaware framework places in proportion to free CPUs: the largest share is
// the deterministic choice), even when its machine is scheduled later. A plan-aware framework
// first avoids every agent with an unavailability, and takes them only when no other is left.
// Ties go to the first agent after the previous choice, so equal agents take turns.
int SimCluster::pickUpHost(bool planAware, int fromMachine)
{
    const int n = int(m_hosts.size());
    std::vector<double> used(size_t(n), 0);
    for (const SimFramework &fw : std::as_const(m_frameworks)) {
        for (const SimTask &t : fw.tasks) {
            if (t.host >= 0)
                used[size_t(t.host)] += t.cpus;
        }
    }
    int best = -1;
    std::pair<bool, double> bestKey {false, 0};
    for (int step = 0; step < n; ++step) {
        const int h = (m_placementCursor + step) % n;
        const auto &slot = m_agents[size_t(h)];
        const int machine = m_hostMachine[h];
        if (!slot || slot->deactivated || slot->disconnected || slot->drain || machine < 0
            || machine == fromMachine || m_machines[machine].mode == MachineMode::Down)
            continue;
        const std::optional<Unavailability> &u = m_machines[machine].unavailability;
        if (u && u->startNs <= m_now && (!u->endNs() || m_now < *u->endNs()))
            continue;
        const std::pair<bool, double> key {!planAware || !u, m_hosts[h].cpus - used[size_t(h)]};
        if (best < 0 || key > bestKey) {
            best = h;
            bestKey = key;
        }
    }
    if (best >= 0)
        m_placementCursor = (best + 1) % n;
    return best;
}

void SimCluster::launchTask(int framework, int host, const QString &name)
{
    SimTask task;
    task.id = m_frameworks[framework].name + u".task-%1"_s.arg(++m_taskSerial, 6, 10, QChar(u'0'));
    task.name = name;
    task.framework = framework;
    task.agentId = m_agents[size_t(host)]->id;
    task.host = host;
    task.state = TaskState::Staging;
    task.statuses.append({TaskState::Staging, double(m_now) / 1e9, "SOURCE_MASTER", nullptr, {}});
    m_frameworks[framework].tasks.append(task);
    Q_EMIT taskAdded(task);
    SimTask &running = m_frameworks[framework].tasks.last();
    running.state = TaskState::Running;
    running.v0Json.clear();
    running.statuses = {{TaskState::Running, double(m_now) / 1e9, "SOURCE_EXECUTOR", nullptr, {}}};
    Q_EMIT taskUpdated(running);
    touch();
}

void SimCluster::finishTask(int framework, qsizetype index, SimTaskStatus status)
{
    SimFramework &fw = m_frameworks[framework];
    SimTask task = fw.tasks.takeAt(index);
    task.v0Json.clear();
    task.state = status.state;
    task.statuses.append(std::move(status));
    Q_EMIT taskUpdated(task);
    fw.completedTasks.append(std::move(task));
    if (fw.completedTasks.size() > MaxCompletedTasks)
        fw.completedTasks.removeFirst();
}

int SimCluster::taskCountOn(const QString &agentId) const
{
    int n = 0;
    for (const SimFramework &fw : m_frameworks) {
        for (const SimTask &t : fw.tasks)
            n += t.agentId == agentId ? 1 : 0;
    }
    return n;
}

void SimCluster::registerAgent(int host, const QString &reuseId)
{
    const Scenario::AgentSpec &spec = m_hosts[host];
    const int machine = machineIndexFor(MachineId::of(spec.hostname, spec.ip), true);
    m_hostMachine[host] = machine;
    if (m_machines[machine].mode == MachineMode::Down)
        return; // "Machine is `DOWN`": the master shuts the agent down
    SimAgent agent;
    agent.id = reuseId.isEmpty() ? m_masterId + u"-S%1"_s.arg(m_agentSerial++) : reuseId;
    agent.host = host;
    agent.registeredSecs = double(m_now) / 1e9;
    m_agentIndex.insert(agent.id, host);
    m_agents[size_t(host)] = agent;
    touch();
    Q_EMIT agentAdded(*m_agents[size_t(host)]);
}

void SimCluster::removeAgent(int host, TaskState taskState, const char *reason,
                             const QString &message, bool announce)
{
    const QString agentId = m_agents[size_t(host)]->id;
    for (int f = 0; f < m_frameworks.size(); ++f) {
        QList<SimTask> &tasks = m_frameworks[f].tasks;
        for (qsizetype i = tasks.size() - 1; i >= 0; --i) {
            if (tasks[i].agentId == agentId)
                finishTask(f, i,
                           SimTaskStatus {taskState, double(m_now) / 1e9, "SOURCE_MASTER", reason,
                                          message});
        }
    }
    m_agentIndex.remove(agentId);
    m_agents[size_t(host)].reset();
    touch();
    if (announce)
        Q_EMIT agentRemoved(agentId);
}

std::optional<SimError> SimCluster::drainAgent(const QString &agentId,
                                               std::optional<qint64> maxGraceNs, bool markGone,
                                               bool authorized)
{
    SimAgent *agent = agentById(agentId);
    if (agent) {
        const MachineId machine = machineOf(*agent);
        for (const MaintenanceWindow &w : std::as_const(m_schedule.windows)) {
            for (const MachineId &id : w.machines) {
                if (id == machine)
                    return SimError {
                        400,
                        u"Agent %1 is part of a maintenance schedule under Machine %2"_s.arg(
                            agentId, id.displayName())};
            }
        }
    }
    if (!authorized)
        return SimError {403, u"403 Forbidden."_s};
    if (!agent)
        return SimError {400, u"Unknown agent"_s};
    agent->drain = DrainInfo {DrainInfo::State::Draining, maxGraceNs, markGone};
    agent->deactivated = true;
    ++agent->revision;
    agent->drainStartNs = m_now;
    agent->outstandingOffers.clear();
    ++agent->epoch;
    schedule(m_now, {Action::Kind::DrainKill, agent->host, -1, agent->epoch});
    touch();
    return std::nullopt;
}

void SimCluster::drainStep(SimAgent &agent)
{
    if (!agent.drain || agent.drain->state != DrainInfo::State::Draining)
        return;
    const bool gone = agent.drain->markGone;
    const qint64 deadline = agent.drain->maxGracePeriodNs
        ? Saturating::add(agent.drainStartNs, *agent.drain->maxGracePeriodNs)
        : std::numeric_limits<qint64>::max();
    const bool killAll = m_now >= deadline;
    bool killed = false;
    for (int f = 0; f < m_frameworks.size(); ++f) {
        QList<SimTask> &tasks = m_frameworks[f].tasks;
        for (qsizetype i = tasks.size() - 1; i >= 0 && (killAll || !killed); --i) {
            if (tasks[i].agentId != agent.id)
                continue;
            finishTask(f, i,
                       SimTaskStatus {gone ? TaskState::GoneByOperator : TaskState::Killed,
                                      double(m_now) / 1e9,
                                      "SOURCE_EXECUTOR",
                                      nullptr,
                                      {}});
            killed = true;
        }
    }
    touch();
    if (taskCountOn(agent.id) > 0) {
        schedule(qMin(m_now + DrainKillStepNs, deadline),
                 {Action::Kind::DrainKill, agent.host, -1, agent.epoch});
        return;
    }
    if (gone) {
        const int host = agent.host;
        ++m_hostSequence[host];
        removeAgent(host, TaskState::GoneByOperator, nullptr, QString(), false);
        return;
    }
    agent.drain->state = DrainInfo::State::Drained;
    ++agent.revision;
}

std::optional<SimError> SimCluster::deactivateAgent(const QString &agentId, bool authorized)
{
    if (!authorized)
        return SimError {403, u"403 Forbidden."_s};
    SimAgent *agent = agentById(agentId);
    if (!agent)
        return SimError {400, u"Unknown agent"_s};
    agent->deactivated = true;
    ++agent->revision;
    agent->outstandingOffers.clear();
    touch();
    return std::nullopt;
}

std::optional<SimError> SimCluster::reactivateAgent(const QString &agentId, bool authorized)
{
    if (!authorized)
        return SimError {403, u"403 Forbidden."_s};
    SimAgent *agent = agentById(agentId);
    if (!agent || !agent->deactivated)
        return SimError {400, u"Agent is not deactivated"_s};
    if (agent->drain && agent->drain->state == DrainInfo::State::Draining)
        return SimError {400, u"Agent is still in the DRAINING state"_s};
    agent->drain.reset();
    agent->deactivated = false;
    ++agent->revision;
    touch();
    return std::nullopt;
}
