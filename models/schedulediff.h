#pragma once

#include "schedule.h"

#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <optional>

/// The structural difference between two schedules (a base and a draft): windows added, removed,
/// moved in time or changed in duration, and machines added, removed, moved between windows or
/// retimed. Windows have no identity in Mesos, so a draft window is paired with the base window
/// that shares most machines with it (ties: the same unavailability, then the lower index).
struct ScheduleDiff
{
    struct WindowChange
    {
        enum class Kind { Added, Removed, Moved, Resized, MovedAndResized };
        Kind kind = Kind::Added;
        qsizetype baseIndex = -1; ///< window in the base, -1 if added
        qsizetype draftIndex = -1; ///< window in the draft, -1 if removed
        std::optional<Unavailability> before;
        std::optional<Unavailability> after;
        qsizetype machineCount = 0;
    };

    struct MachineChange
    {
        enum class Kind { Added, Removed, MovedBetweenWindows, Retimed };
        Kind kind = Kind::Added;
        MachineId machine;
        qsizetype baseWindow = -1;
        qsizetype draftWindow = -1;
        std::optional<Unavailability> before;
        std::optional<Unavailability> after;
    };

    QList<WindowChange> windows;
    QList<MachineChange> machines;

    bool isEmpty() const { return windows.isEmpty() && machines.isEmpty(); }
    qsizetype count(MachineChange::Kind kind) const;
    qsizetype count(WindowChange::Kind kind) const;

    static ScheduleDiff compute(const Schedule &base, const Schedule &draft);

    /// One line per change, for terminals, review files (times in UTC) and the submit preview
    /// (in the time zone the app shows).
    QStringList describe(const QTimeZone &timeZone = QTimeZone::utc()) const;
    /// "2026-05-01T10:00:00Z for 2h" (UTC) or "2026-05-01T12:00:00+02:00 for 2h", as describe()
    /// writes a window's times.
    static QString formatUnavailability(const Unavailability &u,
                                        const QTimeZone &timeZone = QTimeZone::utc());
};
