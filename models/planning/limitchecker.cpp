#include "planning/limitchecker.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 kMinTime = std::numeric_limits<qint64>::min();

bool isZoneLimit(PlanningLimit l)
{
    return l == PlanningLimit::MaxDownPerZone || l == PlanningLimit::MinAgentsPerZone
        || l == PlanningLimit::MinCpusPerZone || l == PlanningLimit::MinMemPerZone;
}

DownProfile::Measure measureOf(PlanningLimit l)
{
    switch (l) {
    case PlanningLimit::MinAgentsPerZone:
        return DownProfile::Agents;
    case PlanningLimit::MinCpusPerZone:
        return DownProfile::Cpus;
    case PlanningLimit::MinMemPerZone:
        return DownProfile::Mem;
    default:
        return DownProfile::Machines;
    }
}

bool isFloor(PlanningLimit l)
{
    return l == PlanningLimit::MinAgentsPerZone || l == PlanningLimit::MinCpusPerZone
        || l == PlanningLimit::MinMemPerZone;
}

} // namespace

LimitChecker::LimitChecker(const PlanningCluster &cluster, const PlanningLimits &limits)
    : m_cluster(cluster)
    , m_limits(limits)
    , m_profile(cluster, {})
{ }

void LimitChecker::setWindows(const QList<PlanWindow> &windows)
{
    m_profile = DownProfile(m_cluster, windows);
}

const PolicyAmount &LimitChecker::amount(PlanningLimit limit) const
{
    switch (limit) {
    case PlanningLimit::MaxDown:
        return m_limits.maxDown;
    case PlanningLimit::MaxDownPerZone:
        return m_limits.maxDownPerZone;
    case PlanningLimit::MaxDownPerRack:
        return m_limits.maxDownPerRack;
    case PlanningLimit::MaxZonesAtOnce:
        return m_limits.maxZonesAtOnce;
    case PlanningLimit::MinAgentsPerZone:
        return m_limits.minAgentsPerZone;
    case PlanningLimit::MinCpusPerZone:
        return m_limits.minCpusPerZone;
    case PlanningLimit::MinMemPerZone:
        return m_limits.minMemPerZone;
    }
    return m_limits.maxDown;
}

double LimitChecker::total(PlanningLimit limit, int scope) const
{
    switch (limit) {
    case PlanningLimit::MaxDown:
        return double(m_cluster.machines().size());
    case PlanningLimit::MaxDownPerZone:
        return m_cluster.zoneMachines(scope);
    case PlanningLimit::MaxDownPerRack:
        return m_cluster.rackMachines(scope);
    case PlanningLimit::MaxZonesAtOnce:
        return double(m_cluster.zones().size());
    case PlanningLimit::MinAgentsPerZone:
        return m_cluster.zoneAgents(scope);
    case PlanningLimit::MinCpusPerZone:
        return m_cluster.zoneCpus(scope);
    case PlanningLimit::MinMemPerZone:
        return m_cluster.zoneMem(scope);
    }
    return 0;
}

double LimitChecker::threshold(PlanningLimit limit, int scope) const
{
    const PolicyAmount &a = amount(limit);
    if (!a.isSet())
        return std::numeric_limits<double>::infinity();
    const double t = total(limit, scope);
    if (isFloor(limit))
        return t - a.floorOf(t);
    return double(a.maxAllowed(qint64(t)));
}

const StepFunction &LimitChecker::function(const Scope &s) const
{
    if (s.limit == PlanningLimit::MaxDown)
        return m_profile.cluster(DownProfile::Machines);
    if (s.limit == PlanningLimit::MaxZonesAtOnce)
        return m_profile.zonesDown();
    if (s.limit == PlanningLimit::MaxDownPerRack)
        return m_profile.rack(s.index);
    return m_profile.zone(s.index, measureOf(s.limit));
}

QString LimitChecker::scopeName(const Scope &s) const
{
    if (isZoneLimit(s.limit))
        return m_cluster.zones().at(s.index);
    if (s.limit == PlanningLimit::MaxDownPerRack)
        return m_cluster.racks().at(s.index);
    return QString();
}

QList<LimitChecker::Scope> LimitChecker::activeScopes() const
{
    QList<Scope> scopes;
    for (PlanningLimit l : {PlanningLimit::MaxDown, PlanningLimit::MaxZonesAtOnce}) {
        if (amount(l).isSet())
            scopes.append({l, 0});
    }
    for (PlanningLimit l : {PlanningLimit::MaxDownPerZone, PlanningLimit::MinAgentsPerZone,
                            PlanningLimit::MinCpusPerZone, PlanningLimit::MinMemPerZone}) {
        if (amount(l).isSet()) {
            for (int z = 0; z < m_cluster.zones().size(); ++z)
                scopes.append({l, z});
        }
    }
    if (amount(PlanningLimit::MaxDownPerRack).isSet()) {
        for (int r = 0; r < m_cluster.racks().size(); ++r)
            scopes.append({PlanningLimit::MaxDownPerRack, r});
    }
    return scopes;
}

LimitViolation LimitChecker::violation(const Scope &s, double before, double after, qint64 start,
                                       qint64 end) const
{
    LimitViolation v;
    v.limit = s.limit;
    v.scope = scopeName(s);
    v.total = total(s.limit, s.index);
    v.amount = amount(s.limit);
    // Floors are reported as what is left, the rest as what is down.
    v.before = isFloor(s.limit) ? v.total - before : before;
    v.after = isFloor(s.limit) ? v.total - after : after;
    v.startNs = start;
    v.endNs = end;
    return v;
}

QList<LimitViolation> LimitChecker::violations() const
{
    QList<LimitViolation> out;
    for (const Scope &s : activeScopes()) {
        const StepFunction &f = function(s);
        const double limit = threshold(s.limit, s.index);
        std::optional<LimitViolation> open;
        double previous = f.base;
        if (breaks(f.base, limit))
            open = violation(s, f.base, f.base, kMinTime, 0);
        for (qsizetype i = 0; i < f.times.size(); ++i) {
            const double v = f.values[i];
            if (breaks(v, limit) && !open) {
                open = violation(s, previous, v, f.times[i], 0);
            } else if (!breaks(v, limit) && open) {
                open->endNs = f.times[i];
                out.append(*open);
                open.reset();
            }
            previous = v;
        }
        if (open) {
            open->endNs = StepFunction::kForever;
            out.append(*open);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const LimitViolation &a, const LimitViolation &b) {
        return a.startNs < b.startNs;
    });
    return out;
}
