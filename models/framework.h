#pragma once

#include <QString>

#include <optional>

/// A framework registered with the master.
struct Framework
{
    QString id;
    QString name;
    bool active = true;
    /// When it last registered (the later of `registered_time` and `reregistered_time` of the v1
    /// API, in ms since the epoch); unknown from the v0 state summary, which does not say.
    std::optional<qint64> registeredAtMs = std::nullopt;

    friend bool operator==(const Framework &, const Framework &) = default;
};
