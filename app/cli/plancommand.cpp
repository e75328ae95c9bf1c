#include "cli/plancommand.h"

#include "planning/churnmodel.h"
#include "planning/limitchecker.h"
#include "planning/rollingplanner.h"
#include "json/schedulecodec.h"

#include <QDateTime>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString isoTime(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, QTimeZone::utc())
        .toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

struct PeakDown
{
    int machines = 0;
    qint64 atNs = 0;
    QString zone;
    int zoneMachines = 0;
};

// The most machines down at once while the new windows run, and the zone with the most of them
// down at that instant.
PeakDown peakDown(const PlanningCluster &cluster, const DownProfile &down, qint64 from, qint64 to)
{
    PeakDown peak;
    const StepFunction &f = down.cluster(DownProfile::Machines);
    auto consider = [&](qint64 t, double v) {
        if (int(v) <= peak.machines && peak.machines > 0)
            return;
        peak.machines = int(v);
        peak.atNs = t;
    };
    consider(from, f.valueAt(from));
    for (qsizetype i = f.indexAt(from) + 1; i < f.times.size() && f.times[i] < to; ++i)
        consider(f.times[i], f.values[i]);
    for (int z = 0; z < down.zoneCount(); ++z) {
        const int n = int(down.zone(z, DownProfile::Machines).valueAt(peak.atNs));
        if (n > peak.zoneMachines) {
            peak.zoneMachines = n;
            peak.zone = cluster.zones().at(z);
        }
    }
    return peak;
}

nlohmann::ordered_json violationsJson(const QList<LimitViolation> &violations, const QTimeZone &tz)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const LimitViolation &v : violations) {
        nlohmann::ordered_json o;
        o["limit"] = planningLimitKey(v.limit).toStdString();
        o["scope"] = v.scope.toStdString();
        o["start_ns"] = v.startNs;
        if (v.endNs == StepFunction::kForever)
            o["end_ns"] = nullptr;
        else
            o["end_ns"] = v.endNs;
        o["text"] = v.describe(tz).toStdString();
        list.push_back(o);
    }
    return list;
}

bool writeFile(const QString &path, const QByteArray &data, CliOutput io)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        io.err << "slipwayctl: cannot write " << path << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}

} // namespace

int PlanCommand::run(CliOutput io) const
{
    const PlanningCluster cluster = PlanningCluster::build(input.agents, input.schedule, input.down,
                                                           input.policy.rackAttribute, input.nowNs);
    const QList<PlanWindow> existing = cluster.windowsOf(input.schedule);
    const RollingPlanner::Plan plan
        = RollingPlanner::plan(cluster, existing, input.policy, input.nowNs);
    if (plan.binding) {
        io.err << "slipwayctl: infeasible: " << plan.binding->describe(cluster) << " ("
               << plan.unplaced.size() << " machines not placed)\n";
        return ExitRefused;
    }
    const QList<PlanWindow> all = existing + plan.windows;
    const ChurnModel churn = ChurnModel::compute(cluster, all);
    LimitChecker checker(cluster, input.policy.limits);
    checker.setWindows(all);
    const qint64 start = input.policy.startNs.value_or(input.nowNs);
    qint64 first = start, last = start, displaced = 0;
    double newChurn = 0;
    qsizetype machines = 0;
    for (qsizetype k = 0; k < plan.windows.size(); ++k) {
        const PlanWindow &w = plan.windows[k];
        first = k == 0 ? w.startNs : std::min(first, w.startNs);
        last = k == 0 ? w.endNs() : std::max(last, w.endNs());
        machines += w.machines.size();
        displaced += churn.windows[existing.size() + k].displaced;
        newChurn += churn.windows[existing.size() + k].churn;
    }
    const PeakDown peak = peakDown(cluster, checker.profile(), first, last);
    io.err << u"planned %1 machines in %2 windows from %3 to %4; peak down %5 (zone %6); "
              "churn %7 of %8 displaced tasks"_s.arg(machines)
                  .arg(plan.windows.size())
                  .arg(isoTime(first), isoTime(last))
                  .arg(peak.machines)
                  .arg(peak.zone)
                  .arg(QString::number(newChurn, 'f', 1))
                  .arg(displaced)
           << '\n';
    const QByteArray document = ScheduleCodec::encodeSchedule(cluster.scheduleOf(all));
    if (!outputFile.isEmpty() && !writeFile(outputFile, document, io))
        return ExitUsage;
    if (json) {
        nlohmann::ordered_json o;
        o["windows"] = nlohmann::ordered_json::array();
        for (qsizetype k = 0; k < plan.windows.size(); ++k) {
            const PlanWindow &w = plan.windows[k];
            nlohmann::ordered_json jw;
            jw["start_ns"] = w.startNs;
            jw["duration_ns"] = *w.durationNs;
            jw["machines"] = nlohmann::ordered_json::array();
            for (int m : w.machines)
                jw["machines"].push_back(cluster.machines()[m].id.toSpec().toStdString());
            jw["displaced"] = churn.windows[existing.size() + k].displaced;
            jw["churn"] = std::round(churn.windows[existing.size() + k].churn * 1000) / 1000;
            o["windows"].push_back(jw);
        }
        o["totalDisplaced"] = displaced;
        o["totalChurn"] = std::round(newChurn * 1000) / 1000;
        if (plan.nameChurn)
            o["nameChurn"] = std::round(*plan.nameChurn * 1000) / 1000;
        o["peakDown"] = {{"machines", peak.machines},
                         {"zone", peak.zone.toStdString()},
                         {"zoneMachines", peak.zoneMachines},
                         {"at_ns", peak.atNs}};
        o["violations"] = violationsJson(checker.violations(), input.timeZone());
        io.out << QString::fromStdString(
            o.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
               << '\n';
    } else if (outputFile.isEmpty()) {
        io.out << QString::fromUtf8(document) << '\n';
    }
    io.out.flush();
    return ExitOk;
}
