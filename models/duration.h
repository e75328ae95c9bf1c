#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/// Durations as people type them on command lines and in scenario files: `90s`, `15m`, `2h`,
/// `500ms`, or a combination such as `1h30m`; and the short form the console writes back.
namespace Duration {

/// Milliseconds, or nothing for text that is not a duration (or would overflow).
std::optional<qint64> parseMs(QStringView text);
/// `45s`, `15m`, `1h30m`, `2h` (whole seconds; what parseMs() reads back).
QString format(qint64 ms);

} // namespace Duration
