#include "simcluster.h"

#include "maintenancevalidator.h"
#include "simclock.h"
#include "simlogging.h"
#include "json/schedulecodec.h"

#include <QUuid>

using namespace Qt::StringLiterals;

SimCluster::SimCluster(const Scenario &scenario, const SimClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_now(clock->nowNs())
    , m_startNs(m_now)
    , m_hosts(scenario.agents)
{
    QByteArray seed = "slipway-sim:" + QByteArray::number(m_hosts.size());
    for (const auto &h : std::as_const(m_hosts).first(qMin<qsizetype>(m_hosts.size(), 8)))
        seed += ':' + h.hostname.toUtf8();
    m_masterId = QUuid::createUuidV5(QUuid(), seed).toString(QUuid::WithoutBraces);

    m_agents.resize(size_t(m_hosts.size()));
    m_hostMachine.fill(-1, m_hosts.size());
    m_hostSequence.fill(0, m_hosts.size());
    QHash<QString, int> hostByName;
    for (int h = 0; h < m_hosts.size(); ++h) {
        hostByName.insert(m_hosts[h].hostname, h);
        registerAgent(h);
    }
    for (int f = 0; f < scenario.frameworks.size(); ++f) {
        const Scenario::FrameworkSpec &spec = scenario.frameworks[f];
        SimFramework fw;
        fw.id = m_masterId + u"-%1"_s.arg(f, 4, 10, QChar(u'0'));
        fw.name = spec.name;
        fw.policy = spec.policy;
        fw.planAware = spec.planAware;
        fw.registeredNs = m_now;
        m_frameworks.append(fw);
        for (const Scenario::Placement &p : spec.tasks) {
            const int host = hostByName.value(p.agent, -1);
            for (int i = 0; host >= 0 && i < p.count; ++i)
                launchTask(f, host, spec.name);
        }
    }
    if (scenario.schedule) {
        if (auto error = updateSchedule(*scenario.schedule))
            qCWarning(lcSim) << "scenario schedule refused:" << error->message;
    }
    m_events = scenario.events;
    for (int e = 0; e < m_events.size(); ++e)
        schedule(m_startNs + m_events[e].atNs, {Action::Kind::ScenarioEvent, -1, e, 0});
}

MachineId SimCluster::machineOf(const SimAgent &agent) const
{
    return MachineId::of(m_hosts[agent.host].hostname, m_hosts[agent.host].ip);
}

const SimAgent *SimCluster::agent(const QString &agentId) const
{
    const auto it = m_agentIndex.constFind(agentId);
    return it == m_agentIndex.cend() ? nullptr : &*m_agents[size_t(*it)];
}

SimAgent *SimCluster::agentById(const QString &agentId)
{
    const auto it = m_agentIndex.constFind(agentId);
    return it == m_agentIndex.cend() ? nullptr : &*m_agents[size_t(*it)];
}

int SimCluster::machineIndexFor(const MachineId &id, bool create)
{
    if (const auto it = m_machineIndex.constFind(id); it != m_machineIndex.cend())
        return *it;
    if (!create)
        return -1;
    m_machines.append(MachineEntry {id, MachineMode::Up, std::nullopt});
    m_machineIndex.insert(id, int(m_machines.size() - 1));
    return int(m_machines.size() - 1);
}

QList<int> SimCluster::hostsOn(int machineIndex) const
{
    QList<int> hosts;
    for (int h = 0; h < m_hostMachine.size(); ++h) {
        if (m_hostMachine[h] == machineIndex)
            hosts.append(h);
    }
    return hosts;
}

std::optional<SimError> SimCluster::updateSchedule(const Schedule &schedule, bool authorized)
{
    QList<MachineId> down;
    for (const MachineEntry &m : std::as_const(m_machines)) {
        if (m.mode == MachineMode::Down)
            down.append(m.key);
    }
    if (auto error = MaintenanceValidator::checkSchedule(schedule, down))
        return SimError {400, error->message};
    if (!authorized && schedule.machineCount() > 0) // `{}` involves no machine, so no check
        return SimError {403, u"403 Forbidden."_s};

    QList<bool> affected(m_machines.size(), false);
    QList<bool> kept(m_machines.size(), false);
    for (const MaintenanceWindow &w : schedule.windows) {
        for (const MachineId &id : w.machines) {
            const int index = machineIndexFor(id, true);
            affected.resize(m_machines.size(), false);
            kept.resize(m_machines.size(), false);
            MachineEntry &entry = m_machines[index];
            if (entry.mode == MachineMode::Up)
                entry.mode = MachineMode::Draining;
            entry.unavailability = w.unavailability;
            affected[index] = kept[index] = true;
        }
    }
    for (int i = 0; i < m_machines.size(); ++i) {
        if (!kept[i] && m_machines[i].mode == MachineMode::Draining) {
            m_machines[i].mode = MachineMode::Up;
            m_machines[i].unavailability.reset();
            affected[i] = true;
        }
    }
    m_schedule = schedule;
    for (int h = 0; h < m_hosts.size(); ++h) {
        const int machine = m_hostMachine[h];
        if (machine < 0 || !affected[machine] || !m_agents[size_t(h)])
            continue;
        SimAgent &agent = *m_agents[size_t(h)];
        resetAllocatorState(agent);
        if (m_machines[machine].mode == MachineMode::Draining)
            sendInverseOffers(agent);
    }
    touch();
    Q_EMIT maintenanceChanged();
    return std::nullopt;
}

// The per-machine checks of `_startMaintenance` / `_stopMaintenance`, in the master's order: list
// validation, then for each machine "known", "right mode", "authorized" (API.md §4.2).
std::optional<SimError> SimCluster::checkTransition(const QList<MachineId> &machines, bool down,
                                                    bool authorized, QList<int> &indexes)
{
    if (auto error = MaintenanceValidator::checkMachineList(machines))
        return SimError {400, error->message};
    for (const MachineId &id : machines) {
        const int index = machineIndexFor(id, false);
        if (index < 0)
            return SimError {400,
                             u"Machine '"_s + ScheduleCodec::machineIdJson(id)
                                 + u"' is not part of a maintenance schedule"_s};
        const MachineMode required = down ? MachineMode::Draining : MachineMode::Down;
        if (m_machines[index].mode != required)
            return SimError {400,
                             u"Machine '"_s + ScheduleCodec::machineIdJson(id)
                                 + (down ? u"' is not in DRAINING mode and cannot be brought down"_s
                                         : u"' is not in DOWN mode and cannot be brought up"_s)};
        if (!authorized)
            return SimError {403, u"403 Forbidden."_s};
        indexes.append(index);
    }
    return std::nullopt;
}

std::optional<SimError> SimCluster::startMaintenance(const QList<MachineId> &machines,
                                                     bool authorized)
{
    QList<int> indexes;
    if (auto error = checkTransition(machines, true, authorized, indexes))
        return error;
    for (const int index : std::as_const(indexes)) {
        for (const int host : hostsOn(index)) {
            ++m_hostSequence[host]; // cancels a pending registration
            if (m_agents[size_t(host)]) {
                removeAgent(host, TaskState::Lost, "REASON_SLAVE_REMOVED",
                            u"Agent %1 removed: Operator initiated 'Machine DOWN'"_s.arg(
                                m_hosts[host].hostname),
                            true);
            }
        }
        m_machines[index].mode = MachineMode::Down;
    }
    touch();
    Q_EMIT maintenanceChanged();
    return std::nullopt;
}

std::optional<SimError> SimCluster::stopMaintenance(const QList<MachineId> &machines,
                                                    bool authorized)
{
    QList<int> indexes;
    if (auto error = checkTransition(machines, false, authorized, indexes))
        return error;
    for (const int index : std::as_const(indexes)) {
        MachineEntry &entry = m_machines[index];
        entry.mode = MachineMode::Up;
        entry.unavailability.reset();
        for (auto w = m_schedule.windows.begin(); w != m_schedule.windows.end();) {
            w->machines.removeIf([&](const MachineId &id) { return id == entry.key; });
            w = w->machines.isEmpty() ? m_schedule.windows.erase(w) : w + 1;
        }
        for (const int host : hostsOn(index)) {
            if (!m_agents[size_t(host)]) {
                schedule(m_now + ReregisterDelayNs,
                         {Action::Kind::Register, host, -1, quint64(++m_hostSequence[host])});
            }
        }
    }
    touch();
    Q_EMIT maintenanceChanged();
    return std::nullopt;
}

MaintenanceStatus SimCluster::maintenanceStatus() const
{
    MaintenanceStatus status;
    QHash<int, QList<int>> hostsByMachine;
    for (int h = 0; h < m_hostMachine.size(); ++h) {
        if (m_hostMachine[h] >= 0 && m_agents[size_t(h)]
            && m_machines[m_hostMachine[h]].mode == MachineMode::Draining)
            hostsByMachine[m_hostMachine[h]].append(h);
    }
    for (int i = 0; i < m_machines.size(); ++i) {
        const MachineEntry &m = m_machines[i];
        if (m.mode == MachineMode::Down) {
            status.down.append(m.key);
        } else if (m.mode == MachineMode::Draining) {
            DrainingMachine d {m.key, {}};
            for (const int host : hostsByMachine.value(i)) {
                const SimAgent &agent = *m_agents[size_t(host)];
                for (int f = 0; f < m_frameworks.size(); ++f) {
                    if (const auto it = agent.answers.constFind(f); it != agent.answers.cend())
                        d.statuses.append(*it);
                }
            }
            status.draining.append(d);
        }
    }
    return status;
}

void SimCluster::restore(const Schedule &schedule, const QList<MachineEntry> &machines)
{
    // The registry wins over the scenario: start from a table with every machine UP.
    for (MachineEntry &m : m_machines) {
        m.mode = MachineMode::Up;
        m.unavailability.reset();
    }
    for (auto &slot : m_agents) {
        if (slot)
            resetAllocatorState(*slot);
    }
    for (const MachineEntry &m : machines) {
        const int index = machineIndexFor(m.key, true);
        m_machines[index].mode = m.mode;
        m_machines[index].unavailability = m.unavailability;
        if (m.mode != MachineMode::Down)
            continue;
        for (const int host : hostsOn(index)) {
            if (m_agents[size_t(host)])
                removeAgent(host, TaskState::Lost, "REASON_SLAVE_REMOVED",
                            u"Agent %1 removed: Operator initiated 'Machine DOWN'"_s.arg(
                                m_hosts[host].hostname),
                            false);
        }
    }
    m_schedule = schedule;
    for (int h = 0; h < m_hosts.size(); ++h) {
        const int machine = m_hostMachine[h];
        if (machine >= 0 && m_agents[size_t(h)]
            && m_machines[machine].mode == MachineMode::Draining)
            sendInverseOffers(*m_agents[size_t(h)]);
    }
    touch();
}
