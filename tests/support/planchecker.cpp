#include "planchecker.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace PlanChecker {

namespace {

constexpr qint64 kMinute = 60'000'000'000LL;

struct Machine
{
    QString zone;
    QString rack;
    double agents = 0, cpus = 0, mem = 0;
};

qint64 maxOf(const PolicyAmount &a, double total)
{
    if (a.kind == PolicyAmount::Kind::Count)
        return qint64(a.value);
    return std::max<qint64>(1, qint64(std::floor(total * a.value / 100.0 + 1e-9)));
}

double floorOf(const PolicyAmount &a, double total)
{
    return a.kind == PolicyAmount::Kind::Count ? a.value : total * a.value / 100.0;
}

bool allowedMinute(const AllowedHours &h, qint64 t)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(t / 1'000'000, h.timeZone);
    const int minute = local.time().hour() * 60 + local.time().minute();
    const int day = local.date().dayOfWeek();
    const int yesterday = day == 1 ? 7 : day - 1;
    if (h.fromMinute < h.toMinute)
        return minute >= h.fromMinute && minute < h.toMinute && h.days.contains(day);
    return (minute >= h.fromMinute && h.days.contains(day))
        || (minute < h.toMinute && h.days.contains(yesterday));
}

struct Cluster
{
    QHash<MachineId, Machine> machines;
    QHash<QString, Machine> zoneTotal; // agents, cpus, mem, and machine count in `rack`-less use
    QHash<QString, int> zoneMachines, rackMachines;
};

Cluster clusterOf(const PlanningScenario &s)
{
    Cluster c;
    auto add = [&](const MachineId &id, const Agent *a) {
        if (c.machines.contains(id))
            return;
        Machine m;
        m.zone = a && !a->zone.isEmpty() ? a->zone : u"(no zone)"_s;
        m.rack = a ? a->attributes.value(s.policy.rackAttribute) : QString();
        m.agents = a ? 1 : 0;
        m.cpus = a ? a->resources.cpus : 0;
        m.mem = a ? a->resources.mem : 0;
        c.machines.insert(id, m);
        Machine &z = c.zoneTotal[m.zone];
        z.agents += m.agents;
        z.cpus += m.cpus;
        z.mem += m.mem;
        ++c.zoneMachines[m.zone];
        if (!m.rack.isEmpty())
            ++c.rackMachines[m.rack];
    };
    for (const Agent &a : s.agents)
        add(a.machineId(), &a);
    for (const MaintenanceWindow &w : s.schedule.windows) {
        for (const MachineId &id : w.machines)
            add(id, nullptr);
    }
    for (const MachineId &id : s.down)
        add(id, nullptr);
    return c;
}

// The limits at minute t, in the scopes the new windows open at t touch.
void checkMinute(const PlanningScenario &s, const Cluster &c, qint64 t,
                 const QList<MaintenanceWindow> &all, qsizetype firstNew, QStringList &problems)
{
    const PlanningLimits &l = s.policy.limits;
    QSet<MachineId> down(s.down.cbegin(), s.down.cend());
    QSet<QString> newZones, newRacks;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Unavailability &u = all[i].unavailability;
        if (t < u.startNs || (u.durationNs && t >= u.startNs + *u.durationNs))
            continue;
        for (const MachineId &id : all[i].machines) {
            down.insert(id);
            if (i >= firstNew) {
                newZones.insert(c.machines[id].zone);
                newRacks.insert(c.machines[id].rack);
            }
        }
    }
    if (newZones.isEmpty())
        return;
    QHash<QString, Machine> zoneDown;
    QHash<QString, int> zoneCount, rackCount;
    for (const MachineId &id : down) {
        const Machine &m = c.machines[id];
        ++zoneCount[m.zone];
        ++rackCount[m.rack];
        zoneDown[m.zone].agents += m.agents;
        zoneDown[m.zone].cpus += m.cpus;
        zoneDown[m.zone].mem += m.mem;
    }
    const QString at
        = QDateTime::fromMSecsSinceEpoch(t / 1'000'000, QTimeZone::utc()).toString(Qt::ISODate);
    auto problem = [&](const QString &what) {
        problems.append(at + u": "_s + what);
    };
    if (l.maxDown.isSet() && down.size() > maxOf(l.maxDown, c.machines.size()))
        problem(u"maxDown: %1 down"_s.arg(down.size()));
    if (l.maxZonesAtOnce.isSet()
        && zoneCount.size() > maxOf(l.maxZonesAtOnce, c.zoneMachines.size()))
        problem(u"maxZonesAtOnce: %1 zones"_s.arg(zoneCount.size()));
    for (const QString &z : newZones) {
        if (l.maxDownPerZone.isSet() && zoneCount[z] > maxOf(l.maxDownPerZone, c.zoneMachines[z]))
            problem(u"maxDownPerZone %1: %2"_s.arg(z).arg(zoneCount[z]));
        const Machine &total = c.zoneTotal[z];
        const Machine &gone = zoneDown[z];
        const std::tuple<const PolicyAmount &, double, double, const char *> floors[]
            = {{l.minAgentsPerZone, total.agents, gone.agents, "agents"},
               {l.minCpusPerZone, total.cpus, gone.cpus, "cpus"},
               {l.minMemPerZone, total.mem, gone.mem, "mem"}};
        for (const auto &[amount, all, lost, name] : floors) {
            if (amount.isSet() && all - lost < floorOf(amount, all) - 1e-6)
                problem(u"minLeftPerZone.%1 %2: %3 left"_s.arg(QLatin1StringView(name), z)
                            .arg(all - lost));
        }
    }
    for (const QString &r : newRacks) {
        if (!r.isEmpty() && l.maxDownPerRack.isSet()
            && rackCount[r] > maxOf(l.maxDownPerRack, c.rackMachines[r]))
            problem(u"maxDownPerRack %1: %2"_s.arg(r).arg(rackCount[r]));
    }
}

void checkTimes(const PlanningScenario &s, const MaintenanceWindow &w, QStringList &problems)
{
    const PlanningPolicy &p = s.policy;
    const qint64 start = w.unavailability.startNs;
    const qint64 end = start + w.unavailability.durationNs.value_or(0);
    const QString name = u"window at %1"_s.arg(start);
    if (!w.unavailability.durationNs || *w.unavailability.durationNs != p.windowNs)
        problems.append(name + u": not the policy's length"_s);
    if (start < p.startNs.value_or(s.nowNs))
        problems.append(name + u": before the start"_s);
    if (p.deadlineNs && end > *p.deadlineNs)
        problems.append(name + u": after the deadline"_s);
    for (const Blackout &b : p.blackouts) {
        if (start < b.endNs && end > b.startNs)
            problems.append(name + u": in a blackout"_s);
    }
    if (p.hours) {
        for (qint64 t = start; t < end; t += kMinute) {
            if (!allowedMinute(*p.hours, t)) {
                problems.append(name + u": outside the allowed hours at %1"_s.arg(t));
                break;
            }
        }
    }
}

} // namespace

QStringList check(const PlanningScenario &s, const Schedule &newWindows,
                  const QList<MachineId> &unplaced)
{
    QStringList problems;
    const Cluster c = clusterOf(s);
    QSet<MachineId> scheduled(s.down.cbegin(), s.down.cend());
    for (const MaintenanceWindow &w : s.schedule.windows)
        scheduled.unite(QSet<MachineId>(w.machines.cbegin(), w.machines.cend()));
    const QRegularExpression re(QRegularExpression::anchoredPattern(s.policy.hostnamePattern));
    QSet<MachineId> named;
    for (auto it = c.machines.cbegin(); it != c.machines.cend(); ++it) {
        const bool byName = !s.policy.hostnamePattern.isEmpty()
            && re.match(it.key().hostnameOrEmpty()).hasMatch();
        if ((s.policy.allMachines || s.policy.zones.contains(it->zone) || byName)
            && !scheduled.contains(it.key()))
            named.insert(it.key());
    }
    QHash<MachineId, int> seen;
    for (const MaintenanceWindow &w : newWindows.windows) {
        for (const MachineId &id : w.machines)
            ++seen[id];
        checkTimes(s, w, problems);
    }
    for (const MachineId &id : unplaced)
        ++seen[id];
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (*it != 1 || !named.contains(it.key()))
            problems.append(u"%1 placed %2 times (named: %3)"_s.arg(it.key().displayName())
                                .arg(*it)
                                .arg(named.contains(it.key())));
    }
    for (const MachineId &id : named) {
        if (!seen.contains(id))
            problems.append(u"%1 left out"_s.arg(id.displayName()));
    }
    const QList<MaintenanceWindow> all = s.schedule.windows + newWindows.windows;
    QSet<qint64> minutes;
    for (const MaintenanceWindow &w : newWindows.windows) {
        const qint64 start = w.unavailability.startNs;
        for (qint64 t = start; t < start + w.unavailability.durationNs.value_or(0); t += kMinute)
            minutes.insert(t);
    }
    for (qint64 t : minutes) {
        checkMinute(s, c, t, all, s.schedule.windows.size(), problems);
        if (problems.size() > 20)
            break;
    }
    return problems;
}

} // namespace PlanChecker
