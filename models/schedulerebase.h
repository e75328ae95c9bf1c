#pragma once

#include "schedule.h"

#include <QList>

#include <optional>

/// A three-way rebase: re-applies our edits (origin → draft) on top of a live schedule that someone
/// else changed since (origin → live). Per machine: if only one side changed its place (added,
/// removed, or moved to other times), that side wins — so a colleague's Machine Up, which removes
/// the machine from the schedule, stays removed unless we changed that machine too. Both sides
/// making the same change is no conflict. A machine both sides changed differently is a conflict:
/// ours wins in the result and it is listed so the person sees it before submitting.
struct ScheduleRebase
{
    /// A machine both sides changed differently; an empty optional means "not in the schedule".
    struct Conflict
    {
        MachineId machine;
        std::optional<Unavailability> origin;
        std::optional<Unavailability> ours;
        std::optional<Unavailability> theirs;
        friend bool operator==(const Conflict &, const Conflict &) = default;
    };

    Schedule result;
    QList<Conflict> conflicts;

    static ScheduleRebase rebase(const Schedule &origin, const Schedule &draft,
                                 const Schedule &live);
};
