#pragma once

#include "agent.h"
#include "framework.h"

#include <QList>

/// One snapshot of the cluster facts the console shows: registered agents (with task counts per
/// agent) and frameworks.
struct ClusterState
{
    QList<Agent> agents;
    QList<Framework> frameworks;
    qint64 totalTasks = 0;
};
