#pragma once

#include "machineid.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Scalar resources of an agent (what the console shows; ranges such as ports are left out).
struct Resources
{
    double cpus = 0;
    double mem = 0;
    double disk = 0;
    double gpus = 0;

    friend bool operator==(const Resources &, const Resources &) = default;
};

/// Agent draining (DRAIN_AGENT), a feature separate from maintenance modes (API.md §7).
struct DrainInfo
{
    enum class State { Unknown, Draining, Drained };
    State state = State::Unknown;
    std::optional<qint64> maxGracePeriodNs;
    bool markGone = false;

    friend bool operator==(const DrainInfo &, const DrainInfo &) = default;
};

/// A registered agent as the console needs it.
struct Agent
{
    QString id;
    QString hostname;
    QString ip; ///< from the agent's libprocess PID; what MachineID matching uses
    int port = 5051;
    QString region;
    QString zone;
    /// Text and scalar attributes (`rack` → `r12`); scalars written as QString::number() does.
    QHash<QString, QString> attributes;
    Resources resources;
    Resources usedResources;
    bool active = true;
    bool deactivated = false;
    std::optional<DrainInfo> drainInfo;
    qint64 taskCount = 0; ///< tasks in a non-terminal state (as reported: summed in 64 bits)
    QStringList frameworkIds; ///< frameworks with tasks on this agent
    /// Live tasks of each of frameworkIds, in the same order; empty when the source does not
    /// count per framework (the v0 state summary has per-agent totals only).
    QList<int> frameworkTaskCounts;

    MachineId machineId() const { return MachineId::of(hostname, ip); }
    /// Whether frameworkTaskCounts holds a count for each of frameworkIds.
    bool countsPerFramework() const { return frameworkTaskCounts.size() == frameworkIds.size(); }
    /// Adds this agent's frameworks to those of the other agents of its machine, each once, and
    /// their task counts to the machine's (which become unknown, empty, unless every agent
    /// counted per framework).
    void addFrameworksTo(QStringList &machineFrameworks, QList<int> &machineCounts) const;
    /// The same without the counts.
    void addFrameworksTo(QStringList &machineFrameworks) const;
    /// The IP inside a PID such as `slave(1)@10.0.0.7:5051`; empty if it has none.
    static QString ipFromPid(const QString &pid);

    friend bool operator==(const Agent &, const Agent &) = default;
};
