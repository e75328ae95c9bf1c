#include "planning/planningreport.h"

#include "planning/churnmodel.h"
#include "planning/limitchecker.h"
#include "planning/planningcluster.h"

PlanningReport PlanningReport::of(const QList<Agent> &agents, const Schedule &schedule,
                                  const QList<MachineId> &downMachines,
                                  const PlanningPolicy &policy, qint64 nowNs,
                                  const QTimeZone &timeZone)
{
    const PlanningCluster cluster
        = PlanningCluster::build(agents, schedule, downMachines, policy.rackAttribute, nowNs);
    const QList<PlanWindow> windows = cluster.windowsOf(schedule);
    LimitChecker checker(cluster, policy.limits);
    checker.setWindows(windows);
    PlanningReport report;
    for (const LimitViolation &v : checker.violations())
        report.violations.append(planningLimitKey(v.limit) + QStringLiteral(" — ")
                                 + v.describe(timeZone));
    const ChurnModel churn = ChurnModel::compute(cluster, windows);
    report.churn = churn.totalChurn;
    report.displaced = churn.totalDisplaced;
    return report;
}
