#pragma once

#include "planningscenario.h"

#include <QStringList>

/// An independent check of a generated plan, minute by minute, written apart from the planner
/// (no planner code is used): at every minute in which a new window is open, every limit of the
/// scenario's policy holds in every scope the new windows touch; every new window lies in the
/// allowed hours and days, outside the blackouts, after the start and before the deadline; every
/// machine the policy names (not DOWN, not already scheduled) is in exactly one new window or
/// listed as unplaced. Times must be whole minutes. Returns the problems found.
namespace PlanChecker {

QStringList check(const PlanningScenario &scenario, const Schedule &newWindows,
                  const QList<MachineId> &unplaced);

} // namespace PlanChecker
