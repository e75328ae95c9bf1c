#pragma once

#include "planning/planningcluster.h"

#include <QList>

/// The churn of a schedule by the model of planner.md: window k displaces D_k tasks (those on
/// its machines now); a framework that does not know the plan places them on the machines up at
/// window k's start (U_k) in proportion to their free CPUs F(m); the share that lands on machines
/// of a window starting later (L_k) will be moved again:
/// churn_k = D_k × ΣF(L_k) / ΣF(U_k), 0 when ΣF(U_k) is 0.
struct ChurnModel
{
    struct WindowChurn
    {
        qint64 displaced = 0; ///< D_k
        double churn = 0; ///< churn_k
    };

    QList<WindowChurn> windows; ///< in the order of the windows given
    qint64 totalDisplaced = 0;
    double totalChurn = 0;

    /// O(W log W + N): one sweep over the windows by start.
    static ChurnModel compute(const PlanningCluster &cluster, const QList<PlanWindow> &windows);
};
