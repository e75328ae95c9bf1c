#pragma once

#include "maintenancestatus.h"
#include "schedule.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

/// The protobuf side of `/api/v1` (`application/x-protobuf`) for the calls the simulated master
/// serves: decodes a binary mesos.v1.master.Call into the JSON form the JSON pipeline reads (with
/// the proto's required fields checked), and encodes the maintenance, health and version
/// responses in binary. Field numbers come from include/mesos/v1/master/master.proto.
namespace ProtobufCodec {

/// The call as compact JSON, or nothing when the bytes are not a valid, complete Call
/// (the master then answers `Failed to parse body into Call protobuf`).
std::optional<QByteArray> callToJson(QByteArrayView bytes);

QByteArray encodeGetSchedule(const Schedule &schedule);
QByteArray encodeGetStatus(const MaintenanceStatus &status);
QByteArray encodeGetHealth();
QByteArray encodeGetVersion();

/// Encodes a JSON call (as V1Codec writes it) in binary: for tests and clients. Nothing when a
/// value does not have its field's type.
std::optional<QByteArray> jsonToCall(QByteArrayView json);

} // namespace ProtobufCodec
