#pragma once

#include "saturating.h"

#include <QtGlobal>

#include <optional>

/// When a window makes its machines unavailable: a start in nanoseconds since the Unix epoch and
/// an optional duration in nanoseconds (absent = open-ended), as Mesos' `Unavailability`.
struct Unavailability
{
    qint64 startNs = 0;
    std::optional<qint64> durationNs;

    /// The end in nanoseconds, or nothing for an open-ended window. An end beyond what int64
    /// holds (a duration meaning "forever") is the last representable instant, never a wrap.
    std::optional<qint64> endNs() const
    {
        if (!durationNs)
            return std::nullopt;
        return Saturating::add(startNs, *durationNs);
    }

    friend bool operator==(const Unavailability &, const Unavailability &) = default;
};
