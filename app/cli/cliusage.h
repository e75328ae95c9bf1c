#pragma once

#include <QString>

/// slipwayctl --help: every command and option, one place.
namespace CliUsage {

QString text();

} // namespace CliUsage
