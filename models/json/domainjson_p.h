#pragma once

// Private to slipway_core: domain types <-> the normalized protobuf-shaped JSON of ProtoJson.
// Two renderers, as the master has: `nlohmann::json` (std::map, alphabetical keys) for v0 and
// `nlohmann::ordered_json` (declaration order) for v1.

#include "machineid.h"
#include "maintenancestatus.h"
#include "schedule.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <string>

namespace DomainJson {

inline std::string utf8(const QString &s)
{
    return s.toStdString();
}
inline QString qstr(const nlohmann::json &v)
{
    const auto &s = v.get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// From normalized trees (ProtoJson output): no error checks needed.
MachineId machineIdFrom(const nlohmann::json &m);
Schedule scheduleFrom(const nlohmann::json &s);
MaintenanceStatus statusFrom(const nlohmann::json &s);

// To JSON in declaration order (v1, ordered_json) or alphabetical order (v0: nlohmann::json keeps
// objects in a std::map, which sorts keys exactly as the master's JSON::protobuf() does).
nlohmann::ordered_json toJson(const MachineId &id);
nlohmann::ordered_json toJson(const Schedule &schedule);
nlohmann::ordered_json toJson(const MaintenanceStatus &status);
nlohmann::ordered_json toJson(const QList<MachineId> &ids);
nlohmann::json toSortedJson(const MachineId &id);
nlohmann::json toSortedJson(const Schedule &schedule);
nlohmann::json toSortedJson(const MaintenanceStatus &status);
nlohmann::json toSortedJson(const QList<MachineId> &ids);

/// Compact output as the master writes it; invalid UTF-8 is replaced, never thrown on.
std::string dump(const nlohmann::ordered_json &v);
std::string dump(const nlohmann::json &v);

} // namespace DomainJson
