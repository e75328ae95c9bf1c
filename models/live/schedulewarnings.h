#pragma once

#include "live/livesnapshot.h"
#include "schedule.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

/// What is legal for the master but most likely a mistake, said before a submit and on import:
/// windows that have already ended, and machines that are no agent of the cluster (a typo'd IP
/// imports silently and drops the real machine from the plan), with the agent meant when only
/// the IP differs.
class ScheduleWarnings
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleWarnings)

public:
    /// One sentence per warning, in schedule order; empty when there is nothing to say. Times
    /// in @p timeZone (the app's setting; UTC on the command line).
    static QStringList compute(const Schedule &schedule, const LiveSnapshot &snapshot, qint64 nowNs,
                               const QTimeZone &timeZone = QTimeZone::utc());

    /// The DOWN machines of @p down that @p schedule leaves out (the master would refuse it).
    static QList<MachineId> missingDown(const Schedule &schedule, const QList<MachineId> &down);
    /// @p schedule with @p machines put back in the windows they have in @p live (one window
    /// per distinct unavailability; an open-ended window from now when @p live has none).
    static Schedule keepIn(Schedule schedule, const QList<MachineId> &machines,
                           const Schedule &live, qint64 nowNs);
};
