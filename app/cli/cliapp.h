#pragma once

#include "cli/clioutput.h"

#include <QStringList>

/// The slipwayctl command line: parses global options and the command, then runs it.
class CliApp
{
public:
    /// Runs with @p arguments (argv, program name first) and returns the exit code.
    static int run(const QStringList &arguments, CliOutput io);

private:
    static int validate(const QStringList &args, const QStringList &downSpecs, bool json, CliOutput io);
};
