#pragma once

#include "alerts/alertsettings.h"
#include "cli/clioutput.h"
#include "schedule.h"

#include <optional>

class MasterClient;

/// `slipwayctl alerts`: the alerts that hold on the master now, by the same rules and
/// ClusterMonitor as the console. Exit 0 when there are none, 1 when there are some, 3 when
/// the master could not be read.
///
/// A stuck drain is tasks that have not fallen for a period, which one read cannot show: with
/// `watchMs` (`--stuck-after`) the command watches the master that long, at the refresh
/// interval, before it answers; without it, stuck drains are not judged. A schedule change needs
/// a baseline: `--base FILE`.
class AlertsCommand
{
public:
    AlertSettings settings;
    bool json = false;
    std::optional<qint64> watchMs;
    std::optional<Schedule> baseline;
    int intervalMs = 2000;

    int run(MasterClient &client, CliOutput io) const;
};
