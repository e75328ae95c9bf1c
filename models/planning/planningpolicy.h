#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

/// A limit or floor written as a count (`3`) or a percentage of its scope (`"10%"`).
struct PolicyAmount
{
    enum class Kind { Unset, Count, Percent };
    Kind kind = Kind::Unset;
    double value = 0;

    bool isSet() const { return kind != Kind::Unset; }
    static PolicyAmount count(double n) { return {Kind::Count, n}; }
    static PolicyAmount percent(double p) { return {Kind::Percent, p}; }

    /// The most that may be down in a scope of @p total: a count as given; a percentage of the
    /// total rounded down, but never below 1 (planner.md: a limit that would allow nobody
    /// allows one).
    qint64 maxAllowed(qint64 total) const;
    /// The least that must be left of @p total: a count as given, a percentage of the total.
    double floorOf(double total) const;
    /// `10%` or `3`, as written in the policy file.
    QString toString() const;

    friend bool operator==(const PolicyAmount &, const PolicyAmount &) = default;
};

/// What may be down at once (issue 13); every limit is optional.
struct PlanningLimits
{
    PolicyAmount maxDown; ///< machines down in the whole cluster
    PolicyAmount maxDownPerZone;
    PolicyAmount maxDownPerRack;
    PolicyAmount maxZonesAtOnce; ///< zones with at least one machine down (1 = zone by zone)
    PolicyAmount minAgentsPerZone; ///< agents left in each zone
    PolicyAmount minCpusPerZone;
    PolicyAmount minMemPerZone;

    friend bool operator==(const PlanningLimits &, const PlanningLimits &) = default;
};

/// Allowed hours and days, in a time zone. `to` ≤ `from` means the hours run past midnight;
/// a day names the day the allowed stretch begins on.
struct AllowedHours
{
    int fromMinute = 0; ///< minutes after local midnight
    int toMinute = 0;
    QList<int> days; ///< Qt::DayOfWeek values 1 (Monday) … 7, ascending; never empty
    QTimeZone timeZone = QTimeZone::utc();

    friend bool operator==(const AllowedHours &, const AllowedHours &) = default;
};

/// A period in which no window may lie, [startNs, endNs).
struct Blackout
{
    qint64 startNs = 0;
    qint64 endNs = 0;

    friend bool operator==(const Blackout &, const Blackout &) = default;
};

/// The planning policy of issue 13: which machines, when, in which batches and order, and the
/// limits every instant of the plan must keep. Pure data; PolicyJson reads and writes the file.
struct PlanningPolicy
{
    enum class ZoneOrder { Sequential, Interleaved, Parallel };
    enum class MachineOrder { Name, LeastLoaded, LeastChurn };

    // Which machines: the union of the zones listed, the hostnames matching, or all of them.
    QStringList zones;
    QString hostnamePattern; ///< a regular expression matched against the whole hostname
    bool allMachines = false;

    std::optional<qint64> startNs; ///< absent: the caller's "now"
    std::optional<qint64> deadlineNs; ///< every window must end by then
    qint64 windowNs = 0;
    qint64 gapNs = 0;
    int batchSize = 1; ///< when batchPerZone is unset
    PolicyAmount batchPerZone; ///< a percentage of each zone's machines
    std::optional<AllowedHours> hours;
    QList<Blackout> blackouts;
    ZoneOrder zoneOrder = ZoneOrder::Sequential;
    MachineOrder order = MachineOrder::Name;
    PlanningLimits limits;
    QString rackAttribute = QStringLiteral("rack");

    friend bool operator==(const PlanningPolicy &, const PlanningPolicy &) = default;
};

/// Durations as the policy file writes them: `2h`, `90m`, `30s`, `1d`, `0m` (one unit each).
std::optional<qint64> parsePolicyDuration(QStringView text);
/// `2h`, `90m`, … the shortest exact spelling of @p ns (the inverse of parsePolicyDuration()).
QString formatPolicyDuration(qint64 ns);
