#include "controller/democluster.h"

using namespace Qt::StringLiterals;

namespace DemoCluster {

Scenario scenario(qint64 nowNs)
{
    constexpr int kAgents = 240;
    const QStringList zones
        = {u"us-east-1a"_s, u"us-east-1b"_s, u"us-east-1c"_s, u"eu-west-1a"_s, u"eu-west-1b"_s};
    Scenario s;
    for (int i = 0; i < kAgents; ++i) {
        Scenario::AgentSpec a;
        const QString zone = zones[i % zones.size()];
        a.zone = zone;
        a.region = zone.left(zone.size() - 1);
        a.hostname
            = u"%1-n%2.demo.example"_s.arg(zone).arg(i / zones.size() + 1, 3, 10, QChar(u'0'));
        a.ip = u"10.%1.%2.%3"_s.arg(i % zones.size() + 1).arg(i / 250).arg(i % 250 + 10);
        // Racks of eight inside each zone, named after it: the planner's per-rack limits and
        // the timeline's grouping have something to work with.
        a.attributes.append(
            {u"rack"_s, u"%1-rack%2"_s.arg(zone).arg(i / zones.size() / 8 + 1), {}});
        a.cpus = 32;
        a.mem = 131072;
        a.disk = 800000;
        s.agents.append(a);
    }
    struct Fw
    {
        const char *name;
        const char *policy;
        int every; // a task group on every n-th agent
        int count;
        bool planAware; // most frameworks place moved tasks without looking at the schedule
    };
    const Fw frameworks[] = {
        {"marathon", "accept", 1, 6, false}, {"spark", "accept-after:2m", 2, 8, false},
        {"kafka", "decline", 7, 3, false},   {"cassandra", "silent", 11, 2, false},
        {"jenkins", "accept", 3, 4, true},   {"flink", "decline-after:3m", 13, 5, false},
    };
    for (const Fw &f : frameworks) {
        Scenario::FrameworkSpec spec;
        spec.name = QString::fromLatin1(f.name);
        spec.policy = *FrameworkPolicy::parse(QString::fromLatin1(f.policy));
        spec.planAware = f.planAware;
        for (int i = 0; i < kAgents; i += f.every)
            spec.tasks.append({s.agents[i].hostname, f.count + (i % 3)});
        s.frameworks.append(spec);
    }
    constexpr qint64 kMinute = 60LL * 1000000000LL;
    const auto machine = [&s](int i) {
        return MachineId::of(s.agents[i].hostname, s.agents[i].ip);
    };
    Schedule schedule;
    // Drains now: starts in 15 minutes.
    schedule.windows.append(
        {{machine(0), machine(5), machine(10), machine(15), machine(22), machine(77)},
         {nowNs + 15 * kMinute, 120 * kMinute}});
    schedule.windows.append({{machine(1), machine(6), machine(11), machine(16)},
                             {nowNs + 4 * 60 * kMinute, 180 * kMinute}});
    schedule.windows.append({{machine(3), machine(8)}, {nowNs + 26 * 60 * kMinute, std::nullopt}});
    s.schedule = schedule;
    return s;
}

} // namespace DemoCluster
