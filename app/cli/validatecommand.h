#pragma once

#include "cli/clioutput.h"
#include "machineid.h"

#include <QByteArray>
#include <QList>

/// `slipwayctl validate FILE`: the master's verdict on a schedule file, without a master.
class ValidateCommand
{
public:
    QList<MachineId> downMachines; ///< machines currently DOWN (`--down`)
    bool json = false; ///< machine-readable verdict (`--json`)

    /// Judges @p document as `POST /maintenance/schedule` would; returns the exit code.
    int run(const QByteArray &document, CliOutput io) const;
};
