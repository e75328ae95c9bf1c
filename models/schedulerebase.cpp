#include "schedulerebase.h"

#include <QHash>

namespace {

struct Placement
{
    Unavailability unavailability;
    qsizetype window = -1;
    friend bool operator==(const Placement &a, const Placement &b)
    {
        return a.unavailability == b.unavailability;
    }
};

QHash<MachineId, Placement> placements(const Schedule &s)
{
    QHash<MachineId, Placement> out;
    for (qsizetype w = 0; w < s.windows.size(); ++w) {
        for (const MachineId &m : s.windows[w].machines)
            out.insert(m, {s.windows[w].unavailability, w});
    }
    return out;
}

} // namespace

ScheduleRebase ScheduleRebase::rebase(const Schedule &base, const Schedule &draft,
                                      const Schedule &live)
{
    const QHash<MachineId, Placement> inBase = placements(base);
    const QHash<MachineId, Placement> inDraft = placements(draft);
    const QHash<MachineId, Placement> inLive = placements(live);

    // Machines we changed: added, removed, or placed at another time.
    QList<MachineId> ours;
    for (auto it = inDraft.cbegin(); it != inDraft.cend(); ++it) {
        if (!inBase.contains(it.key()) || !(inBase.value(it.key()) == it.value()))
            ours.append(it.key());
    }
    for (auto it = inBase.cbegin(); it != inBase.cend(); ++it) {
        if (!inDraft.contains(it.key()))
            ours.append(it.key());
    }

    ScheduleRebase r;
    r.result = live;
    for (const MachineId &m : std::as_const(ours)) {
        const bool theyChanged = inBase.contains(m) != inLive.contains(m)
            || (inBase.contains(m) && !(inBase.value(m) == inLive.value(m)));
        if (theyChanged)
            r.conflicts.append(m);
        for (MaintenanceWindow &w : r.result.windows)
            w.machines.removeAll(m);
    }
    // Our machines go into a live window at the same time as their draft window, else into a
    // new window, in draft order.
    for (const MaintenanceWindow &dw : draft.windows) {
        QList<MachineId> mine;
        for (const MachineId &m : dw.machines) {
            if (ours.contains(m))
                mine.append(m);
        }
        if (mine.isEmpty())
            continue;
        auto target = std::find_if(
            r.result.windows.begin(), r.result.windows.end(),
            [&](const MaintenanceWindow &w) { return w.unavailability == dw.unavailability; });
        if (target == r.result.windows.end())
            r.result.windows.append({mine, dw.unavailability});
        else
            target->machines.append(mine);
    }
    r.result.windows.removeIf([](const MaintenanceWindow &w) { return w.machines.isEmpty(); });
    return r;
}
