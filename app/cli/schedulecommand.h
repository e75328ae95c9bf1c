#pragma once

#include "cli/clioutput.h"

#include <QString>

class MasterClient;

/// `slipwayctl schedule get [-o FILE]`: the live schedule, byte for byte as the master's
/// `GET /maintenance/schedule` writes it, so the file can be posted back with `curl -d @FILE`.
class ScheduleCommand
{
public:
    QString outputFile; ///< written atomically; empty: standard output

    /// Fetches the schedule and writes it; returns the exit code.
    int get(MasterClient &client, CliOutput io) const;
};
