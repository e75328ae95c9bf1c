#pragma once

#include "machineid.h"
#include "schedule.h"

#include <QList>
#include <QString>

#include <optional>

/// A decoded `POST /api/v1` call (the parts of mesos.v1.master.Call that Slipway serves).
struct V1Call
{
    struct AgentRef
    {
        QString agentId;
        std::optional<qint64> maxGracePeriodNs; ///< DRAIN_AGENT: seconds·1e9 + nanos
        bool markGone = false;
    };

    QString type; ///< e.g. `GET_MAINTENANCE_STATUS`; empty when absent or unknown
    std::optional<Schedule> schedule; ///< update_maintenance_schedule
    std::optional<QList<MachineId>> startMachines; ///< start_maintenance
    std::optional<QList<MachineId>> stopMachines; ///< stop_maintenance
    std::optional<AgentRef> drainAgent;
    std::optional<AgentRef> deactivateAgent;
    std::optional<AgentRef> reactivateAgent;
};
