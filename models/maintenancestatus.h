#pragma once

#include "inverseofferstatus.h"
#include "machineid.h"

#include <QList>

/// A DRAINING machine with the answers recorded for it.
struct DrainingMachine
{
    MachineId id;
    QList<InverseOfferStatus> statuses;

    friend bool operator==(const DrainingMachine &, const DrainingMachine &) = default;
};

/// `/maintenance/status`: machines DRAINING (with answers) and DOWN. Order carries no meaning.
struct MaintenanceStatus
{
    QList<DrainingMachine> draining;
    QList<MachineId> down;

    bool isEmpty() const { return draining.isEmpty() && down.isEmpty(); }

    friend bool operator==(const MaintenanceStatus &, const MaintenanceStatus &) = default;
};
