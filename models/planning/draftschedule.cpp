#include "draftschedule.h"

#include "saturating.h"

#include "maintenancevalidator.h"

#include <limits>

DraftSchedule::DraftSchedule(QObject *parent)
    : QObject(parent)
{ }

Schedule DraftSchedule::schedule() const
{
    Schedule s;
    s.windows.reserve(m_windows.size());
    for (const DraftWindow &w : m_windows)
        s.windows.append(w.window);
    return s;
}

const DraftWindow *DraftSchedule::window(WindowId id) const
{
    const auto it = m_indexOf.constFind(id);
    return it == m_indexOf.cend() ? nullptr : &m_windows[*it];
}

std::optional<Unavailability> DraftSchedule::baseUnavailabilityOf(const MachineId &machine) const
{
    const auto it = m_baseOf.constFind(machine);
    if (it == m_baseOf.cend())
        return std::nullopt;
    return *it;
}

DraftSchedule::Change DraftSchedule::changeOf(const MachineId &machine) const
{
    const auto base = m_baseOf.constFind(machine);
    const DraftWindow *w = window(windowIdOf(machine));
    if (base == m_baseOf.cend())
        return w ? Change::Added : Change::Unchanged;
    if (!w)
        return Change::Removed;
    return w->window.unavailability == *base ? Change::Unchanged : Change::Moved;
}

bool DraftSchedule::isModified() const
{
    if (m_windows.size() != m_base.windows.size())
        return true;
    for (qsizetype i = 0; i < m_windows.size(); ++i) {
        if (m_windows[i].window != m_base.windows[i])
            return true;
    }
    return false;
}

QList<MachineId> DraftSchedule::scheduledMachines() const
{
    QList<MachineId> out;
    out.reserve(m_windowOf.size() + m_baseOf.size());
    for (auto it = m_windowOf.cbegin(); it != m_windowOf.cend(); ++it)
        out.append(it.key());
    for (auto it = m_baseOf.cbegin(); it != m_baseOf.cend(); ++it) {
        if (!m_windowOf.contains(it.key()))
            out.append(it.key());
    }
    return out;
}

void DraftSchedule::setLiveSchedule(const Schedule &live)
{
    if (live == m_base)
        return;
    const bool follow = !isModified();
    QHash<MachineId, Unavailability> baseOf;
    for (const MaintenanceWindow &w : live.windows) {
        for (const MachineId &m : w.machines)
            baseOf.insert(m, w.unavailability);
    }
    QList<MachineId> affected;
    for (auto it = m_baseOf.cbegin(); it != m_baseOf.cend(); ++it) {
        const auto now = baseOf.constFind(it.key());
        if (now == baseOf.cend() || *now != *it)
            affected.append(it.key());
    }
    for (auto it = baseOf.cbegin(); it != baseOf.cend(); ++it) {
        if (!m_baseOf.contains(it.key()))
            affected.append(it.key());
    }
    m_base = live;
    m_baseOf = std::move(baseOf);
    if (follow)
        apply(windowsFrom(live));
    if (!affected.isEmpty())
        Q_EMIT machinesChanged(affected);
}

void DraftSchedule::setDownMachines(const QList<MachineId> &down)
{
    m_down = QSet<MachineId>(down.cbegin(), down.cend());
}

void DraftSchedule::revertToBase()
{
    apply(windowsFrom(m_base));
}

DraftSchedule::Refusal DraftSchedule::replaceSchedule(const Schedule &schedule)
{
    if (const auto error = MaintenanceValidator::checkSchedule(
            schedule, QList<MachineId>(m_down.cbegin(), m_down.cend())))
        return error->message;
    apply(windowsFrom(schedule));
    return std::nullopt;
}

QList<DraftWindow> DraftSchedule::windowsFrom(const Schedule &schedule) const
{
    // Keep the id of the draft window that holds a window's first machine, so that colours and
    // selection survive a refresh of an unmodified draft.
    QList<DraftWindow> out;
    out.reserve(schedule.windows.size());
    QSet<WindowId> used;
    WindowId next = m_nextId;
    for (const MaintenanceWindow &w : schedule.windows) {
        WindowId id = w.machines.isEmpty() ? 0 : windowIdOf(w.machines.first());
        if (id == 0 || used.contains(id))
            id = next++;
        used.insert(id);
        out.append(DraftWindow {id, w});
    }
    return out;
}

DraftSchedule::Refusal DraftSchedule::checkNotDown(const QList<MachineId> &machines) const
{
    for (const MachineId &m : machines) {
        if (m_down.contains(m))
            return tr("%1 is DOWN: the master refuses to remove a DOWN machine from the "
                      "schedule. Bring it up first.")
                .arg(m.displayName());
    }
    return std::nullopt;
}

DraftSchedule::Refusal DraftSchedule::addWindow(const QList<MachineId> &machines,
                                                const Unavailability &unavailability,
                                                WindowId *createdId)
{
    if (machines.isEmpty())
        return tr("A window needs at least one machine.");
    if (unavailability.durationNs.value_or(0) < 0)
        return tr("A window cannot end before it starts.");
    QSet<MachineId> seen;
    for (const MachineId &m : machines) {
        if (auto error = MaintenanceValidator::checkMachine(m))
            return tr("%1: %2").arg(m.displayName(), *error);
        if (seen.contains(m))
            return tr("%1 is listed twice.").arg(m.displayName());
        if (windowIdOf(m) != 0)
            return tr("%1 is already in another window; a machine can be in only one window.")
                .arg(m.displayName());
        seen.insert(m);
    }
    QList<DraftWindow> next = m_windows;
    const WindowId id = m_nextId;
    next.append(DraftWindow {id, MaintenanceWindow {machines, unavailability}});
    apply(std::move(next));
    if (createdId)
        *createdId = id;
    return std::nullopt;
}

DraftSchedule::Refusal DraftSchedule::removeWindow(WindowId id)
{
    const DraftWindow *w = window(id);
    if (!w)
        return tr("There is no such window.");
    if (auto refusal = checkNotDown(w->window.machines))
        return refusal;
    QList<DraftWindow> next = m_windows;
    next.removeAt(m_indexOf.value(id));
    apply(std::move(next));
    return std::nullopt;
}

DraftSchedule::Refusal DraftSchedule::setUnavailability(WindowId id,
                                                        const Unavailability &unavailability)
{
    const DraftWindow *w = window(id);
    if (!w)
        return tr("There is no such window.");
    if (unavailability.durationNs.value_or(0) < 0)
        return tr("A window cannot end before it starts.");
    if (w->window.unavailability == unavailability)
        return std::nullopt;
    QList<DraftWindow> next = m_windows;
    next[m_indexOf.value(id)].window.unavailability = unavailability;
    apply(std::move(next));
    return std::nullopt;
}

DraftSchedule::Refusal DraftSchedule::removeMachines(const QList<MachineId> &machines)
{
    if (machines.isEmpty())
        return tr("No machine is selected.");
    for (const MachineId &m : machines) {
        if (windowIdOf(m) == 0)
            return tr("%1 is not in any window.").arg(m.displayName());
    }
    if (auto refusal = checkNotDown(machines))
        return refusal;
    const QSet<MachineId> drop(machines.cbegin(), machines.cend());
    QList<DraftWindow> next;
    next.reserve(m_windows.size());
    for (const DraftWindow &w : m_windows) {
        DraftWindow kept = w;
        kept.window.machines.removeIf([&](const MachineId &m) { return drop.contains(m); });
        if (!kept.window.machines.isEmpty())
            next.append(std::move(kept));
    }
    apply(std::move(next));
    return std::nullopt;
}

DraftSchedule::Refusal DraftSchedule::moveMachinesToWindow(const QList<MachineId> &machines,
                                                           WindowId id)
{
    if (!window(id))
        return tr("There is no such window.");
    QList<MachineId> moving;
    QSet<MachineId> seen;
    for (const MachineId &m : machines) {
        if (auto error = MaintenanceValidator::checkMachine(m))
            return tr("%1: %2").arg(m.displayName(), *error);
        if (windowIdOf(m) != id && !seen.contains(m))
            moving.append(m);
        seen.insert(m);
    }
    if (moving.isEmpty())
        return tr("The machines are already in this window.");
    const QSet<MachineId> movingSet(moving.cbegin(), moving.cend());
    QList<DraftWindow> next;
    next.reserve(m_windows.size());
    for (const DraftWindow &w : m_windows) {
        DraftWindow kept = w;
        if (w.id == id)
            kept.window.machines.append(moving);
        else
            kept.window.machines.removeIf(
                [&](const MachineId &m) { return movingSet.contains(m); });
        if (!kept.window.machines.isEmpty())
            next.append(std::move(kept));
    }
    apply(std::move(next));
    return std::nullopt;
}

void DraftSchedule::restore(const QList<DraftWindow> &windows)
{
    apply(windows);
}

void DraftSchedule::apply(QList<DraftWindow> windows)
{
    QHash<WindowId, const DraftWindow *> old;
    old.reserve(m_windows.size());
    for (const DraftWindow &w : std::as_const(m_windows))
        old.insert(w.id, &w);
    QList<MachineId> affected;
    QSet<WindowId> present;
    for (const DraftWindow &w : std::as_const(windows)) {
        present.insert(w.id);
        m_nextId = std::max(m_nextId, w.id + 1);
        const DraftWindow *before = old.value(w.id);
        if (before && *before == w)
            continue;
        if (before)
            affected.append(before->window.machines);
        affected.append(w.window.machines);
    }
    for (const DraftWindow &w : std::as_const(m_windows)) {
        if (!present.contains(w.id))
            affected.append(w.window.machines);
    }
    if (affected.isEmpty() && windows.size() == m_windows.size())
        return;
    for (const MachineId &m : std::as_const(affected))
        m_windowOf.remove(m);
    m_windows = std::move(windows);
    rebuildIndex();
    const QSet<MachineId> touched(affected.cbegin(), affected.cend());
    for (const DraftWindow &w : std::as_const(m_windows)) {
        // Only windows that changed can hold a machine whose entry was dropped above.
        for (const MachineId &m : w.window.machines) {
            if (touched.contains(m))
                m_windowOf.insert(m, w.id);
        }
    }
    QList<MachineId> changed;
    changed.reserve(touched.size());
    QSet<MachineId> reported;
    for (const MachineId &m : std::as_const(affected)) {
        if (!reported.contains(m)) {
            reported.insert(m);
            changed.append(m);
        }
    }
    Q_EMIT machinesChanged(changed);
    Q_EMIT windowsChanged();
}

void DraftSchedule::rebuildIndex()
{
    m_indexOf.clear();
    m_indexOf.reserve(m_windows.size());
    for (qsizetype i = 0; i < m_windows.size(); ++i)
        m_indexOf.insert(m_windows[i].id, i);
}

std::optional<DraftSchedule::TimeExtent> DraftSchedule::timeExtent(qint64 openEndedNs) const
{
    if (m_windows.isEmpty())
        return std::nullopt;
    TimeExtent extent {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()};
    for (const DraftWindow &w : m_windows) {
        const Unavailability &u = w.window.unavailability;
        // Saturating: a window may start near the end of time.
        const qint64 end
            = Saturating::add(u.startNs, std::max<qint64>(0, u.durationNs.value_or(openEndedNs)));
        extent.startNs = std::min(extent.startNs, u.startNs);
        extent.endNs = std::max(extent.endNs, end);
    }
    return extent;
}
