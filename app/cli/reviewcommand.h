#pragma once

#include "cli/clioutput.h"

#include <QString>

/// `slipwayctl review FILE`: prints the review written by "Export for review…" and checks that
/// the schedule file next to it is still the one reviewed (SHA-256). FILE is the review file or
/// the schedule file it describes.
class ReviewCommand
{
public:
    int run(const QString &path, CliOutput io) const;
};
