#include "generatedcluster.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

GeneratedCluster GeneratedCluster::generate(int machines, int windows, qint64 nowNs, quint32 seed)
{
    constexpr qint64 minute = 60'000'000'000LL;
    constexpr qint64 hour = 60 * minute;
    // One generator per kind of data, so that the first windows and statuses are the same
    // whatever the size of the cluster (the benchmarks compare sizes on the same view).
    QRandomGenerator agentRng(seed);
    QRandomGenerator rng(seed + 1);
    QRandomGenerator statusRng(seed + 2);
    const QStringList zones = {u"ap-south-1a"_s, u"eu-west-1a"_s, u"eu-west-1b"_s,
                               u"eu-west-1c"_s,  u"us-east-1a"_s, u"us-east-1b"_s};
    GeneratedCluster c;
    c.agents.reserve(machines);
    for (int i = 0; i < machines; ++i) {
        Agent a;
        a.id = u"agent-%1-S%2"_s.arg(seed).arg(i);
        a.hostname = u"node-%1"_s.arg(i + 1, 5, 10, QLatin1Char('0'));
        a.ip = u"10.%1.%2.%3"_s.arg(i / 65536 % 256).arg(i / 256 % 256).arg(i % 256);
        // Zones in blocks, so that the windows below (runs of consecutive machines) stay in one
        // zone and spread over every zone, as rows sorted by zone and hostname show them.
        a.zone = zones[qsizetype(i) * zones.size() / std::max(1, machines)];
        a.region = a.zone.left(a.zone.size() - 1);
        a.taskCount = int(agentRng.bounded(6));
        c.agents.append(a);
    }
    // Windows take runs of consecutive machines (1 to 6), spread so that all windows fit.
    const int per = std::max(1, machines / std::max(1, windows));
    int next = 0;
    for (int w = 0; w < windows && next < machines; ++w) {
        MaintenanceWindow window;
        const int size = 1 + int(rng.bounded(std::min(6, per)));
        for (int k = 0; k < size && next < machines; ++k, next += 1)
            window.machines.append(c.agents[next].machineId());
        next += int(rng.bounded(std::max(1, per - size + 1)));
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
            if (started && statusRng.bounded(2) == 0) {
                c.status.down.append(m);
                continue;
            }
            DrainingMachine d {m, {}};
            const int frameworks = int(statusRng.bounded(3));
            for (int f = 0; f < frameworks; ++f) {
                InverseOfferStatus s;
                s.answer = statusRng.bounded(4) == 0 ? InverseOfferStatus::Answer::Decline
                                                     : InverseOfferStatus::Answer::Accept;
                s.frameworkId = u"framework-%1"_s.arg(f + 1);
                s.timestampNs = nowNs - qint64(statusRng.bounded(60)) * minute;
                d.statuses.append(s);
            }
            c.status.draining.append(d);
        }
    }
    return c;
}
