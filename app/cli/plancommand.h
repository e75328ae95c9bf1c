#pragma once

#include "cli/clioutput.h"
#include "cli/planninginput.h"

/// `slipwayctl plan --policy POLICY.json`: a rolling plan for the cluster (README "Planning").
/// Exit 0 with the live schedule plus the new windows, 1 when the machines cannot all be placed
/// (the binding limit and the first machine not placed on stderr), 2 usage or a bad policy, 3 the
/// master cannot be reached.
class PlanCommand
{
public:
    PlanningInput input; ///< already read
    QString outputFile; ///< `-o`
    bool json = false; ///< `--json`: the report on stdout, the schedule only with -o

    int run(CliOutput io) const;
};
