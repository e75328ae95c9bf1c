#pragma once

#include "planning/planningpolicy.h"
#include "json/result.h"

#include <QByteArrayView>

/// The planning policy file of `slipwayctl plan` / `check` (README "Planning"). Unknown keys are
/// refused; every error names the JSON path of the key that is wrong.
namespace PolicyJson {

Result<PlanningPolicy> read(QByteArrayView json);

} // namespace PolicyJson
