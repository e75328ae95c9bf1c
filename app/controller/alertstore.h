#pragma once

#include "alerts/alertsettings.h"

#include <QString>

/// The alert graces and the notification switch kept per master (QSettings, under the draft's
/// MasterKey), as PolicyStore keeps the planning limits. Durations in whole seconds.
namespace AlertStore {

/// What is stored for @p masterKey, each value missing taken from @p defaults.
AlertSettings load(const QString &masterKey, const AlertSettings &defaults = {});
void save(const QString &masterKey, const AlertSettings &settings);

} // namespace AlertStore
