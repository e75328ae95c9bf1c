#include "cli/checkcommand.h"

#include "planning/limitchecker.h"
#include "json/schedulecodec.h"

#include <nlohmann/json.hpp>

int CheckCommand::run(const QByteArray &scheduleDocument, CliOutput io) const
{
    Result<Schedule> schedule = ScheduleCodec::decodeSchedule(scheduleDocument);
    if (!schedule) {
        io.err << "slipwayctl: not a schedule: " << schedule.error().describe() << '\n';
        return ExitUsage;
    }
    // The cluster knows the live schedule's machines too, so that percentages are of the same
    // machines as when the plan was made.
    Schedule known = input.schedule;
    known.windows += schedule->windows;
    const PlanningCluster cluster = PlanningCluster::build(input.agents, known, input.down,
                                                           input.policy.rackAttribute, input.nowNs);
    LimitChecker checker(cluster, input.policy.limits);
    checker.setWindows(cluster.windowsOf(*schedule));
    const QList<LimitViolation> violations = checker.violations();
    if (json) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const LimitViolation &v : violations)
            list.push_back(v.describe(input.timeZone()).toStdString());
        nlohmann::ordered_json o;
        o["violations"] = list;
        io.out << QString::fromStdString(
            o.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
               << '\n';
    } else {
        for (const LimitViolation &v : violations)
            io.out << v.describe(input.timeZone()) << '\n';
        io.err << violations.size() << " violations\n";
    }
    io.out.flush();
    return violations.isEmpty() ? ExitOk : ExitRefused;
}
