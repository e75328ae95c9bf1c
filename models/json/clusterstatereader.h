#pragma once

#include "json/clusterstate.h"
#include "json/result.h"

#include <QByteArrayView>

/// The bulk read of the live refresh, megabytes every few seconds at 10,000 agents: simdjson
/// On-Demand, skipping every field the console does not need (DESIGN.md). Same error shape as the
/// nlohmann codec; never throws.
namespace ClusterStateReader {

/// `GET /master/state-summary`: agents with per-state task counts and `framework_ids`.
Result<ClusterState> readStateSummary(QByteArrayView json);
/// v1 `GET_STATE`: get_agents, get_frameworks and get_tasks (tasks are counted per agent).
Result<ClusterState> readV1State(QByteArrayView json);

} // namespace ClusterStateReader
