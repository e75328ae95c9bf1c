#pragma once

#include <QByteArray>

#include <optional>

/// Binary protobuf for the v1 responses and events the simulated master renders as JSON
/// (GET_AGENTS, GET_FRAMEWORKS, GET_TASKS, GET_STATE, GET_MASTER, GET_HEALTH, GET_VERSION and the
/// SUBSCRIBE events): the JSON document is transcoded field by field with the field numbers of
/// include/mesos/v1/mesos.proto and master/master.proto. Fields the schema does not know (such as
/// the internal `checkpoint` in `agent_info`) are left out, as the real protobuf has no such field.
namespace V1Protobuf {

std::optional<QByteArray> responseFromJson(const QByteArray &json);
std::optional<QByteArray> eventFromJson(const QByteArray &json);

} // namespace V1Protobuf
