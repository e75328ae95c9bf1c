#include "democluster.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

DemoCluster DemoCluster::generate(int machines, int windows, qint64 nowNs, quint32 seed)
{
    constexpr qint64 minute = 60'000'000'000LL;
    constexpr qint64 hour = 60 * minute;
    QRandomGenerator rng(seed);
    const QStringList zones = {u"eu-west-1a"_s, u"eu-west-1b"_s, u"eu-west-1c"_s,
                               u"us-east-1a"_s, u"us-east-1b"_s, u"ap-south-1a"_s};
    DemoCluster c;
    c.agents.reserve(machines);
    for (int i = 0; i < machines; ++i) {
        Agent a;
        a.id = u"agent-%1-S%2"_s.arg(seed).arg(i);
        a.hostname = u"node-%1.%2.example.net"_s.arg(i + 1, 5, 10, QLatin1Char('0'))
                         .arg(zones[i % zones.size()]);
        a.ip = u"10.%1.%2.%3"_s.arg(i / 65536 % 256).arg(i / 256 % 256).arg(i % 256);
        a.zone = zones[i % zones.size()];
        a.region = a.zone.left(a.zone.size() - 1);
        a.taskCount = int(rng.bounded(6));
        c.agents.append(a);
    }
    // Windows take consecutive machines of one zone, between 1 and 6 of them.
    int next = 0;
    for (int w = 0; w < windows && next < machines; ++w) {
        MaintenanceWindow window;
        const int size = 1 + int(rng.bounded(6));
        for (int k = 0; k < size && next < machines; ++k, next += 1)
            window.machines.append(c.agents[next].machineId());
        next += int(rng.bounded(4));
        window.unavailability.startNs = nowNs + (qint64(rng.bounded(24 * 14)) - 24) * hour
            + qint64(rng.bounded(4)) * 15 * minute;
        if (w % 7 != 6)
            window.unavailability.durationNs = (1 + qint64(rng.bounded(8))) * hour;
        c.schedule.windows.append(window);
    }
    // Windows that already started: their machines are DOWN or DRAINING with answers.
    for (const MaintenanceWindow &window : std::as_const(c.schedule.windows)) {
        const bool started = window.unavailability.startNs <= nowNs;
        for (const MachineId &m : window.machines) {
            if (started && rng.bounded(2) == 0) {
                c.status.down.append(m);
                continue;
            }
            DrainingMachine d {m, {}};
            const int frameworks = int(rng.bounded(3));
            for (int f = 0; f < frameworks; ++f) {
                InverseOfferStatus s;
                s.answer = rng.bounded(4) == 0 ? InverseOfferStatus::Answer::Decline
                                               : InverseOfferStatus::Answer::Accept;
                s.frameworkId = u"framework-%1"_s.arg(f + 1);
                s.timestampNs = nowNs - qint64(rng.bounded(60)) * minute;
                d.statuses.append(s);
            }
            c.status.draining.append(d);
        }
    }
    return c;
}
