#include "controller/democluster.h"

using namespace Qt::StringLiterals;

namespace DemoCluster {

namespace {

Scenario::Event event(qint64 atSecs, Scenario::Event::Kind kind, const QString &agent = {})
{
    Scenario::Event e;
    e.atNs = atSecs * 1000000000LL;
    e.kind = kind;
    e.agent = agent;
    return e;
}

// What happens in the demo's first minutes, so each kind of alert shows and some clear again.
void addEvents(Scenario &s, Schedule schedule)
{
    using Kind = Scenario::Event::Kind;
    const auto host = [&s](int i) {
        return s.agents[i].hostname;
    };
    s.events.append(event(2, Kind::Down, host(50)));
    s.events.append(event(45, Kind::Disconnect, host(30)));
    // Someone else adds a window (a schedule-changed alert).
    schedule.windows.append(
        {{MachineId::of(host(60), s.agents[60].ip), MachineId::of(host(65), s.agents[65].ip)},
         {schedule.windows[0].unavailability.startNs + 6 * 3600000000000LL, 3600000000000LL}});
    Scenario::Event changed = event(90, Kind::Schedule);
    changed.schedule = schedule;
    s.events.append(changed);
    // A framework that never answers registers and lands tasks on a drained machine.
    Scenario::Event storm = event(100, Kind::FrameworkAdded);
    storm.added.name = u"storm"_s;
    storm.added.policy.kind = FrameworkPolicy::Kind::Silent;
    storm.added.tasks = {{host(40), 3}, {host(0), 2}};
    s.events.append(storm);
    Scenario::Event tasks = event(150, Kind::Tasks, host(45));
    tasks.framework = u"jenkins"_s;
    tasks.count = 3;
    s.events.append(tasks);
    s.events.append(event(240, Kind::Reconnect, host(30)));
    // kafka is torn down: its tasks are killed and the stuck machine can go.
    Scenario::Event removed = event(420, Kind::FrameworkRemoved);
    removed.framework = u"kafka"_s;
    s.events.append(removed);
}

} // namespace

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
    // Late: started 25 minutes ago and still draining (kafka declines on 35): draining past
    // start, ready machines nobody took down, a stuck drain, an agent that drops out.
    schedule.windows.append({{machine(30), machine(35), machine(40), machine(45), machine(44)},
                             {nowNs - 25 * kMinute, 180 * kMinute}});
    // Forgotten: ended an hour ago; its machine goes down at once and stays down.
    schedule.windows.append({{machine(50)}, {nowNs - 180 * kMinute, 120 * kMinute}});
    s.schedule = schedule;
    addEvents(s, schedule);
    return s;
}

AlertSettings alertDefaults()
{
    // At real speed, alerts after a minute (stuck after two) so the demo shows every kind soon.
    AlertSettings settings;
    settings.setGraces(60 * 1000);
    settings.stuckAfterMs = 2 * 60 * 1000;
    return settings;
}

} // namespace DemoCluster
