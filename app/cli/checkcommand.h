#pragma once

#include "cli/clioutput.h"
#include "cli/planninginput.h"

#include <QByteArray>

/// `slipwayctl check --policy POLICY.json FILE`: every limit the schedule FILE breaks, one per
/// line in the timeline's wording. Exit 0 when none, 1 when some.
class CheckCommand
{
public:
    PlanningInput input; ///< already read
    bool json = false;

    int run(const QByteArray &scheduleDocument, CliOutput io) const;
};
