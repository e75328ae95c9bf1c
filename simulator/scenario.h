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

    QList<AgentSpec> agents;
    QList<FrameworkSpec> frameworks;
    std::optional<Schedule> schedule;

    /// Parses the scenario file format (unknown keys are an error that names the key).
    static Result<Scenario> fromJson(QByteArrayView json);
    /// A deterministic cluster of @p agents machines and @p frameworks frameworks.
    static Scenario generate(int agents, int frameworks, quint64 seed);
};
