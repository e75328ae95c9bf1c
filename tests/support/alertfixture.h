#pragma once

#include "live/livesnapshot.h"

#include <QList>
#include <QString>

#include <tuple>

/// Builds live snapshots for the alert tests and benchmark: machines `hN` at `10.0.x.y`, one
/// agent each, with tasks of named frameworks; DRAINING/DOWN modes and answers; a schedule.
class AlertFixture
{
public:
    static constexpr qint64 kMinuteMs = 60 * 1000;
    static constexpr qint64 kNsPerMs = 1000000;

    static MachineId machine(int n)
    {
        return MachineId::of(QStringLiteral("h%1").arg(n),
                             QStringLiteral("10.0.%1.%2").arg(n / 250).arg(n % 250 + 1));
    }

    /// An agent on machine @p n with @p tasks tasks of @p frameworks.
    Agent &addAgent(int n, qint64 tasks = 0, const QStringList &frameworks = {})
    {
        Agent a;
        a.id = QStringLiteral("S%1").arg(n);
        a.hostname = *machine(n).hostname;
        a.ip = *machine(n).ip;
        a.taskCount = tasks;
        a.frameworkIds = frameworks;
        cluster.agents.append(a);
        return cluster.agents.last();
    }
    void addFramework(const QString &id, const QString &name)
    {
        cluster.frameworks.append({id, name, true});
    }
    /// A window of @p machines from @p startMs lasting @p durationMs (< 0: open-ended).
    void addWindow(const QList<int> &machines, qint64 startMs, qint64 durationMs)
    {
        MaintenanceWindow w;
        for (int n : machines)
            w.machines.append(machine(n));
        w.unavailability.startNs = startMs * kNsPerMs;
        if (durationMs >= 0)
            w.unavailability.durationNs = durationMs * kNsPerMs;
        schedule.windows.append(w);
    }
    /// Machine @p n DRAINING with @p answers (framework ID, accept?, answered at ms).
    void drain(int n, const QList<std::tuple<QString, bool, qint64>> &answers = {})
    {
        DrainingMachine d {machine(n), {}};
        for (const auto &[fw, accept, atMs] : answers) {
            InverseOfferStatus s;
            s.frameworkId = fw;
            s.answer
                = accept ? InverseOfferStatus::Answer::Accept : InverseOfferStatus::Answer::Decline;
            s.timestampNs = atMs * kNsPerMs;
            d.statuses.append(s);
        }
        status.draining.append(d);
    }
    void down(int n) { status.down.append(machine(n)); }

    LiveSnapshot snapshot(qint64 takenAtMs) const
    {
        LiveSnapshot s = LiveSnapshot::join(cluster, status, schedule);
        s.takenAtMs = takenAtMs;
        return s;
    }

    ClusterState cluster;
    MaintenanceStatus status;
    Schedule schedule;
};
