#include "live/agentdrain.h"

AgentDrain::State AgentDrain::of(const Agent &agent)
{
    if (agent.drainInfo) {
        switch (agent.drainInfo->state) {
        case DrainInfo::State::Draining:
            return State::Draining;
        case DrainInfo::State::Drained:
            return State::Drained;
        case DrainInfo::State::Unknown:
            break;
        }
    }
    return agent.deactivated ? State::Deactivated : State::None;
}

QString AgentDrain::name(State state)
{
    switch (state) {
    case State::None:
        return QString();
    case State::Deactivated:
        return tr("agent deactivated");
    case State::Drained:
        return tr("agent drained");
    case State::Draining:
        return tr("agent draining");
    }
    return QString();
}

QList<Agent> AgentDrain::named(const QList<Agent> &agents, const QString &agentOrHost)
{
    for (const Agent &a : agents) {
        if (a.id == agentOrHost)
            return {a};
    }
    QList<Agent> found;
    const QString host = asciiLower(agentOrHost);
    for (const Agent &a : agents) {
        if (asciiLower(a.hostname) == host)
            found.append(a);
    }
    return found;
}

QList<Agent> AgentDrain::onMachine(const QList<Agent> &agents, const MachineId &machine)
{
    QList<Agent> found;
    for (const Agent &a : agents) {
        if (a.machineId() == machine)
            found.append(a);
    }
    return found;
}
