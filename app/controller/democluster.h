#pragma once

#include "scenario.h"

/// The cluster `slipway --demo` runs on: a few hundred agents in several zones, frameworks of
/// every answering policy, and a schedule whose first window drains right away.
namespace DemoCluster {

Scenario scenario(qint64 nowNs);
/// Simulated seconds per real second. Real time: answer ages and ETAs read true against the wall
/// clock, and drains still move visibly (a task leaves every few seconds per framework).
constexpr double kSpeed = 1.0;

} // namespace DemoCluster
