#pragma once

#include "cli/clioutput.h"

class MasterClient;

/// `slipwayctl status`: per machine its mode, the frameworks' answers to the inverse offers, the
/// tasks left and whether it is ready to go down; the same truth as `/maintenance/status` joined
/// with the cluster state and the schedule.
class StatusCommand
{
public:
    bool json = false; ///< machine-readable document (`--json`)

    /// Reads the three documents from @p client's master and prints the report; returns the exit
    /// code.
    int run(MasterClient &client, CliOutput io) const;
};
