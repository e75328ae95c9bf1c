#pragma once

#include <QtGlobal>

/// How long a cause must last before it becomes an alert. Kept per master (Preferences); the CLI
/// sets the graces with `--grace` and the stuck period with `--stuck-after`.
struct AlertSettings
{
    static constexpr qint64 kDefaultMs = 15 * 60 * 1000;

    qint64 pastStartGraceMs = kDefaultMs; ///< draining-past-start: after the window started
    qint64 pastEndGraceMs = kDefaultMs; ///< down-past-end: after the window ended
    qint64 readyIdleGraceMs = kDefaultMs; ///< ready-idle: ready inside the window this long
    qint64 silentAfterMs = kDefaultMs; ///< silent-framework: inverse offers unanswered this long
    qint64 stuckAfterMs = kDefaultMs; ///< stuck-drain: tasks left have not fallen for this long
    bool notify = true; ///< a desktop notification for each new alert (the GUI only)

    /// Sets every grace (not the stuck period), as `slipwayctl alerts --grace` does.
    void setGraces(qint64 ms)
    {
        pastStartGraceMs = pastEndGraceMs = readyIdleGraceMs = silentAfterMs = ms;
    }

    friend bool operator==(const AlertSettings &, const AlertSettings &) = default;
};
