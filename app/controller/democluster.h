#pragma once

#include "scenario.h"

/// The cluster `slipway --demo` runs on: a few hundred agents in several zones, frameworks of
/// every answering policy, and a schedule whose first window drains right away.
namespace DemoCluster {

Scenario scenario(qint64 nowNs);
/// Simulated seconds per real second: drains visibly move within a minute.
constexpr double kSpeed = 3.0;

} // namespace DemoCluster
