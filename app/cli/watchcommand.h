#pragma once

#include "alerts/alertsettings.h"
#include "cli/clioutput.h"

class MasterClient;

/// `slipwayctl watch`: follows the master with the console's ClusterMonitor and AlertTracker and
/// prints one line per event (mode changes, answers, tasks left per draining machine, alerts
/// raised and cleared, the master lost and found) until SIGINT or SIGTERM; then exits 0.
class WatchCommand
{
public:
    AlertSettings settings;
    bool json = false;
    int intervalMs = 2000;

    int run(MasterClient &client, CliOutput io) const;
};
