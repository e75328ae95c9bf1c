#pragma once

#include <QTextStream>

/// Where a CLI command writes: stdout for verdicts and data, stderr for diagnostics. Tests pass
/// string-backed streams.
struct CliOutput
{
    QTextStream &out;
    QTextStream &err;
};

/// Exit codes shared by every slipwayctl command.
enum CliExit : int {
    ExitOk = 0,
    ExitRefused = 1, ///< the master (or its rules) refused
    ExitUsage = 2, ///< bad command line or unreadable input
    ExitUnreachable = 3, ///< the master could not be reached
};
