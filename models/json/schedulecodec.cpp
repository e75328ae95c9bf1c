#include "schedulecodec.h"

#include "json/domainjson_p.h"
#include "json/masterdocument_p.h"
#include "json/protojson_p.h"

namespace ScheduleCodec {

namespace {

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

Result<Schedule> decodeSchedule(QByteArrayView json)
{
    nlohmann::json root;
    if (auto error = MasterDocument::parseRoot(json, MasterDocument::Root::Object, root))
        return *error;
    nlohmann::json normalized;
    ProtoJson::Error error;
    if (!ProtoJson::parseMessage(ProtoJson::Schedule, root, normalized, error))
        return MasterDocument::fromProto(error);
    return DomainJson::scheduleFrom(normalized);
}

QStringList unknownScheduleKeys(QByteArrayView json)
{
    // Lenient parse: only the key names matter here, the verdict comes from decodeSchedule.
    const nlohmann::ordered_json root = nlohmann::ordered_json::parse(
        json.begin(), json.end(), nullptr, /*allow_exceptions=*/false);
    QStringList keys;
    if (!root.is_object())
        return keys;
    for (const auto &[key, value] : root.items()) {
        if (key != "windows")
            keys << QString::fromStdString(key);
    }
    return keys;
}

QByteArray encodeSchedule(const Schedule &schedule)
{
    return bytes(DomainJson::dump(DomainJson::toSortedJson(schedule)));
}

QByteArray encodeScheduleIndented(const Schedule &schedule)
{
    return bytes(DomainJson::toJson(schedule).dump(2) + "\n");
}

Result<QList<MachineId>> decodeMachineList(QByteArrayView json)
{
    nlohmann::json root;
    if (auto error = MasterDocument::parseRoot(json, MasterDocument::Root::Array, root))
        return *error;
    nlohmann::json normalized;
    ProtoJson::Error error;
    if (!ProtoJson::parseMessageList(ProtoJson::MachineID, root, normalized, error))
        return MasterDocument::fromProto(error);
    QList<MachineId> ids;
    ids.reserve(static_cast<qsizetype>(normalized.size()));
    for (const nlohmann::json &m : normalized)
        ids.append(DomainJson::machineIdFrom(m));
    return ids;
}

QByteArray encodeMachineList(const QList<MachineId> &machines)
{
    return bytes(DomainJson::dump(DomainJson::toSortedJson(machines)));
}

Result<MaintenanceStatus> decodeStatus(QByteArrayView json)
{
    nlohmann::json root;
    if (auto error = MasterDocument::parseRoot(json, MasterDocument::Root::Object, root))
        return *error;
    nlohmann::json normalized;
    ProtoJson::Error error;
    if (!ProtoJson::parseMessage(ProtoJson::ClusterStatus, root, normalized, error))
        return MasterDocument::fromProto(error);
    return DomainJson::statusFrom(normalized);
}

QByteArray encodeStatus(const MaintenanceStatus &status)
{
    return bytes(DomainJson::dump(DomainJson::toSortedJson(status)));
}

QString machineIdJson(const MachineId &id)
{
    return QString::fromStdString(DomainJson::dump(DomainJson::toSortedJson(id)));
}

} // namespace ScheduleCodec
