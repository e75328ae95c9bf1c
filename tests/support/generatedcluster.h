#pragma once

#include "agent.h"
#include "maintenancestatus.h"
#include "schedule.h"

#include <QList>

/// A generated cluster for the demo, the manual test and the benchmarks: machines spread over
/// zones, windows around now, some machines DRAINING (with answers) and some DOWN. The same seed
/// gives the same cluster.
struct GeneratedCluster
{
    QList<Agent> agents;
    Schedule schedule;
    MaintenanceStatus status;

    static GeneratedCluster generate(int machines, int windows, qint64 nowNs, quint32 seed = 1);
};
