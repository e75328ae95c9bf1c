#pragma once

#include "machineid.h"
#include "unavailability.h"

#include <QList>

/// A maintenance window: machines that become unavailable together.
struct MaintenanceWindow
{
    QList<MachineId> machines;
    Unavailability unavailability;

    friend bool operator==(const MaintenanceWindow &, const MaintenanceWindow &) = default;
};
