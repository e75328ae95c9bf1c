#pragma once

#include <QLoggingCategory>

/// `slipway.sim`: the simulated master's log (refused scenario schedules, state-file trouble,
/// dropped stream subscribers).
Q_DECLARE_LOGGING_CATEGORY(lcSim)
