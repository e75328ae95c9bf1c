// SimCluster, part three: the scenario's events over simulated time (agents that disconnect and
// come back, frameworks that register or are torn down, tasks launched, an operator's machine
// down/up, a schedule posted by someone else).

#include "simcluster.h"

#include "simlogging.h"

using namespace Qt::StringLiterals;

int SimCluster::hostByName(const QString &hostname) const
{
    for (int h = 0; h < m_hosts.size(); ++h) {
        if (m_hosts[h].hostname == hostname)
            return h;
    }
    return -1;
}

int SimCluster::frameworkByName(const QString &name) const
{
    for (int f = 0; f < m_frameworks.size(); ++f) {
        if (!m_frameworks[f].removed && m_frameworks[f].name == name)
            return f;
    }
    return -1;
}

void SimCluster::runEvent(const Scenario::Event &event)
{
    using Kind = Scenario::Event::Kind;
    const int host = event.agent.isEmpty() ? -1 : hostByName(event.agent);
    const auto machineOfHost = [this, host] {
        return MachineId::of(m_hosts[host].hostname, m_hosts[host].ip);
    };
    std::optional<SimError> error;
    switch (event.kind) {
    case Kind::Disconnect:
        disconnectAgent(host);
        break;
    case Kind::Reconnect:
        reconnectAgent(host);
        break;
    case Kind::FrameworkAdded:
        addFramework(event.added);
        break;
    case Kind::FrameworkRemoved:
        removeFramework(event.framework);
        break;
    case Kind::Tasks: {
        const int framework = frameworkByName(event.framework);
        if (framework < 0)
            qCWarning(lcSim) << "event: no framework" << event.framework;
        else
            addTasks(host, framework, event.count);
        break;
    }
    case Kind::Down:
        error = startMaintenance({machineOfHost()});
        break;
    case Kind::Up:
        error = stopMaintenance({machineOfHost()});
        break;
    case Kind::Schedule:
        error = updateSchedule(event.schedule);
        break;
    }
    if (error)
        qCWarning(lcSim) << "event refused:" << error->message;
}

// The agent's connection drops: it stays registered but inactive (no event: the master sends
// none for a disconnection) and becomes unreachable unless it returns in time.
void SimCluster::disconnectAgent(int host)
{
    auto &slot = m_agents[size_t(host)];
    if (!slot || slot->disconnected)
        return;
    slot->disconnected = true;
    ++slot->revision;
    schedule(m_now + UnreachableAfterNs,
             {Action::Kind::Unreachable, host, -1, quint64(++m_hostSequence[host])});
    touch();
}

// Unreachable: out of the agent lists, its tasks lost, and still no AGENT_REMOVED (API.md §6.13).
void SimCluster::markUnreachable(int host)
{
    auto &slot = m_agents[size_t(host)];
    if (!slot || !slot->disconnected)
        return;
    const QString id = slot->id;
    removeAgent(host, TaskState::Lost, "REASON_SLAVE_REMOVED",
                u"Agent %1 is unreachable"_s.arg(m_hosts[host].hostname), false);
    m_unreachable.insert(host, id);
}

void SimCluster::reconnectAgent(int host)
{
    ++m_hostSequence[host]; // cancels the pending unreachable
    auto &slot = m_agents[size_t(host)];
    if (slot) {
        if (slot->disconnected) {
            slot->disconnected = false;
            ++slot->revision;
            touch();
        }
        return;
    }
    // Back from unreachable: added again under its old ID (AGENT_ADDED).
    if (m_unreachable.contains(host))
        registerAgent(host, m_unreachable.take(host));
}

void SimCluster::addFramework(const Scenario::FrameworkSpec &spec)
{
    int f = frameworkByName(spec.name);
    const bool update = f >= 0;
    if (!update) {
        SimFramework fw;
        fw.id = m_masterId + u"-%1"_s.arg(m_frameworks.size(), 4, 10, QChar(u'0'));
        fw.name = spec.name;
        fw.registeredNs = m_now;
        m_frameworks.append(fw);
        f = int(m_frameworks.size() - 1);
    } else {
        m_frameworks[f].reregisteredNs = m_now; // a failover: subscribed again
    }
    m_frameworks[f].policy = spec.policy;
    m_frameworks[f].planAware = spec.planAware;
    touch();
    if (update)
        Q_EMIT frameworkUpdated(f);
    else
        Q_EMIT frameworkAdded(f);
    for (const Scenario::Placement &p : spec.tasks) {
        const int host = hostByName(p.agent);
        if (host >= 0)
            addTasks(host, f, p.count);
    }
}

// Teardown: the framework's tasks are killed, its inverse offers and answers dropped.
void SimCluster::removeFramework(const QString &name)
{
    const int f = frameworkByName(name);
    if (f < 0) {
        qCWarning(lcSim) << "event: no framework" << name;
        return;
    }
    QList<SimTask> &tasks = m_frameworks[f].tasks;
    while (!tasks.isEmpty())
        finishTask(f, tasks.size() - 1,
                   SimTaskStatus {TaskState::Killed, double(m_now) / 1e9, "SOURCE_MASTER",
                                  "REASON_FRAMEWORK_REMOVED", u"Framework removed"_s});
    for (auto &slot : m_agents) {
        if (slot) {
            slot->answers.remove(f);
            slot->outstandingOffers.removeAll(f);
        }
    }
    m_frameworks[f].removed = true;
    touch();
    Q_EMIT frameworkRemoved(f);
}

void SimCluster::addTasks(int host, int framework, int count)
{
    auto &slot = m_agents[size_t(host)];
    if (!slot) {
        qCWarning(lcSim) << "event: no agent registered on" << m_hosts[host].hostname;
        return;
    }
    for (int i = 0; i < count; ++i)
        launchTask(framework, host, m_frameworks[framework].name);
    offerIfDraining(*slot, framework);
}

// A framework that gains tasks on a draining agent is sent an inverse offer there, as the
// allocator does on its next cycle.
void SimCluster::offerIfDraining(SimAgent &agent, int framework)
{
    const int machine = m_hostMachine[agent.host];
    if (machine < 0 || m_machines[machine].mode != MachineMode::Draining || agent.deactivated
        || agent.outstandingOffers.contains(framework))
        return;
    if (const auto answer = agent.answers.constFind(framework); answer != agent.answers.cend()) {
        // It agreed already: the new tasks move too.
        if (answer->answer == InverseOfferStatus::Answer::Accept)
            schedule(m_now + MigrationStepNs,
                     {Action::Kind::Migrate, agent.host, framework, agent.epoch});
        return;
    }
    agent.outstandingOffers.append(framework);
    const FrameworkPolicy &policy = m_frameworks[framework].policy;
    if (policy.kind == FrameworkPolicy::Kind::Silent)
        return;
    const qint64 delay = policy.delayNs ? *policy.delayNs : 2 * Second;
    schedule(m_now + delay, {Action::Kind::Answer, agent.host, framework, agent.epoch});
}
