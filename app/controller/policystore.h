#pragma once

#include "planning/planningpolicy.h"

#include <QString>

/// The planning limits kept per master (QSettings, under the draft's MasterKey): each limit as
/// the policy file writes it (`3`, `10%`) and the rack attribute.
namespace PolicyStore {

PlanningPolicy load(const QString &masterKey);
void save(const QString &masterKey, const PlanningPolicy &policy);

} // namespace PolicyStore
