// LimitChecker::checkWindow: one drag step, against the precomputed profile.
#include "planning/limitchecker.h"

#include <QMap>
#include <QVarLengthArray>

#include <algorithm>

namespace {

bool inside(qint64 t, std::optional<LimitChecker::Interval> i)
{
    return i && t >= i->startNs && t < i->endNs;
}

// The instants in @p proposed where a value may change: its start, the steps of @p functions
// inside it and the current interval's edges.
QVarLengthArray<qint64, 64> breakpoints(const QList<const StepFunction *> &functions,
                                        std::optional<LimitChecker::Interval> current,
                                        LimitChecker::Interval proposed)
{
    QVarLengthArray<qint64, 64> points {proposed.startNs};
    for (const StepFunction *f : functions) {
        for (qsizetype i = f->indexAt(proposed.startNs) + 1;
             i < f->times.size() && f->times[i] < proposed.endNs; ++i)
            points.append(f->times[i]);
    }
    if (current) {
        for (qint64 t : {current->startNs, current->endNs}) {
            if (t > proposed.startNs && t < proposed.endNs)
                points.append(t);
        }
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    return points;
}

} // namespace

QList<LimitViolation> LimitChecker::checkWindow(const QList<int> &machines,
                                                std::optional<Interval> current,
                                                Interval proposed) const
{
    using Weights = std::array<double, DownProfile::MeasureCount>;
    Weights clusterDelta {};
    QMap<int, Weights> zoneDelta; // ordered: same input, same report
    QMap<int, double> rackDelta;
    for (int i : machines) {
        const PlanningMachine &m = m_cluster.machines().at(i);
        if (m.mode == MachineMode::Down)
            continue;
        const Weights w = DownProfile::weights(m);
        Weights &z = zoneDelta[m.zone];
        for (int k = 0; k < DownProfile::MeasureCount; ++k) {
            clusterDelta[k] += w[k];
            z[k] += w[k];
        }
        if (m.rack >= 0)
            rackDelta[m.rack] += 1;
    }
    QList<LimitViolation> out;
    if (proposed.endNs <= proposed.startNs || clusterDelta[DownProfile::Machines] == 0)
        return out;
    auto check = [&](const Scope &s, double delta) {
        if (delta <= 0 || !amount(s.limit).isSet())
            return;
        const StepFunction &f = function(s);
        const double limit = threshold(s.limit, s.index);
        const auto points = breakpoints({&f}, current, proposed);
        std::optional<LimitViolation> found;
        for (qsizetype j = 0; j < points.size(); ++j) {
            const double removed = f.valueAt(points[j]) - (inside(points[j], current) ? delta : 0);
            const double after = removed + delta;
            if (breaks(after, limit) && !found) {
                found = violation(s, removed, after, points[j], proposed.endNs);
            } else if (!breaks(after, limit) && found) {
                found->endNs = points[j];
                break;
            }
        }
        if (found)
            out.append(*found);
    };
    check({PlanningLimit::MaxDown, 0}, clusterDelta[DownProfile::Machines]);
    QList<int> zones;
    QList<double> zoneMachines;
    for (auto it = zoneDelta.cbegin(); it != zoneDelta.cend(); ++it) {
        zones.append(it.key());
        zoneMachines.append((*it)[DownProfile::Machines]);
    }
    if (amount(PlanningLimit::MaxZonesAtOnce).isSet()) {
        if (auto v = checkZonesAtOnce(zones, zoneMachines, current, proposed))
            out.append(*v);
    }
    for (auto it = zoneDelta.cbegin(); it != zoneDelta.cend(); ++it) {
        check({PlanningLimit::MaxDownPerZone, it.key()}, (*it)[DownProfile::Machines]);
        check({PlanningLimit::MinAgentsPerZone, it.key()}, (*it)[DownProfile::Agents]);
        check({PlanningLimit::MinCpusPerZone, it.key()}, (*it)[DownProfile::Cpus]);
        check({PlanningLimit::MinMemPerZone, it.key()}, (*it)[DownProfile::Mem]);
    }
    for (auto it = rackDelta.cbegin(); it != rackDelta.cend(); ++it)
        check({PlanningLimit::MaxDownPerRack, it.key()}, *it);
    return out;
}

std::optional<LimitViolation> LimitChecker::checkZonesAtOnce(const QList<int> &zones,
                                                             const QList<double> &zoneDelta,
                                                             std::optional<Interval> current,
                                                             Interval proposed) const
{
    QList<const StepFunction *> functions {&m_profile.zonesDown()};
    for (int z : zones)
        functions.append(&m_profile.zone(z, DownProfile::Machines));
    const Scope scope {PlanningLimit::MaxZonesAtOnce, 0};
    const double limit = threshold(scope.limit, 0);
    std::optional<LimitViolation> found;
    for (qint64 t : breakpoints(functions, current, proposed)) {
        double before = m_profile.zonesDown().valueAt(t);
        double after = before;
        for (qsizetype k = 0; k < zones.size(); ++k) {
            const double now = m_profile.zone(zones[k], DownProfile::Machines).valueAt(t);
            const double removed = now - (inside(t, current) ? zoneDelta[k] : 0);
            before += double(removed > 0.5) - double(now > 0.5);
            after += double(removed + zoneDelta[k] > 0.5) - double(now > 0.5);
        }
        if (breaks(after, limit) && !found) {
            found = violation(scope, before, after, t, proposed.endNs);
        } else if (!breaks(after, limit) && found) {
            found->endNs = t;
            break;
        }
    }
    return found;
}
