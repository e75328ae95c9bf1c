#pragma once

#include "agent.h"

#include <QCoreApplication>
#include <QMetaType>

#include <optional>

/// What an operator asks of machines' agents (API.md §6.11–6.12).
struct AgentDrainRequest
{
    enum class Action { Drain, Deactivate, Reactivate };
    Action action = Action::Drain;
    std::optional<qint64> maxGracePeriodNs; ///< Drain: the cap on each task's kill grace period
    bool markGone = false; ///< Drain: remove the agent for good once drained (irreversible)
};
Q_DECLARE_METATYPE(AgentDrainRequest)

/// What agent draining (DRAIN_AGENT, DEACTIVATE_AGENT; API.md §7) has done to a machine's
/// agents, as the tables and the timeline mark it. Separate from the maintenance mode: a machine
/// can be UP in the schedule's sense while its agent drains. For a machine with several agents,
/// the most telling state wins: draining, then drained, then deactivated.
class AgentDrain
{
    Q_DECLARE_TR_FUNCTIONS(AgentDrain)

public:
    enum class State { None, Deactivated, Drained, Draining };

    static State of(const Agent &agent);
    static State combine(State a, State b) { return int(a) >= int(b) ? a : b; }
    /// "agent draining", "agent drained", "agent deactivated" (translated); empty for None.
    static QString name(State state);

    /// The agents @p agentOrHost names: the agent with that ID, else every agent whose hostname
    /// it is (ignoring ASCII case, as the master compares hostnames).
    static QList<Agent> named(const QList<Agent> &agents, const QString &agentOrHost);
    /// The agents registered on @p machine (the master's MachineID equality).
    static QList<Agent> onMachine(const QList<Agent> &agents, const MachineId &machine);
};
