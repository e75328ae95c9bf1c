#pragma once

// What the tst_simhttp_* tests share.

#include "simprocess.h"

#include <QDebug>
#include <QStringList>

#include <memory>

/// Starts the simulated master with @p args; null, with its output logged, when it did not start.
inline std::unique_ptr<SimProcess> startSim(const QStringList &args)
{
    auto sim = std::make_unique<SimProcess>();
    if (!sim->start(args)) {
        qWarning() << sim->output();
        return nullptr;
    }
    return sim;
}
