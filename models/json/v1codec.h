#pragma once

#include "maintenancestatus.h"
#include "schedule.h"
#include "json/result.h"
#include "json/v1call.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

/// The v1 operator API envelopes (API.md §6) for maintenance: calls and responses in protobuf
/// declaration order, and the master's JSON call pipeline with its exact texts.
namespace V1Codec {

/// Steps 7–8 of the master's `/api/v1` pipeline for `Content-Type: application/json`. Errors carry
/// the master's whole 400 body: `Failed to parse body into JSON: …`, `Failed to convert JSON into
/// Call protobuf: …` or `Failed to validate master::Call: …`.
Result<V1Call> decodeCall(QByteArrayView body);

QByteArray encodeCall(const QString &type); ///< a call without a sub-message, e.g. GET_AGENTS
QByteArray encodeUpdateSchedule(const Schedule &schedule);
QByteArray encodeStartMaintenance(const QList<MachineId> &machines);
QByteArray encodeStopMaintenance(const QList<MachineId> &machines);
/// DRAIN_AGENT: `max_grace_period` as a protobuf Duration `{seconds, nanos}` when given.
QByteArray encodeDrainAgent(const QString &agentId, std::optional<qint64> maxGracePeriodNs,
                            bool markGone);
QByteArray encodeDeactivateAgent(const QString &agentId);
QByteArray encodeReactivateAgent(const QString &agentId);

QByteArray encodeGetScheduleResponse(const Schedule &schedule);
QByteArray encodeGetStatusResponse(const MaintenanceStatus &status);
Result<Schedule> decodeGetScheduleResponse(QByteArrayView json);
Result<MaintenanceStatus> decodeGetStatusResponse(QByteArrayView json);

} // namespace V1Codec
