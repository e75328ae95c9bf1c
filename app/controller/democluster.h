#pragma once

#include "alerts/alertsettings.h"
#include "scenario.h"

/// The cluster `slipway --demo` runs on: a few hundred agents in several zones, frameworks of
/// every answering policy, a schedule whose first window drains right away, a late window and a
/// forgotten one, and events in its first minutes that raise (and clear) every kind of alert.
namespace DemoCluster {

Scenario scenario(qint64 nowNs);
/// The alert graces the demo's master starts with (Preferences may change them): a minute.
AlertSettings alertDefaults();
/// Simulated seconds per real second. Real time: answer ages and ETAs read true against the wall
/// clock, and drains still move visibly (a task leaves every few seconds per framework).
constexpr double kSpeed = 1.0;

} // namespace DemoCluster
