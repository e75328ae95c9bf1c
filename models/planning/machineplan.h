#pragma once

#include "draftschedule.h"
#include "live/agentdrain.h"
#include "live/drainreadiness.h"
#include "machinemode.h"
#include "unavailability.h"

#include <QMetaType>

#include <optional>

/// Everything the timeline draws on one machine's row, fetched with a single data() call
/// (MachineTableModel::PlanRole) so that a repaint asks the model once per visible row.
struct MachinePlan
{
    /// DrainReadiness as the timeline and table colour it: its Blocked state split by whether a
    /// framework with tasks there declined or has only not answered yet.
    enum class Readiness {
        NotDraining, ///< UP or DOWN
        Waiting, ///< blocked: some framework with tasks there has not answered, none declined
        Ready, ///< no tasks, or every framework with tasks there accepted
        Blocked, ///< blocked: some framework with tasks there declined
    };

    static Readiness readinessOf(const DrainReadiness &r)
    {
        switch (r.state) {
        case DrainReadiness::State::NotDraining:
            return Readiness::NotDraining;
        case DrainReadiness::State::Ready:
            return Readiness::Ready;
        case DrainReadiness::State::Blocked:
            break;
        }
        return r.anyDeclined() ? Readiness::Blocked : Readiness::Waiting;
    }

    WindowId windowId = 0;
    std::optional<Unavailability> planned; ///< in the draft
    std::optional<Unavailability> base; ///< in the live schedule the draft started from
    DraftSchedule::Change change = DraftSchedule::Change::Unchanged;
    MachineMode mode = MachineMode::Up;
    Readiness readiness = Readiness::NotDraining;
    qint64 taskCount = 0;
    AgentDrain::State agentDrain = AgentDrain::State::None; ///< DRAIN_AGENT / DEACTIVATE_AGENT

    /// What the draft did to this machine's window, as people name it. A drag of one edge keeps
    /// the other end: that is a resize, not a move (DraftSchedule calls both Moved).
    enum class Edit { None, Created, Moved, Resized, MovedAndResized, Removed };

    Edit edit() const
    {
        switch (change) {
        case DraftSchedule::Change::Unchanged:
            return Edit::None;
        case DraftSchedule::Change::Added:
            return Edit::Created;
        case DraftSchedule::Change::Removed:
            return Edit::Removed;
        case DraftSchedule::Change::Moved:
            break;
        }
        if (!planned || !base)
            return Edit::Moved;
        const bool sameStart = planned->startNs == base->startNs;
        const bool sameDuration = planned->durationNs == base->durationNs;
        const bool sameEnd = planned->endNs() && planned->endNs() == base->endNs();
        if (sameDuration)
            return Edit::Moved;
        return sameStart || sameEnd ? Edit::Resized : Edit::MovedAndResized;
    }

    /// The master refuses to drop a DOWN machine from the schedule, so its bar may not go away.
    bool locked() const { return mode == MachineMode::Down; }
};

Q_DECLARE_METATYPE(MachinePlan)
