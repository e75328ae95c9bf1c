#include "schedulerebase.h"

#include <QHash>

namespace {

using Placements = QHash<MachineId, Unavailability>;

Placements placements(const Schedule &s)
{
    Placements out;
    for (const MaintenanceWindow &w : s.windows) {
        for (const MachineId &m : w.machines)
            out.insert(m, w.unavailability);
    }
    return out;
}

std::optional<Unavailability> placementOf(const Placements &p, const MachineId &m)
{
    const auto it = p.constFind(m);
    return it == p.cend() ? std::nullopt : std::optional<Unavailability>(*it);
}

// Machines whose place differs between the two schedules (added, removed or moved), in a stable
// order: those of `to` in schedule order, then those only in `from`.
QList<MachineId> changed(const Schedule &from, const Placements &inFrom, const Schedule &to,
                         const Placements &inTo)
{
    QList<MachineId> out;
    for (const MaintenanceWindow &w : to.windows) {
        for (const MachineId &m : w.machines) {
            if (placementOf(inFrom, m) != w.unavailability)
                out.append(m);
        }
    }
    for (const MaintenanceWindow &w : from.windows) {
        for (const MachineId &m : w.machines) {
            if (!inTo.contains(m))
                out.append(m);
        }
    }
    return out;
}

// Our machines go into a result window at the same time as their draft window, else into a new
// window, in draft order.
void placeOurs(Schedule &result, const Schedule &draft, const QList<MachineId> &ours)
{
    for (const MaintenanceWindow &dw : draft.windows) {
        QList<MachineId> mine;
        for (const MachineId &m : dw.machines) {
            if (ours.contains(m))
                mine.append(m);
        }
        if (mine.isEmpty())
            continue;
        auto target = std::find_if(
            result.windows.begin(), result.windows.end(),
            [&](const MaintenanceWindow &w) { return w.unavailability == dw.unavailability; });
        if (target == result.windows.end())
            result.windows.append({mine, dw.unavailability});
        else
            target->machines.append(mine);
    }
}

} // namespace

ScheduleRebase ScheduleRebase::rebase(const Schedule &origin, const Schedule &draft,
                                      const Schedule &live)
{
    const Placements inOrigin = placements(origin);
    const Placements inDraft = placements(draft);
    const Placements inLive = placements(live);

    ScheduleRebase r;
    r.result = live;
    QList<MachineId> ours; // the machines whose place the result takes from the draft
    for (const MachineId &m : changed(origin, inOrigin, draft, inDraft)) {
        const std::optional<Unavailability> before = placementOf(inOrigin, m);
        const std::optional<Unavailability> mine = placementOf(inDraft, m);
        const std::optional<Unavailability> theirs = placementOf(inLive, m);
        if (theirs == mine)
            continue; // both made the same change (the live schedule already holds it)
        if (theirs != before)
            r.conflicts.append({m, before, mine, theirs});
        ours.append(m);
        for (MaintenanceWindow &w : r.result.windows)
            w.machines.removeAll(m);
    }
    placeOurs(r.result, draft, ours);
    r.result.windows.removeIf([](const MaintenanceWindow &w) { return w.machines.isEmpty(); });
    return r;
}
