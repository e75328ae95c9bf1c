#pragma once

#include "planning/planningpolicy.h"

#include <QList>

#include <optional>
#include <utility>

/// When windows may lie: inside the allowed hours and days (in their time zone) and outside every
/// blackout. Without hours, any time outside the blackouts.
class AllowedTime
{
public:
    AllowedTime(std::optional<AllowedHours> hours, QList<Blackout> blackouts);

    /// The earliest start ≥ @p from such that [start, start + @p length) lies wholly inside one
    /// allowed stretch and outside every blackout; nothing when it would be after @p latest.
    std::optional<qint64> earliest(qint64 from, qint64 length, qint64 latest) const;
    /// Whether [start, start + length) is allowed.
    bool allows(qint64 start, qint64 length) const;
    /// The first allowed stretch [a, b) of the hours with b > @p t.
    std::pair<qint64, qint64> stretchAfter(qint64 t) const;

private:
    std::optional<AllowedHours> m_hours;
    QList<Blackout> m_blackouts; ///< by start
};

/// a + b, saturating at the ends of qint64.
qint64 saturatingAdd(qint64 a, qint64 b);
