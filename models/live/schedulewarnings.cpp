#include "live/schedulewarnings.h"

#include <QDateTime>
#include <QTimeZone>

namespace {

QString stamp(qint64 ns, const QTimeZone &timeZone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, timeZone);
    return timeZone == QTimeZone::utc() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                        : t.toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

bool isAgent(const LiveSnapshot &snapshot, const MachineId &id)
{
    const MachineLive *m = snapshot.machine(id);
    return m && m->agents > 0;
}

/// Agents with @p id's hostname (ignoring case) but another IP: the machine probably meant.
QStringList agentsNamedLike(const LiveSnapshot &snapshot, const MachineId &id)
{
    QStringList found;
    if (!id.hostname)
        return found;
    for (const MachineLive &m : snapshot.machines) {
        if (m.agents > 0 && m.id.hostname
            && m.id.hostname->compare(*id.hostname, Qt::CaseInsensitive) == 0)
            found << m.id.toSpec();
    }
    return found;
}

} // namespace

QStringList ScheduleWarnings::compute(const Schedule &schedule, const LiveSnapshot &snapshot,
                                      qint64 nowNs, const QTimeZone &timeZone)
{
    QStringList warnings;
    for (qsizetype i = 0; i < schedule.windows.size(); ++i) {
        const MaintenanceWindow &w = schedule.windows[i];
        if (const std::optional<qint64> end = w.unavailability.endNs(); end && *end < nowNs) {
            warnings << tr("Window %1 (%n machine(s)) ended at %2, in the past.", nullptr,
                           int(w.machines.size()))
                            .arg(i + 1)
                            .arg(stamp(*end, timeZone));
        }
    }
    if (snapshot.cluster.agents.isEmpty())
        return warnings; // nothing known about the cluster's agents
    for (const MaintenanceWindow &w : schedule.windows) {
        for (const MachineId &id : w.machines) {
            if (isAgent(snapshot, id))
                continue;
            const QStringList like = agentsNamedLike(snapshot, id);
            if (like.isEmpty())
                warnings << tr("%1 is no agent of the cluster.").arg(id.displayName());
            else
                warnings << tr("%1 is no agent of the cluster; did you mean %2?")
                                .arg(id.displayName(), like.join(tr(" or ")));
        }
    }
    return warnings;
}

QList<MachineId> ScheduleWarnings::missingDown(const Schedule &schedule,
                                               const QList<MachineId> &down)
{
    QList<MachineId> missing;
    for (const MachineId &id : down) {
        if (!schedule.windowOf(id))
            missing << id;
    }
    return missing;
}

Schedule ScheduleWarnings::keepIn(Schedule schedule, const QList<MachineId> &machines,
                                  const Schedule &live, qint64 nowNs)
{
    QList<MaintenanceWindow> added;
    for (const MachineId &id : machines) {
        Unavailability u;
        u.startNs = nowNs;
        if (const std::optional<qsizetype> i = live.windowOf(id))
            u = live.windows[*i].unavailability;
        auto same = std::find_if(added.begin(), added.end(), [&u](const MaintenanceWindow &w) {
            return w.unavailability == u;
        });
        if (same == added.end()) {
            added.append(MaintenanceWindow {{id}, u});
        } else {
            same->machines.append(id);
        }
    }
    schedule.windows += added;
    return schedule;
}
