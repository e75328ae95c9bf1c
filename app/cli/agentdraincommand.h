#pragma once

#include "cli/clioutput.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class MasterClient;
class TerminalPrompt;
struct Agent;
struct LiveSnapshot;

/// `slipwayctl drain AGENT [--grace DURATION] [--mark-gone] [--yes]` and
/// `slipwayctl reactivate AGENT` (v1 DRAIN_AGENT / REACTIVATE_AGENT, API.md §6.11–6.12). AGENT is
/// an agent ID or a hostname; a hostname with several agents is refused, listing their IDs. The
/// master's refusals are checked first from the live state, then what will happen is printed
/// (tasks killed; for --mark-gone that it cannot be undone) and confirmed: y/N, or for
/// --mark-gone the hostname typed.
class AgentDrainCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgentDrainCommand)

public:
    enum class Kind { Drain, Reactivate };

    Kind kind = Kind::Drain;
    QString agent; ///< an agent ID or a hostname
    std::optional<qint64> maxGracePeriodNs;
    bool markGone = false;
    bool yes = false;

    /// From the command line: `drain|reactivate AGENT`, the --grace value (null when not
    /// given) and --mark-gone; nothing after saying what is wrong on stderr.
    static std::optional<AgentDrainCommand>
    fromArguments(const QStringList &args, const QString &grace, bool markGone, CliOutput io);
    int run(MasterClient &client, TerminalPrompt &prompt, CliOutput io) const;

private:
    /// The one agent `agent` names; nullptr after saying why (@p exit: the code to return).
    const Agent *resolve(const LiveSnapshot &snapshot, CliOutput io, int &exit) const;
    QString refusal(const Agent &agent, const LiveSnapshot &snapshot) const;
    void printPlan(const Agent &agent, QTextStream &out) const;
    bool confirm(const Agent &agent, TerminalPrompt &prompt, CliOutput io, int &exit) const;
};
