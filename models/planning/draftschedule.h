#pragma once

#include "draftwindow.h"
#include "machineid.h"
#include "schedule.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

/// The schedule being planned (the draft), the live schedule it started from (its base) and the
/// machines that are DOWN. It owns the master's rules: every edit either leaves a draft the master
/// would accept or is refused with a reason and changes nothing. Views and commands only ask.
class DraftSchedule : public QObject
{
    Q_OBJECT
public:
    /// How a machine's place in the draft differs from the base.
    enum class Change { Unchanged, Added, Moved, Removed };
    Q_ENUM(Change)

    /// nullopt when an edit was applied, otherwise the reason it was refused (translated).
    using Refusal = std::optional<QString>;

    explicit DraftSchedule(QObject *parent = nullptr);

    /// The live schedule as last seen. An unmodified draft follows it; a modified one keeps its
    /// edits and only the base (and so the differences shown) moves.
    void setLiveSchedule(const Schedule &live);
    /// Machines the master reports DOWN; the draft may never drop them.
    void setDownMachines(const QList<MachineId> &down);
    /// Discards every edit: the draft becomes the base again.
    void revertToBase();

    Schedule base() const { return m_base; }
    Schedule schedule() const;
    const QList<DraftWindow> &windows() const { return m_windows; }
    const DraftWindow *window(WindowId id) const;
    /// 0 when the machine is in no window of the draft.
    WindowId windowIdOf(const MachineId &machine) const { return m_windowOf.value(machine, 0); }
    std::optional<Unavailability> baseUnavailabilityOf(const MachineId &machine) const;
    Change changeOf(const MachineId &machine) const;
    bool isDown(const MachineId &machine) const { return m_down.contains(machine); }
    bool isModified() const;
    /// Machines of the draft and of the base, each once.
    QList<MachineId> scheduledMachines() const;

    /// When the draft's windows happen: the earliest start and the latest end.
    struct TimeExtent
    {
        qint64 startNs = 0;
        qint64 endNs = 0;
        friend bool operator==(const TimeExtent &, const TimeExtent &) = default;
    };
    /// The extent of all windows, an open-ended one counting as @p openEndedNs long; nothing
    /// for an empty draft.
    std::optional<TimeExtent> timeExtent(qint64 openEndedNs) const;

    Refusal addWindow(const QList<MachineId> &machines, const Unavailability &unavailability,
                      WindowId *createdId = nullptr);
    Refusal removeWindow(WindowId id);
    Refusal setUnavailability(WindowId id, const Unavailability &unavailability);
    /// Takes the machines out of their windows; windows left empty disappear.
    Refusal removeMachines(const QList<MachineId> &machines);
    /// Puts the machines into window @p id, taking them out of any other window.
    Refusal moveMachinesToWindow(const QList<MachineId> &machines, WindowId id);
    /// Replaces the whole draft (an imported or restored schedule), if the master would accept it
    /// given the DOWN machines.
    Refusal replaceSchedule(const Schedule &schedule);
    /// Replaces the draft with an earlier state (undo and redo). Not checked: it was valid once.
    void restore(const QList<DraftWindow> &windows);

Q_SIGNALS:
    /// The window or times of these machines changed in the draft or in the base.
    void machinesChanged(const QList<MachineId> &machines);
    /// Some window was added, removed or changed.
    void windowsChanged();

private:
    Refusal checkNotDown(const QList<MachineId> &machines) const;
    void apply(QList<DraftWindow> windows);
    void rebuildIndex();
    QList<DraftWindow> windowsFrom(const Schedule &schedule) const;

    Schedule m_base;
    QHash<MachineId, Unavailability> m_baseOf;
    QList<DraftWindow> m_windows;
    QHash<MachineId, WindowId> m_windowOf;
    QHash<WindowId, qsizetype> m_indexOf;
    QSet<MachineId> m_down;
    WindowId m_nextId = 1;
};
