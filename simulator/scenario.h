#pragma once

#include "schedule.h"
#include "json/result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

/// How a simulated framework answers inverse offers.
struct FrameworkPolicy
{
    enum class Kind { Accept, Decline, Silent };
    Kind kind = Kind::Accept;
    /// Simulated delay before answering; unset means "within 5 s" (accept and decline).
    std::optional<qint64> delayNs;

    /// `accept`, `decline`, `silent`, `accept-after:90s`, `decline-after:2m` (ms, s, m, h).
    static std::optional<FrameworkPolicy> parse(const QString &text);
    QString toString() const;

    friend bool operator==(const FrameworkPolicy &, const FrameworkPolicy &) = default;
};

/// What the simulated master starts from: machines with one agent each, frameworks with tasks on
/// them, and optionally a schedule. Read from a JSON file or generated from a seed.
struct Scenario
{
    /// An agent attribute: text (`"rack":"r12"`) or scalar (`"level":3`).
    struct Attribute
    {
        QString name;
        QString text;
        std::optional<double> scalar;

        friend bool operator==(const Attribute &, const Attribute &) = default;
    };
    struct AgentSpec
    {
        QString hostname;
        QString ip;
        int port = 5051;
        QString region;
        QString zone;
        double cpus = 8;
        double mem = 32768;
        double disk = 100000;
        QList<Attribute> attributes; ///< by name, as the master's JSON object keeps them
    };
    struct Placement
    {
        QString agent; ///< hostname of an AgentSpec
        int count = 1;
    };
    struct FrameworkSpec
    {
        QString name;
        FrameworkPolicy policy;
        /// Where it moves tasks off a draining machine: plan-aware frameworks (`"placement":
        /// "aware"`, like Aurora or Marathon declining offers) avoid agents with an
        /// unavailability while others have room; unaware ones (the default) take the UP agent
        /// with the most free CPUs, scheduled or not, so a plan's churn really happens.
        bool planAware = false;
        QList<Placement> tasks;
    };

    /// Something that happens at a simulated time after the start (the `events` list):
    /// `{"at":"90s","disconnect":"HOST"}`, `reconnect`, `frameworkAdded` (a framework object;
    /// an existing name re-registers with the new policy), `frameworkRemoved` (a name), `tasks`
    /// (`{"agent":HOST,"framework":NAME,"count":N}`), `down`/`up` (HOST: the operator's
    /// machine down/up) and `schedule` (someone else posts this schedule).
    struct Event
    {
        enum class Kind {
            Disconnect,
            Reconnect,
            FrameworkAdded,
            FrameworkRemoved,
            Tasks,
            Down,
            Up,
            Schedule
        };
        qint64 atNs = 0; ///< after the simulator's start
        Kind kind = Kind::Disconnect;
        QString agent; ///< hostname: disconnect, reconnect, tasks, down, up
        QString framework; ///< name: frameworkRemoved, tasks
        int count = 1; ///< tasks
        FrameworkSpec added; ///< frameworkAdded
        Schedule schedule; ///< schedule
    };

    QList<AgentSpec> agents;
    QList<FrameworkSpec> frameworks;
    std::optional<Schedule> schedule;
    QList<Event> events; ///< in the file's order; they run in time order

    /// Parses the scenario file format (unknown keys are an error that names the key).
    static Result<Scenario> fromJson(QByteArrayView json);
    /// A deterministic cluster of @p agents machines and @p frameworks frameworks.
    static Scenario generate(int agents, int frameworks, quint64 seed);
};
