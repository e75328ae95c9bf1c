#pragma once

#include "schedule.h"

#include <QList>

/// Re-applies our edits (base → draft) on top of a live schedule that someone else changed since
/// (base → live), keeping both where they do not conflict. A machine both sides changed is a
/// conflict: ours wins in the result and it is listed so the user sees it before submitting.
struct ScheduleRebase
{
    Schedule result;
    QList<MachineId> conflicts;

    static ScheduleRebase rebase(const Schedule &base, const Schedule &draft, const Schedule &live);
};
