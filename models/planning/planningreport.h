#pragma once

#include "agent.h"
#include "machineid.h"
#include "planning/planningpolicy.h"
#include "schedule.h"

#include <QStringList>
#include <QTimeZone>

/// What the planner says about a whole schedule before it leaves the console (submit, export
/// for review): every stretch that breaks a limit, described, and the churn of ChurnModel.
struct PlanningReport
{
    QStringList violations; ///< `maxDownPerZone — zone a: 2 → 3 of 6 down (3 > 2) Mon …`
    double churn = 0;
    qint64 displaced = 0;

    static PlanningReport of(const QList<Agent> &agents, const Schedule &schedule,
                             const QList<MachineId> &downMachines, const PlanningPolicy &policy,
                             qint64 nowNs, const QTimeZone &timeZone);
};
