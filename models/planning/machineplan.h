#pragma once

#include "draftschedule.h"
#include "machinemode.h"
#include "unavailability.h"

#include <QMetaType>

#include <optional>

/// Everything the timeline draws on one machine's row, fetched with a single data() call
/// (MachineTableModel::PlanRole) so that a repaint asks the model once per visible row.
struct MachinePlan
{
    /// What the frameworks answered to a DRAINING machine's inverse offers.
    enum class Readiness {
        NotDraining, ///< UP or DOWN
        Waiting, ///< tasks remain and not every framework has accepted
        Ready, ///< no tasks, or every answer is ACCEPT
        Blocked, ///< some framework declined
    };

    WindowId windowId = 0;
    std::optional<Unavailability> planned; ///< in the draft
    std::optional<Unavailability> base; ///< in the live schedule the draft started from
    DraftSchedule::Change change = DraftSchedule::Change::Unchanged;
    MachineMode mode = MachineMode::Up;
    Readiness readiness = Readiness::NotDraining;
    qint64 taskCount = 0;

    /// The master refuses to drop a DOWN machine from the schedule, so its bar may not go away.
    bool locked() const { return mode == MachineMode::Down; }
};

Q_DECLARE_METATYPE(MachinePlan)
