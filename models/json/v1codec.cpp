#include "v1codec.h"

#include "saturating.h"
#include "json/domainjson_p.h"
#include "json/masterdocument_p.h"
#include "json/masterjsonreader_p.h"
#include "json/protojson_p.h"

using namespace Qt::StringLiterals;

namespace V1Codec {

namespace {

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

JsonError callError(JsonError::Kind kind, const QString &message, const QString &path = {})
{
    JsonError e;
    e.kind = kind;
    e.message = message;
    e.path = path;
    return e;
}

QList<MachineId> machinesFrom(const nlohmann::json &sub)
{
    QList<MachineId> ids;
    if (const auto m = sub.find("machines"); m != sub.end()) {
        for (const nlohmann::json &id : *m)
            ids.append(DomainJson::machineIdFrom(id));
    }
    return ids;
}

V1Call::AgentRef agentFrom(const nlohmann::json &sub)
{
    V1Call::AgentRef ref;
    ref.agentId = DomainJson::qstr(sub.at("agent_id").at("value"));
    if (const auto g = sub.find("max_grace_period"); g != sub.end()) {
        const qint64 seconds = g->value("seconds", qint64(0));
        const qint64 nanos = g->value("nanos", qint64(0));
        ref.maxGracePeriodNs = Saturating::nsFromSeconds(seconds, nanos);
    }
    ref.markGone = sub.value("mark_gone", false);
    return ref;
}

// src/master/validation.cpp master::call::validate, for the calls Slipway knows.
QString validate(const std::string &type, const nlohmann::json &call)
{
    if (type.empty())
        return u"Expecting 'type' to be present"_s;
    static const std::pair<const char *, const char *> required[] = {
        {"UPDATE_MAINTENANCE_SCHEDULE", "update_maintenance_schedule"},
        {"START_MAINTENANCE", "start_maintenance"},
        {"STOP_MAINTENANCE", "stop_maintenance"},
        {"DRAIN_AGENT", "drain_agent"},
        {"DEACTIVATE_AGENT", "deactivate_agent"},
        {"REACTIVATE_AGENT", "reactivate_agent"},
    };
    for (const auto &[name, field] : required) {
        if (type == name && !call.contains(field))
            return u"Expecting '"_s + QLatin1StringView(field) + u"' to be present"_s;
    }
    return QString();
}

} // namespace

Result<V1Call> decodeCall(QByteArrayView body)
{
    MasterJsonReader::Outcome parsed
        = MasterJsonReader::parse(std::string_view(body.data(), static_cast<size_t>(body.size())));
    if (!parsed.error.empty()) {
        JsonError e = callError(JsonError::Kind::Syntax,
                                u"Failed to parse body into JSON: "_s
                                    + QString::fromStdString(parsed.error));
        e.line = parsed.line;
        e.column = parsed.column;
        return e;
    }
    nlohmann::json call;
    ProtoJson::Error error;
    if (!ProtoJson::parseMessage(ProtoJson::Call, parsed.value, call, error)) {
        JsonError e = MasterDocument::fromProto(error);
        e.message = u"Failed to convert JSON into Call protobuf: "_s + e.message;
        return e;
    }
    const std::string type = call.value("type", std::string());
    if (const QString invalid = validate(type, call); !invalid.isEmpty())
        return callError(JsonError::Kind::Semantic,
                         u"Failed to validate master::Call: "_s + invalid);

    V1Call out;
    out.type = QString::fromStdString(type);
    if (const auto u = call.find("update_maintenance_schedule"); u != call.end())
        out.schedule = DomainJson::scheduleFrom(u->at("schedule"));
    if (const auto s = call.find("start_maintenance"); s != call.end())
        out.startMachines = machinesFrom(*s);
    if (const auto s = call.find("stop_maintenance"); s != call.end())
        out.stopMachines = machinesFrom(*s);
    if (const auto d = call.find("drain_agent"); d != call.end())
        out.drainAgent = agentFrom(*d);
    if (const auto d = call.find("deactivate_agent"); d != call.end())
        out.deactivateAgent = agentFrom(*d);
    if (const auto d = call.find("reactivate_agent"); d != call.end())
        out.reactivateAgent = agentFrom(*d);
    return out;
}

QByteArray encodeCall(const QString &type)
{
    nlohmann::ordered_json j;
    j["type"] = type.toStdString();
    return bytes(DomainJson::dump(j));
}

QByteArray encodeUpdateSchedule(const Schedule &schedule)
{
    nlohmann::ordered_json j;
    j["type"] = "UPDATE_MAINTENANCE_SCHEDULE";
    j["update_maintenance_schedule"]["schedule"] = DomainJson::toJson(schedule);
    return bytes(DomainJson::dump(j));
}

static QByteArray machinesCall(const char *type, const char *field,
                               const QList<MachineId> &machines)
{
    nlohmann::ordered_json j;
    j["type"] = type;
    nlohmann::ordered_json sub = nlohmann::ordered_json::object();
    if (!machines.isEmpty())
        sub["machines"] = DomainJson::toJson(machines);
    j[field] = std::move(sub);
    return bytes(DomainJson::dump(j));
}

QByteArray encodeStartMaintenance(const QList<MachineId> &machines)
{
    return machinesCall("START_MAINTENANCE", "start_maintenance", machines);
}

QByteArray encodeStopMaintenance(const QList<MachineId> &machines)
{
    return machinesCall("STOP_MAINTENANCE", "stop_maintenance", machines);
}

static nlohmann::ordered_json agentIdJson(const QString &agentId)
{
    nlohmann::ordered_json id;
    id["value"] = agentId.toStdString();
    return id;
}

QByteArray encodeDrainAgent(const QString &agentId, std::optional<qint64> maxGracePeriodNs,
                            bool markGone)
{
    nlohmann::ordered_json j;
    j["type"] = "DRAIN_AGENT";
    nlohmann::ordered_json sub;
    sub["agent_id"] = agentIdJson(agentId);
    if (maxGracePeriodNs) {
        // google.protobuf.Duration: seconds and nanos of the same sign.
        const qint64 seconds = *maxGracePeriodNs / 1000000000;
        const qint64 nanos = *maxGracePeriodNs % 1000000000;
        sub["max_grace_period"]["seconds"] = seconds;
        sub["max_grace_period"]["nanos"] = nanos;
    }
    sub["mark_gone"] = markGone;
    j["drain_agent"] = std::move(sub);
    return bytes(DomainJson::dump(j));
}

static QByteArray agentCall(const char *type, const char *field, const QString &agentId)
{
    nlohmann::ordered_json j;
    j["type"] = type;
    j[field]["agent_id"] = agentIdJson(agentId);
    return bytes(DomainJson::dump(j));
}

QByteArray encodeDeactivateAgent(const QString &agentId)
{
    return agentCall("DEACTIVATE_AGENT", "deactivate_agent", agentId);
}

QByteArray encodeReactivateAgent(const QString &agentId)
{
    return agentCall("REACTIVATE_AGENT", "reactivate_agent", agentId);
}

QByteArray encodeGetScheduleResponse(const Schedule &schedule)
{
    nlohmann::ordered_json j;
    j["type"] = "GET_MAINTENANCE_SCHEDULE";
    j["get_maintenance_schedule"]["schedule"] = DomainJson::toJson(schedule);
    return bytes(DomainJson::dump(j));
}

QByteArray encodeGetStatusResponse(const MaintenanceStatus &status)
{
    nlohmann::ordered_json j;
    j["type"] = "GET_MAINTENANCE_STATUS";
    j["get_maintenance_status"]["status"] = DomainJson::toJson(status);
    return bytes(DomainJson::dump(j));
}

namespace {

// Reads `{"type":…,"<envelope>":{"<field>":{…}}}` and converts the inner message.
template<typename T, typename Convert>
Result<T> decodeResponse(QByteArrayView json, const char *envelope, const char *field,
                         const ProtoJson::MessageDesc &desc, Convert convert)
{
    nlohmann::json root;
    if (auto error = MasterDocument::parseRoot(json, MasterDocument::Root::Object, root))
        return *error;
    const QString path = QLatin1StringView(envelope) + u'.' + QLatin1StringView(field);
    const auto outer = root.find(envelope);
    if (outer == root.end() || !outer->is_object() || !outer->contains(field))
        return callError(JsonError::Kind::Missing, u"Missing required fields: "_s + path, path);
    nlohmann::json normalized;
    ProtoJson::Error error;
    if (!ProtoJson::parseMessage(desc, outer->at(field), normalized, error)) {
        JsonError e = MasterDocument::fromProto(error);
        e.path = e.path.isEmpty() ? path : path + u'.' + e.path;
        return e;
    }
    return convert(normalized);
}

} // namespace

Result<Schedule> decodeGetScheduleResponse(QByteArrayView json)
{
    return decodeResponse<Schedule>(json, "get_maintenance_schedule", "schedule",
                                    ProtoJson::Schedule, DomainJson::scheduleFrom);
}

Result<MaintenanceStatus> decodeGetStatusResponse(QByteArrayView json)
{
    return decodeResponse<MaintenanceStatus>(json, "get_maintenance_status", "status",
                                             ProtoJson::ClusterStatus, DomainJson::statusFrom);
}

} // namespace V1Codec
