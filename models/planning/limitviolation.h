#pragma once

#include "planning/planningpolicy.h"

#include <QString>
#include <QTimeZone>

/// The limits of a planning policy.
enum class PlanningLimit {
    MaxDown,
    MaxDownPerZone,
    MaxDownPerRack,
    MaxZonesAtOnce,
    MinAgentsPerZone,
    MinCpusPerZone,
    MinMemPerZone,
};

/// The policy file's key of @p limit (`maxDownPerZone`, `minLeftPerZone.cpus`).
QString planningLimitKey(PlanningLimit limit);

/// One stretch of time in which a limit is broken. Counts are of what is down (machines, zones)
/// or, for the floors, of what is left; `before` is the value just before the limit broke,
/// `after` the value that broke it.
struct LimitViolation
{
    PlanningLimit limit = PlanningLimit::MaxDown;
    QString scope; ///< zone or rack name; empty for the cluster
    double before = 0;
    double after = 0;
    double total = 0; ///< of the scope: machines, zones, agents, CPUs or memory
    PolicyAmount amount; ///< the limit as written
    qint64 startNs = 0;
    qint64 endNs = 0; ///< StepFunction::kForever when it never ends

    /// `zone us-east-1b: 4 → 5 of 40 down (12.5% > 10%) Tue 2026-12-08 02:00–04:00`, times in
    /// @p timeZone. Translatable (context "LimitViolation").
    QString describe(const QTimeZone &timeZone) const;
    /// `Tue 2026-12-08 02:00–04:00`, `Tue 2026-12-08 02:00–Wed 2026-12-09 04:00`, `… onwards`.
    static QString describeInterval(qint64 startNs, qint64 endNs, const QTimeZone &timeZone);

    friend bool operator==(const LimitViolation &, const LimitViolation &) = default;
};
