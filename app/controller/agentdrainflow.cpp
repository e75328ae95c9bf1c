#include "controller/agentdrainflow.h"

#include "controller/userprompts.h"
#include "durationspec.h"
#include "live/livesnapshot.h"
#include "monitor/clustermonitor.h"
#include "net/masterclient.h"
#include "saturating.h"

#include <QNetworkAccessManager>

using Action = AgentDrainRequest::Action;

AgentDrainFlow::AgentDrainFlow(MasterClient *client, ClusterMonitor *monitor, UserPrompts *prompts,
                               QObject *parent)
    : QObject(parent)
    // The flow keeps the endpoint it started with, whatever the window connects to meanwhile.
    , m_client(new MasterClient(new QNetworkAccessManager(this), this))
    , m_monitor(monitor)
    , m_prompts(prompts)
{
    m_client->setEndpoint(client->endpoint());
}

QString AgentDrainFlow::title() const
{
    switch (m_request.action) {
    case Action::Drain:
        return m_request.markGone ? tr("Drain agent and mark it gone") : tr("Drain agents");
    case Action::Deactivate:
        return tr("Deactivate agents");
    case Action::Reactivate:
        return tr("Reactivate agents");
    }
    return QString();
}

void AgentDrainFlow::start(const QList<MachineId> &machines, const AgentDrainRequest &request)
{
    m_machines = machines;
    m_request = request;
    const LiveSnapshot *snapshot = m_monitor ? m_monitor->snapshot() : nullptr;
    if (!snapshot) {
        m_prompts->showProblem(title(), tr("Connect to a master first."));
        return done(false);
    }
    if (!collect(*snapshot) || !confirm())
        return done(false);
    m_sent = true;
    m_prompts->setBusy(tr("%1…").arg(title()));
    sendNext();
}

QString AgentDrainFlow::refusal(const Agent &agent, const LiveSnapshot &snapshot) const
{
    const bool draining = agent.drainInfo && agent.drainInfo->state == DrainInfo::State::Draining;
    switch (m_request.action) {
    case Action::Drain:
        // src/master/http.cpp drainAgent: a scheduled machine is maintenance's, not draining's.
        for (const MaintenanceWindow &w : snapshot.schedule.windows) {
            for (const MachineId &id : w.machines) {
                if (id == agent.machineId())
                    return QStringLiteral(
                               "Agent %1 is part of a maintenance schedule under Machine %2")
                        .arg(agent.id, id.displayName());
            }
        }
        return QString();
    case Action::Deactivate:
        return QString();
    case Action::Reactivate:
        // The master's own words (src/master/http.cpp _reactivateAgent), like its answers.
        if (!agent.deactivated && !agent.drainInfo)
            return QStringLiteral("Agent is not deactivated");
        if (draining)
            return QStringLiteral("Agent is still in the DRAINING state");
        return QString();
    }
    return QString();
}

bool AgentDrainFlow::collect(const LiveSnapshot &snapshot)
{
    if (m_machines.isEmpty()) {
        m_prompts->showProblem(title(), tr("Select the machines whose agents to change."));
        return false;
    }
    if (m_request.markGone && m_machines.size() != 1) {
        m_prompts->showProblem(title(),
                               tr("Marking agents gone cannot be undone: do it one "
                                  "machine at a time, typing its hostname to confirm."));
        return false;
    }
    QStringList refused;
    for (const MachineId &machine : std::as_const(m_machines)) {
        const QList<Agent> agents = AgentDrain::onMachine(snapshot.cluster.agents, machine);
        if (agents.isEmpty())
            refused << tr("%1: no agent is registered there").arg(machine.displayName());
        for (const Agent &a : agents) {
            if (const QString why = refusal(a, snapshot); !why.isEmpty())
                refused << tr("%1: %2").arg(machine.displayName(), why);
            else
                m_agents.append(a);
        }
    }
    if (!refused.isEmpty()) {
        m_prompts->showProblem(title(), tr("The master would refuse this; nothing was sent."),
                               refused.join(QLatin1Char('\n')));
        return false;
    }
    return true;
}

bool AgentDrainFlow::confirm()
{
    QStringList lines;
    qint64 tasks = 0;
    for (const Agent &a : std::as_const(m_agents)) {
        tasks = Saturating::add(tasks, a.taskCount);
        const int n = int(qMin<qint64>(a.taskCount, std::numeric_limits<int>::max()));
        switch (m_request.action) {
        case Action::Drain:
            lines << tr("%1 (agent %2): %n task(s) will be killed", nullptr, n)
                         .arg(a.machineId().displayName(), a.id);
            break;
        case Action::Deactivate:
            lines << tr("%1 (agent %2): no new offers; %n task(s) keep running", nullptr, n)
                         .arg(a.machineId().displayName(), a.id);
            break;
        case Action::Reactivate:
            lines << tr("%1 (agent %2): gets offers again").arg(a.machineId().displayName(), a.id);
            break;
        }
    }
    const int count = int(m_agents.size());
    const QString details = lines.join(QLatin1Char('\n'));
    switch (m_request.action) {
    case Action::Drain: {
        const QString grace = m_request.maxGracePeriodNs
            ? tr("each within its kill grace period, at most %1")
                  .arg(DurationSpec::format(*m_request.maxGracePeriodNs))
            : tr("each within its own kill grace period");
        QString text = tr("Drain %n agent(s)? Their %1 running task(s) are killed (%2); frameworks "
                          "are not asked.",
                          nullptr, count)
                           .arg(tasks)
                           .arg(grace);
        if (!m_request.markGone)
            return m_prompts->confirm(
                title(),
                text + QLatin1Char(' ')
                    + tr("The agents stay deactivated until you reactivate them."),
                details, tr("Drain"));
        const QString host = m_machines.first().hostname.value_or(m_machines.first().ipOrEmpty());
        text += QLatin1Char(' ')
            + tr("Once drained, the agents are marked gone: removed from the cluster for good. "
                 "This cannot be undone.");
        return m_prompts->confirmTyped(title(), text, details, host, tr("Drain and Mark Gone"));
    }
    case Action::Deactivate:
        return m_prompts->confirm(title(),
                                  tr("Deactivate %n agent(s)? They get no new offers; their %1 "
                                     "running task(s) keep running.",
                                     nullptr, count)
                                      .arg(tasks),
                                  details, tr("Deactivate"));
    case Action::Reactivate:
        return m_prompts->confirm(title(), tr("Reactivate %n agent(s)?", nullptr, count), details,
                                  tr("Reactivate"));
    }
    return false;
}

void AgentDrainFlow::sendNext()
{
    if (m_next >= m_agents.size()) {
        const int ok = int(m_agents.size() - m_failures.size());
        if (m_failures.isEmpty()) {
            m_prompts->showInfo(title(),
                                m_request.action == Action::Drain
                                    ? tr("%n agent(s) are draining.", nullptr, ok)
                                    : m_request.action == Action::Deactivate
                                    ? tr("%n agent(s) are deactivated.", nullptr, ok)
                                    : tr("%n agent(s) are active again.", nullptr, ok));
        } else {
            m_prompts->showProblem(
                title(),
                tr("The master refused %n of the agents.", nullptr, int(m_failures.size())),
                m_failures.join(QLatin1Char('\n')));
        }
        return done(m_failures.isEmpty());
    }
    const Agent &agent = m_agents.at(m_next++);
    const auto next = [this, id = agent.id](const MasterError &e) {
        if (e.isError())
            m_failures << tr("%1: %2").arg(
                id, e.kind == MasterError::Kind::Rejected ? e.message : e.describe());
        sendNext();
    };
    switch (m_request.action) {
    case Action::Drain:
        m_client->drainAgent(agent.id, m_request.maxGracePeriodNs, m_request.markGone, this, next);
        break;
    case Action::Deactivate:
        m_client->deactivateAgent(agent.id, this, next);
        break;
    case Action::Reactivate:
        m_client->reactivateAgent(agent.id, this, next);
        break;
    }
}

void AgentDrainFlow::done(bool applied)
{
    m_prompts->clearBusy();
    if (m_sent && m_monitor)
        m_monitor->refreshNow();
    Q_EMIT finished(applied);
    deleteLater();
}
