#include "protojson_p.h"

#include "masterjsonreader_p.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace ProtoJson {

namespace {

// x86-64's conversion of an out-of-range double to an integer (what the master's C cast does).
template<typename T>
T castDouble(double d)
{
    if (std::isnan(d) || d < static_cast<double>(std::numeric_limits<int64_t>::min())
        || d >= 9223372036854775808.0)
        return static_cast<T>(std::numeric_limits<int64_t>::min());
    return static_cast<T>(static_cast<int64_t>(d));
}

// Where the converter is, built into a string only when an error needs it.
struct PathNode
{
    const PathNode *parent = nullptr;
    std::string_view name;
    long index = -1; ///< an array element of the parent field
};

std::string render(const PathNode *node)
{
    if (!node)
        return std::string();
    std::string head = render(node->parent);
    if (node->index >= 0)
        return head + "[" + std::to_string(node->index) + "]";
    return head.empty() ? std::string(node->name) : head + "." + std::string(node->name);
}

// Converts in place: the tree stout would build from the JSON, minus the copies. Unknown keys stay
// (every reader looks fields up by name); nulls are erased; scalars take their field's type;
// repeated fields become flat arrays.
class Converter
{
public:
    Error error;

    bool message(const MessageDesc &desc, nlohmann::json &obj, const PathNode *path)
    {
        for (auto it = obj.begin(); it != obj.end();) {
            const auto field = std::find_if(desc.fields.begin(), desc.fields.end(),
                                            [&](const FieldDesc &f) { return f.name == it.key(); });
            if (field == desc.fields.end()) {
                ++it;
                continue;
            }
            const PathNode here {path, field->name};
            if (it->is_null()) {
                it = obj.erase(it);
                continue;
            }
            const bool ok = field->label == Label::Repeated ? repeated(*field, *it, &here)
                                                            : single(*field, *it, &here);
            if (!ok)
                return false;
            if (it->is_null())
                it = obj.erase(it);
            else
                ++it;
        }
        return true;
    }

private:
    bool fail(std::string text, const PathNode *path)
    {
        error.message = std::move(text);
        error.path = render(path);
        return false;
    }
    bool notExpecting(const char *what, const FieldDesc &f, const PathNode *path)
    {
        return fail(std::string("Not expecting a JSON ") + what + " for field '"
                        + std::string(f.name) + "'",
                    path);
    }

    static bool needsFlattening(const nlohmann::json &array)
    {
        return std::any_of(array.begin(), array.end(),
                           [](const nlohmann::json &e) { return e.is_array() || e.is_null(); });
    }
    static void flattenInto(nlohmann::json &&from, nlohmann::json &to)
    {
        for (nlohmann::json &e : from) {
            if (e.is_array())
                flattenInto(std::move(e), to);
            else if (!e.is_null())
                to.push_back(std::move(e));
        }
    }

    bool repeated(const FieldDesc &f, nlohmann::json &v, const PathNode *path)
    {
        if (!v.is_array()) {
            nlohmann::json wrapped = nlohmann::json::array();
            wrapped.push_back(std::move(v));
            v = std::move(wrapped);
            return single(f, v[0], path); // the value itself is where it was written
        }
        if (needsFlattening(v)) {
            nlohmann::json flat = nlohmann::json::array();
            flattenInto(std::move(v), flat);
            v = std::move(flat);
        }
        for (size_t i = 0; i < v.size(); ++i) {
            const PathNode element {path, {}, static_cast<long>(i)};
            if (!single(f, v[i], &element))
                return false;
        }
        return true;
    }

    bool single(const FieldDesc &f, nlohmann::json &v, const PathNode *path)
    {
        switch (v.type()) {
        case nlohmann::json::value_t::object:
            if (f.kind != Kind::Message)
                return notExpecting("object", f, path);
            return message(*f.message, v, path);
        case nlohmann::json::value_t::string:
            return string(f, v, path);
        case nlohmann::json::value_t::number_integer:
        case nlohmann::json::value_t::number_unsigned:
        case nlohmann::json::value_t::number_float:
            return number(f, v, path);
        case nlohmann::json::value_t::array:
            return notExpecting("array", f, path);
        case nlohmann::json::value_t::boolean:
            return f.kind == Kind::Bool ? true : notExpecting("boolean", f, path);
        default:
            return true;
        }
    }

    bool string(const FieldDesc &f, nlohmann::json &v, const PathNode *path)
    {
        const std::string &s = v.get_ref<const std::string &>();
        switch (f.kind) {
        case Kind::String:
        case Kind::Bytes:
            return true; // Slipway reads no bytes fields; keep the text
        case Kind::Enum: {
            const auto &names = *f.enumValues;
            if (std::find(names.begin(), names.end(), s) != names.end())
                return true;
            if (f.label == Label::Required)
                return fail("Failed to find enum for '" + s + "'", path);
            v = nullptr; // proto2 drops an unknown name on an optional enum
            return true;
        }
        case Kind::Double:
            if (s == "Infinity" || s == "-Infinity") {
                v = s[0] == '-' ? -HUGE_VAL : HUGE_VAL;
                return true;
            }
            [[fallthrough]];
        case Kind::Int64:
        case Kind::Int32:
        case Kind::UInt32:
        case Kind::UInt64: {
            MasterJsonReader::Outcome parsed = MasterJsonReader::parse(s);
            if (parsed.error.empty() && !parsed.value.is_number())
                parsed.error = "Unexpected JSON type parsed";
            if (!parsed.error.empty())
                return fail("Failed to parse '" + s + "' as a JSON number for field '"
                                + std::string(f.name) + "': " + parsed.error,
                            path);
            v = std::move(parsed.value);
            return number(f, v, path);
        }
        case Kind::Bool: {
            MasterJsonReader::Outcome parsed = MasterJsonReader::parse(s);
            if (parsed.error.empty() && !parsed.value.is_boolean())
                parsed.error = "Unexpected JSON type parsed";
            if (!parsed.error.empty())
                return fail("Failed to parse '" + s + "' as a JSON boolean for field '"
                                + std::string(f.name) + "': " + parsed.error,
                            path);
            v = std::move(parsed.value);
            return true;
        }
        case Kind::Message:
            break;
        }
        return notExpecting("string", f, path);
    }

    bool number(const FieldDesc &f, nlohmann::json &v, const PathNode *path)
    {
        const bool isFloat = v.is_number_float();
        const int64_t i = isFloat ? castDouble<int64_t>(v.get<double>()) : v.get<int64_t>();
        switch (f.kind) {
        case Kind::Double:
            v = v.get<double>();
            return true;
        case Kind::Int64:
        case Kind::UInt64:
            v = i;
            return true;
        case Kind::Int32:
            v = static_cast<int64_t>(static_cast<int32_t>(i));
            return true;
        case Kind::UInt32:
            v = static_cast<int64_t>(static_cast<uint32_t>(i));
            return true;
        default:
            break;
        }
        return notExpecting("number", f, path);
    }
};

// protobuf's ReflectionOps::FindInitializationErrors: this message's required fields in
// declaration order, then set sub-messages in field-number order.
void findMissing(const MessageDesc &desc, const nlohmann::json &msg, const std::string &prefix,
                 std::vector<std::string> &errors)
{
    for (const FieldDesc &f : desc.fields) {
        if (f.label == Label::Required && !msg.contains(std::string(f.name)))
            errors.push_back(prefix + std::string(f.name));
    }
    std::vector<const FieldDesc *> byNumber;
    for (const FieldDesc &f : desc.fields)
        byNumber.push_back(&f);
    std::sort(byNumber.begin(), byNumber.end(),
              [](const FieldDesc *a, const FieldDesc *b) { return a->number < b->number; });
    for (const FieldDesc *f : byNumber) {
        if (f->kind != Kind::Message)
            continue;
        const auto it = msg.find(std::string(f->name));
        if (it == msg.end())
            continue;
        if (f->label == Label::Repeated) {
            for (size_t j = 0; j < it->size(); ++j)
                findMissing(*f->message, (*it)[j],
                            prefix + std::string(f->name) + "[" + std::to_string(j) + "].", errors);
        } else {
            findMissing(*f->message, *it, prefix + std::string(f->name) + ".", errors);
        }
    }
}

bool checkInitialized(const MessageDesc &desc, const nlohmann::json &msg, const std::string &prefix,
                      Error &error)
{
    std::vector<std::string> missing;
    findMissing(desc, msg, prefix, missing);
    if (missing.empty())
        return true;
    error.message = "Missing required fields: ";
    for (size_t i = 0; i < missing.size(); ++i)
        error.message += (i ? ", " : "") + missing[i];
    error.path = missing.front();
    error.missing = true;
    return false;
}

} // namespace

bool parseMessage(const MessageDesc &desc, nlohmann::json &in, nlohmann::json &out, Error &error)
{
    if (!in.is_object()) {
        error.message = "Expecting a JSON object";
        return false;
    }
    Converter c;
    if (!c.message(desc, in, nullptr)) {
        error = c.error;
        return false;
    }
    out = std::move(in);
    return checkInitialized(desc, out, std::string(), error);
}

bool parseMessageList(const MessageDesc &desc, nlohmann::json &in, nlohmann::json &out,
                      Error &error)
{
    if (!in.is_array()) {
        error.message = "Expecting a JSON array";
        return false;
    }
    for (size_t i = 0; i < in.size(); ++i) {
        nlohmann::json element;
        if (!parseMessage(desc, in[i], element, error)) {
            const std::string at = "[" + std::to_string(i) + "]";
            error.path = error.path.empty() ? at : at + "." + error.path;
            return false;
        }
        in[i] = std::move(element);
    }
    out = std::move(in);
    return true;
}

namespace {
const std::vector<std::string_view> kInverseOfferStatusValues = {"UNKNOWN", "ACCEPT", "DECLINE"};
const std::vector<std::string_view> kCallTypes = {"UNKNOWN",
                                                  "GET_HEALTH",
                                                  "GET_FLAGS",
                                                  "GET_VERSION",
                                                  "GET_METRICS",
                                                  "GET_LOGGING_LEVEL",
                                                  "SET_LOGGING_LEVEL",
                                                  "LIST_FILES",
                                                  "READ_FILE",
                                                  "GET_STATE",
                                                  "GET_AGENTS",
                                                  "GET_FRAMEWORKS",
                                                  "GET_EXECUTORS",
                                                  "GET_OPERATIONS",
                                                  "GET_TASKS",
                                                  "GET_ROLES",
                                                  "GET_WEIGHTS",
                                                  "UPDATE_WEIGHTS",
                                                  "GET_MASTER",
                                                  "SUBSCRIBE",
                                                  "RESERVE_RESOURCES",
                                                  "UNRESERVE_RESOURCES",
                                                  "CREATE_VOLUMES",
                                                  "DESTROY_VOLUMES",
                                                  "GROW_VOLUME",
                                                  "SHRINK_VOLUME",
                                                  "GET_MAINTENANCE_STATUS",
                                                  "GET_MAINTENANCE_SCHEDULE",
                                                  "UPDATE_MAINTENANCE_SCHEDULE",
                                                  "START_MAINTENANCE",
                                                  "STOP_MAINTENANCE",
                                                  "DRAIN_AGENT",
                                                  "DEACTIVATE_AGENT",
                                                  "REACTIVATE_AGENT",
                                                  "GET_QUOTA",
                                                  "UPDATE_QUOTA",
                                                  "SET_QUOTA",
                                                  "REMOVE_QUOTA",
                                                  "TEARDOWN",
                                                  "MARK_AGENT_GONE"};

const MessageDesc ProtobufDuration {
    "google.protobuf.Duration",
    {{"seconds", 1, Kind::Int64, Label::Optional}, {"nanos", 2, Kind::Int32, Label::Optional}}};
const MessageDesc UpdateMaintenanceSchedule {
    "UpdateMaintenanceSchedule", {{"schedule", 1, Kind::Message, Label::Required, &Schedule}}};
const MessageDesc StartMaintenance {"StartMaintenance",
                                    {{"machines", 1, Kind::Message, Label::Repeated, &MachineID}}};
const MessageDesc StopMaintenance {"StopMaintenance",
                                   {{"machines", 1, Kind::Message, Label::Repeated, &MachineID}}};
const MessageDesc DrainAgent {
    "DrainAgent",
    {{"agent_id", 1, Kind::Message, Label::Required, &AgentID},
     {"max_grace_period", 2, Kind::Message, Label::Optional, &ProtobufDuration},
     {"mark_gone", 3, Kind::Bool, Label::Optional}}};
const MessageDesc DeactivateAgent {"DeactivateAgent",
                                   {{"agent_id", 1, Kind::Message, Label::Required, &AgentID}}};
const MessageDesc ReactivateAgent {"ReactivateAgent",
                                   {{"agent_id", 1, Kind::Message, Label::Required, &AgentID}}};
} // namespace

const MessageDesc TimeInfo {"TimeInfo", {{"nanoseconds", 1, Kind::Int64, Label::Required}}};
const MessageDesc DurationInfo {"DurationInfo", {{"nanoseconds", 1, Kind::Int64, Label::Required}}};
const MessageDesc Unavailability {"Unavailability",
                                  {{"start", 1, Kind::Message, Label::Required, &TimeInfo},
                                   {"duration", 2, Kind::Message, Label::Optional, &DurationInfo}}};
const MessageDesc MachineID {
    "MachineID",
    {{"hostname", 1, Kind::String, Label::Optional}, {"ip", 2, Kind::String, Label::Optional}}};
const MessageDesc Window {"Window",
                          {{"machine_ids", 1, Kind::Message, Label::Repeated, &MachineID},
                           {"unavailability", 2, Kind::Message, Label::Required, &Unavailability}}};
const MessageDesc Schedule {"Schedule", {{"windows", 1, Kind::Message, Label::Repeated, &Window}}};
const MessageDesc FrameworkID {"FrameworkID", {{"value", 1, Kind::String, Label::Required}}};
const MessageDesc AgentID {"AgentID", {{"value", 1, Kind::String, Label::Required}}};
const MessageDesc InverseOfferStatus {
    "InverseOfferStatus",
    {{"status", 1, Kind::Enum, Label::Required, nullptr, &kInverseOfferStatusValues},
     {"framework_id", 2, Kind::Message, Label::Required, &FrameworkID},
     {"timestamp", 3, Kind::Message, Label::Required, &TimeInfo}}};
const MessageDesc DrainingMachine {
    "DrainingMachine",
    {{"id", 1, Kind::Message, Label::Required, &MachineID},
     {"statuses", 2, Kind::Message, Label::Repeated, &InverseOfferStatus}}};
const MessageDesc ClusterStatus {
    "ClusterStatus",
    {{"draining_machines", 1, Kind::Message, Label::Repeated, &DrainingMachine},
     {"down_machines", 2, Kind::Message, Label::Repeated, &MachineID}}};
const MessageDesc Call {
    "Call",
    {{"type", 1, Kind::Enum, Label::Optional, nullptr, &kCallTypes},
     {"update_maintenance_schedule", 11, Kind::Message, Label::Optional,
      &UpdateMaintenanceSchedule},
     {"start_maintenance", 12, Kind::Message, Label::Optional, &StartMaintenance},
     {"stop_maintenance", 13, Kind::Message, Label::Optional, &StopMaintenance},
     {"drain_agent", 21, Kind::Message, Label::Optional, &DrainAgent},
     {"deactivate_agent", 22, Kind::Message, Label::Optional, &DeactivateAgent},
     {"reactivate_agent", 23, Kind::Message, Label::Optional, &ReactivateAgent}}};

} // namespace ProtoJson
