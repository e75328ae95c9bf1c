#include "planningscenario.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60'000'000'000LL;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
// Monday 2026-12-07 00:00 UTC.
constexpr qint64 kBase = 1'796'601'600LL * 1'000'000'000LL;

Agent agent(int i, const QString &zone, const QString &rack, QRandomGenerator &rng)
{
    Agent a;
    a.id = u"S%1"_s.arg(i);
    a.hostname = u"host-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
    a.ip = u"10.%1.%2.%3"_s.arg(i / 65536 % 256).arg(i / 256 % 256).arg(i % 256 + 0);
    a.zone = zone;
    a.region = zone.isEmpty() ? QString() : u"region"_s;
    if (!rack.isEmpty())
        a.attributes.insert(u"rack"_s, rack);
    a.resources.cpus = double(4 << rng.bounded(4)); // 4, 8, 16, 32
    a.resources.mem = a.resources.cpus * 4096;
    a.usedResources.cpus = std::floor(a.resources.cpus * rng.generateDouble() * 10) / 10;
    a.taskCount = int(a.usedResources.cpus);
    return a;
}

PolicyAmount randomAmount(QRandomGenerator &rng, int maxCount, double maxPercent)
{
    if (rng.bounded(2) == 0)
        return PolicyAmount::count(1 + rng.bounded(maxCount));
    return PolicyAmount::percent(1 + rng.bounded(int(maxPercent)));
}

QList<Agent> randomCluster(QRandomGenerator &rng)
{
    const int shape = int(rng.bounded(5));
    const int machines = 5 + int(rng.bounded(shape == 0 ? 116 : 60));
    QList<Agent> agents;
    int rackNo = 0, inRack = 0, rackSize = 1;
    for (int i = 0; i < machines; ++i) {
        if (inRack >= rackSize) {
            ++rackNo;
            inRack = 0;
            rackSize = shape == 3 ? 1 : 1 + int(rng.bounded(12));
        }
        ++inRack;
        QString zone;
        switch (shape) {
        case 0: // two levels: zones, racks of uneven size
            zone = u"zone-%1"_s.arg(rackNo % 4);
            break;
        case 1: // one zone
            zone = u"only"_s;
            break;
        case 2: // some machines without a zone
            zone = rng.bounded(3) == 0 ? QString() : u"zone-%1"_s.arg(rackNo % 3);
            break;
        default:
            zone = u"zone-%1"_s.arg(rackNo % 2);
        }
        const bool rackless = shape == 4 && rng.bounded(4) == 0;
        agents.append(agent(i, zone, rackless ? QString() : u"r%1"_s.arg(rackNo), rng));
    }
    return agents;
}

void randomSchedule(QRandomGenerator &rng, PlanningScenario &s)
{
    const int windows = int(rng.bounded(4));
    for (int w = 0; w < windows; ++w) {
        MaintenanceWindow window;
        const int size = 1 + int(rng.bounded(3));
        for (int k = 0; k < size; ++k) {
            const MachineId id = s.agents[rng.bounded(int(s.agents.size()))].machineId();
            bool taken = false;
            for (const MaintenanceWindow &other : std::as_const(s.schedule.windows))
                taken = taken || other.machines.contains(id);
            if (!taken && !window.machines.contains(id))
                window.machines.append(id);
        }
        if (window.machines.isEmpty())
            continue;
        window.unavailability.startNs = s.nowNs + (qint64(rng.bounded(96)) - 24) * kHour;
        if (rng.bounded(30) != 0) // a few open-ended windows
            window.unavailability.durationNs = (1 + qint64(rng.bounded(12))) * kHour;
        // A started window's machine may be DOWN already.
        if (window.unavailability.startNs <= s.nowNs && rng.bounded(4) == 0)
            s.down.append(window.machines.first());
        s.schedule.windows.append(window);
    }
}

void randomTimes(QRandomGenerator &rng, PlanningPolicy &p, qint64 now)
{
    p.startNs = now + qint64(rng.bounded(48 * 4)) * 15 * kMinute;
    p.windowNs = (1 + qint64(rng.bounded(12))) * 15 * kMinute;
    p.gapNs = rng.bounded(2) == 0 ? 0 : qint64(rng.bounded(5)) * 15 * kMinute;
    if (rng.bounded(2) == 0) {
        static const QByteArray zones[]
            = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"};
        AllowedHours h;
        h.fromMinute = int(rng.bounded(24)) * 60;
        // Now and then too short for any window (the "hours" binding), mostly long enough.
        const int length = (rng.bounded(16) == 0 ? 1 : 3 + int(rng.bounded(7))) * 60;
        h.toMinute = (h.fromMinute + length) % (24 * 60);
        for (int d = 1; d <= 7; ++d) {
            if (rng.bounded(3) != 0)
                h.days.append(d);
        }
        if (h.days.isEmpty())
            h.days.append(1 + int(rng.bounded(7)));
        h.timeZone = QTimeZone(zones[rng.bounded(4)]);
        p.hours = h;
    }
    for (int b = int(rng.bounded(3)); b > 0; --b) {
        const qint64 start = *p.startNs + qint64(rng.bounded(24 * 10)) * kHour;
        p.blackouts.append({start, start + (1 + qint64(rng.bounded(48))) * kHour});
    }
    if (rng.bounded(6) == 0)
        p.deadlineNs = *p.startNs + (4 + qint64(rng.bounded(40))) * kDay;
}

} // namespace

PlanningScenario PlanningScenario::random(quint32 seed)
{
    QRandomGenerator rng(seed);
    PlanningScenario s;
    s.nowNs = kBase + qint64(rng.bounded(7 * 24)) * kHour;
    s.agents = randomCluster(rng);
    randomSchedule(rng, s);
    PlanningPolicy &p = s.policy;
    if (rng.bounded(4) == 0) {
        p.zones.append(s.agents[rng.bounded(int(s.agents.size()))].zone);
        if (p.zones.constFirst().isEmpty())
            p.zones.first() = u"(no zone)"_s;
        p.hostnamePattern = u"host-0000[0-9]"_s;
    } else {
        p.allMachines = true;
    }
    randomTimes(rng, p, s.nowNs);
    if (rng.bounded(2) == 0)
        p.batchSize = 1 + int(rng.bounded(6));
    else
        p.batchPerZone = randomAmount(rng, 5, 30);
    p.zoneOrder = PlanningPolicy::ZoneOrder(rng.bounded(3));
    p.order = PlanningPolicy::MachineOrder(rng.bounded(3));
    PlanningLimits &l = p.limits;
    // Cluster-wide maxima allow two at least: one machine or zone, with a machine DOWN, would
    // stop every plan, and the limit would bind in most cases.
    PolicyAmount *maxima[] = {&l.maxDown, &l.maxDownPerZone, &l.maxDownPerRack, &l.maxZonesAtOnce};
    for (PolicyAmount *a : maxima) {
        if (rng.bounded(2) == 0)
            *a = randomAmount(rng, 4, 40);
        const bool clusterWide = a == &l.maxDown || a == &l.maxZonesAtOnce;
        if (clusterWide && a->isSet())
            a->value = std::max(a->value, a->kind == PolicyAmount::Kind::Count ? 2.0 : 10.0);
    }
    PolicyAmount *floors[] = {&l.minAgentsPerZone, &l.minCpusPerZone, &l.minMemPerZone};
    for (PolicyAmount *a : floors) {
        if (rng.bounded(3) == 0)
            *a = PolicyAmount::percent(25 + rng.bounded(35));
    }
    return s;
}

PlanningScenario PlanningScenario::fleet(int machines, int zones, int racks, quint32 seed)
{
    QRandomGenerator rng(seed);
    PlanningScenario s;
    s.nowNs = kBase;
    for (int i = 0; i < machines; ++i) {
        const int rack = int(qint64(i) * racks / machines);
        const int zone = rack * zones / racks;
        s.agents.append(agent(i, u"zone-%1"_s.arg(zone, 2, 10, QLatin1Char('0')),
                              u"rack-%1"_s.arg(rack, 3, 10, QLatin1Char('0')), rng));
    }
    PlanningPolicy &p = s.policy;
    p.allMachines = true;
    p.startNs = kBase + kHour;
    p.windowNs = 2 * kHour;
    p.batchPerZone = PolicyAmount::percent(5);
    p.zoneOrder = PlanningPolicy::ZoneOrder::Parallel;
    p.order = PlanningPolicy::MachineOrder::LeastLoaded;
    p.limits.maxDown = PolicyAmount::percent(2);
    p.limits.maxDownPerZone = PolicyAmount::percent(10);
    p.limits.maxDownPerRack = PolicyAmount::count(1);
    p.limits.maxZonesAtOnce = PolicyAmount::count(4);
    p.limits.minAgentsPerZone = PolicyAmount::percent(90);
    p.limits.minCpusPerZone = PolicyAmount::percent(85);
    p.limits.minMemPerZone = PolicyAmount::percent(85);
    return s;
}
