#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// Durations as people type them on a command line: `90s`, `10m`, `10min`, `1h30m`, `500ms`,
/// `2d`, or a bare number of seconds. Parts add up; the result saturates at qint64.
class DurationSpec
{
public:
    /// Nanoseconds, or nothing when @p text is not a duration (empty, a negative, junk).
    static std::optional<qint64> parseNs(QStringView text);
    /// The shortest spelling parseNs() reads back: `1h30m`, `90s`, `0s`.
    static QString format(qint64 ns);
};
