#include "v1protobuf.h"

#include <nlohmann/json.hpp>

#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace V1Protobuf {

namespace {

enum class T { Message, String, Bool, Int32, Int64, UInt32, UInt64, Double, Enum };
using Enum = std::vector<std::pair<std::string_view, int>>;
struct Message;
struct Field
{
    std::string_view name;
    int number;
    T type;
    const Message *message = nullptr;
    const Enum *values = nullptr;
};
struct Message
{
    std::vector<Field> fields;
};

// Enums (numbers from the .proto files).
const Enum ValueType {{"SCALAR", 0}, {"RANGES", 1}, {"SET", 2}, {"TEXT", 3}};
const Enum AgentCapabilityType {{"UNKNOWN", 0},
                                {"MULTI_ROLE", 1},
                                {"HIERARCHICAL_ROLE", 2},
                                {"RESERVATION_REFINEMENT", 3},
                                {"RESOURCE_PROVIDER", 4},
                                {"RESIZE_VOLUME", 5},
                                {"AGENT_OPERATION_FEEDBACK", 6},
                                {"AGENT_DRAINING", 7},
                                {"TASK_RESOURCE_LIMITS", 8}};
const Enum MasterCapabilityType {
    {"UNKNOWN", 0}, {"AGENT_UPDATE", 1}, {"AGENT_DRAINING", 2}, {"QUOTA_V2", 3}};
const Enum DrainState {{"UNKNOWN", 0}, {"DRAINING", 1}, {"DRAINED", 2}};
const Enum TaskState {{"TASK_STAGING", 6},
                      {"TASK_STARTING", 0},
                      {"TASK_RUNNING", 1},
                      {"TASK_KILLING", 8},
                      {"TASK_FINISHED", 2},
                      {"TASK_FAILED", 3},
                      {"TASK_KILLED", 4},
                      {"TASK_ERROR", 7},
                      {"TASK_LOST", 5},
                      {"TASK_DROPPED", 9},
                      {"TASK_UNREACHABLE", 10},
                      {"TASK_GONE", 11},
                      {"TASK_GONE_BY_OPERATOR", 12},
                      {"TASK_UNKNOWN", 13}};
const Enum Source {{"SOURCE_MASTER", 0}, {"SOURCE_AGENT", 1}, {"SOURCE_EXECUTOR", 2}};
const Enum Reason {{"REASON_AGENT_REMOVED", 11}};
const Enum ResponseType {{"UNKNOWN", 0},    {"GET_HEALTH", 1}, {"GET_VERSION", 3},
                         {"GET_STATE", 8},  {"GET_AGENTS", 9}, {"GET_FRAMEWORKS", 10},
                         {"GET_TASKS", 12}, {"GET_MASTER", 15}};
const Enum EventType {{"UNKNOWN", 0},         {"SUBSCRIBED", 1},        {"TASK_ADDED", 2},
                      {"TASK_UPDATED", 3},    {"AGENT_ADDED", 4},       {"AGENT_REMOVED", 5},
                      {"FRAMEWORK_ADDED", 6}, {"FRAMEWORK_UPDATED", 7}, {"FRAMEWORK_REMOVED", 8},
                      {"HEARTBEAT", 9}};

// Messages (include/mesos/v1/mesos.proto, include/mesos/v1/master/master.proto).
const Message TimeInfo {{{"nanoseconds", 1, T::Int64}}};
const Message Id {{{"value", 1, T::String}}};
const Message Scalar {{{"value", 1, T::Double}}};
const Message Range {{{"begin", 1, T::UInt64}, {"end", 2, T::UInt64}}};
const Message Ranges {{{"range", 1, T::Message, &Range}}};
const Message AllocationInfo {{{"role", 1, T::String}}};
const Message Resource {{{"name", 1, T::String},
                         {"type", 2, T::Enum, nullptr, &ValueType},
                         {"scalar", 3, T::Message, &Scalar},
                         {"ranges", 4, T::Message, &Ranges},
                         {"role", 6, T::String},
                         {"allocation_info", 11, T::Message, &AllocationInfo}}};
const Message Named {{{"name", 1, T::String}}};
const Message FaultDomain {{{"region", 1, T::Message, &Named}, {"zone", 2, T::Message, &Named}}};
const Message DomainInfo {{{"fault_domain", 1, T::Message, &FaultDomain}}};
const Message Text {{{"value", 1, T::String}}};
const Message Attribute {{{"name", 1, T::String},
                          {"type", 2, T::Enum, nullptr, &ValueType},
                          {"scalar", 3, T::Message, &Scalar},
                          {"text", 5, T::Message, &Text}}};
const Message AgentInfo {{{"hostname", 1, T::String},
                          {"port", 8, T::Int32},
                          {"resources", 3, T::Message, &Resource},
                          {"attributes", 5, T::Message, &Attribute},
                          {"id", 6, T::Message, &Id},
                          {"domain", 10, T::Message, &DomainInfo}}};
const Message AgentCapability {{{"type", 1, T::Enum, nullptr, &AgentCapabilityType}}};
const Message DrainConfig {
    {{"max_grace_period", 1, T::Message, &TimeInfo}, {"mark_gone", 2, T::Bool}}};
const Message DrainInfo {
    {{"state", 1, T::Enum, nullptr, &DrainState}, {"config", 2, T::Message, &DrainConfig}}};
const Message Agent {{{"agent_info", 1, T::Message, &AgentInfo},
                      {"active", 2, T::Bool},
                      {"deactivated", 12, T::Bool},
                      {"version", 3, T::String},
                      {"pid", 4, T::String},
                      {"registered_time", 5, T::Message, &TimeInfo},
                      {"reregistered_time", 6, T::Message, &TimeInfo},
                      {"total_resources", 7, T::Message, &Resource},
                      {"allocated_resources", 8, T::Message, &Resource},
                      {"offered_resources", 9, T::Message, &Resource},
                      {"capabilities", 10, T::Message, &AgentCapability},
                      {"drain_info", 13, T::Message, &DrainInfo},
                      {"estimated_drain_start_time", 14, T::Message, &TimeInfo}}};
const Message GetAgents {
    {{"agents", 1, T::Message, &Agent}, {"recovered_agents", 2, T::Message, &AgentInfo}}};
const Message FrameworkInfo {{{"user", 1, T::String},
                              {"name", 2, T::String},
                              {"id", 3, T::Message, &Id},
                              {"failover_timeout", 4, T::Double},
                              {"checkpoint", 5, T::Bool},
                              {"role", 6, T::String},
                              {"roles", 12, T::String},
                              {"hostname", 7, T::String},
                              {"principal", 8, T::String},
                              {"webui_url", 9, T::String}}};
const Message Unavailability {
    {{"start", 1, T::Message, &TimeInfo}, {"duration", 2, T::Message, &TimeInfo}}};
const Message InverseOffer {{{"id", 1, T::Message, &Id},
                             {"framework_id", 3, T::Message, &Id},
                             {"agent_id", 4, T::Message, &Id},
                             {"unavailability", 5, T::Message, &Unavailability},
                             {"resources", 6, T::Message, &Resource}}};
const Message Framework {{{"framework_info", 1, T::Message, &FrameworkInfo},
                          {"active", 2, T::Bool},
                          {"connected", 3, T::Bool},
                          {"recovered", 11, T::Bool},
                          {"registered_time", 4, T::Message, &TimeInfo},
                          {"reregistered_time", 5, T::Message, &TimeInfo},
                          {"unregistered_time", 6, T::Message, &TimeInfo},
                          {"inverse_offers", 8, T::Message, &InverseOffer},
                          {"allocated_resources", 9, T::Message, &Resource},
                          {"offered_resources", 10, T::Message, &Resource}}};
const Message GetFrameworks {{{"frameworks", 1, T::Message, &Framework},
                              {"completed_frameworks", 2, T::Message, &Framework}}};
const Message TaskStatus {{{"task_id", 1, T::Message, &Id},
                           {"state", 2, T::Enum, nullptr, &TaskState},
                           {"message", 4, T::String},
                           {"source", 9, T::Enum, nullptr, &Source},
                           {"reason", 10, T::Enum, nullptr, &Reason},
                           {"agent_id", 5, T::Message, &Id},
                           {"timestamp", 6, T::Double}}};
const Message Task {{{"name", 1, T::String},
                     {"task_id", 2, T::Message, &Id},
                     {"framework_id", 3, T::Message, &Id},
                     {"executor_id", 4, T::Message, &Id},
                     {"agent_id", 5, T::Message, &Id},
                     {"state", 6, T::Enum, nullptr, &TaskState},
                     {"resources", 7, T::Message, &Resource},
                     {"statuses", 8, T::Message, &TaskStatus}}};
const Message GetTasks {{{"tasks", 2, T::Message, &Task},
                         {"unreachable_tasks", 5, T::Message, &Task},
                         {"completed_tasks", 3, T::Message, &Task}}};
const Message GetExecutors {{}};
const Message GetState {{{"get_tasks", 1, T::Message, &GetTasks},
                         {"get_executors", 2, T::Message, &GetExecutors},
                         {"get_frameworks", 3, T::Message, &GetFrameworks},
                         {"get_agents", 4, T::Message, &GetAgents}}};
const Message Address {{{"hostname", 1, T::String}, {"ip", 2, T::String}, {"port", 3, T::Int32}}};
const Message MasterCapability {{{"type", 1, T::Enum, nullptr, &MasterCapabilityType}}};
const Message MasterInfo {{{"id", 1, T::String},
                           {"ip", 2, T::UInt32},
                           {"port", 3, T::UInt32},
                           {"pid", 4, T::String},
                           {"hostname", 5, T::String},
                           {"version", 6, T::String},
                           {"address", 7, T::Message, &Address},
                           {"domain", 8, T::Message, &DomainInfo},
                           {"capabilities", 9, T::Message, &MasterCapability}}};
const Message GetMaster {{{"master_info", 1, T::Message, &MasterInfo},
                          {"start_time", 2, T::Double},
                          {"elected_time", 3, T::Double}}};
const Message GetHealth {{{"healthy", 1, T::Bool}}};
const Message VersionInfo {{{"version", 1, T::String},
                            {"build_date", 2, T::String},
                            {"build_time", 3, T::Double},
                            {"build_user", 4, T::String}}};
const Message GetVersion {{{"version_info", 1, T::Message, &VersionInfo}}};
const Message Response {{{"type", 1, T::Enum, nullptr, &ResponseType},
                         {"get_health", 2, T::Message, &GetHealth},
                         {"get_version", 4, T::Message, &GetVersion},
                         {"get_state", 9, T::Message, &GetState},
                         {"get_agents", 10, T::Message, &GetAgents},
                         {"get_frameworks", 11, T::Message, &GetFrameworks},
                         {"get_tasks", 13, T::Message, &GetTasks},
                         {"get_master", 16, T::Message, &GetMaster}}};
const Message Subscribed {
    {{"get_state", 1, T::Message, &GetState}, {"heartbeat_interval_seconds", 2, T::Double}}};
const Message TaskAdded {{{"task", 1, T::Message, &Task}}};
const Message TaskUpdated {{{"framework_id", 1, T::Message, &Id},
                            {"status", 2, T::Message, &TaskStatus},
                            {"state", 3, T::Enum, nullptr, &TaskState}}};
const Message AgentAdded {{{"agent", 1, T::Message, &Agent}}};
const Message AgentRemoved {{{"agent_id", 1, T::Message, &Id}}};
const Message FrameworkEvent {{{"framework", 1, T::Message, &Framework}}};
const Message FrameworkRemoved {{{"framework_info", 1, T::Message, &FrameworkInfo}}};
const Message Event {{{"type", 1, T::Enum, nullptr, &EventType},
                      {"subscribed", 2, T::Message, &Subscribed},
                      {"task_added", 3, T::Message, &TaskAdded},
                      {"task_updated", 4, T::Message, &TaskUpdated},
                      {"agent_added", 5, T::Message, &AgentAdded},
                      {"agent_removed", 6, T::Message, &AgentRemoved},
                      {"framework_added", 7, T::Message, &FrameworkEvent},
                      {"framework_updated", 8, T::Message, &FrameworkEvent},
                      {"framework_removed", 9, T::Message, &FrameworkRemoved}}};

void varint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out += char((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += char(v);
}

void tag(QByteArray &out, int number, int wireType)
{
    varint(out, quint64(number) << 3 | quint64(wireType));
}

void encode(const Message &message, const nlohmann::json &in, QByteArray &out);

void encodeValue(const Field &f, const nlohmann::json &v, QByteArray &out)
{
    switch (f.type) {
    case T::Message: {
        QByteArray inner;
        encode(*f.message, v, inner);
        tag(out, f.number, 2);
        varint(out, quint64(inner.size()));
        out += inner;
        return;
    }
    case T::String: {
        const std::string &s = v.get_ref<const std::string &>();
        tag(out, f.number, 2);
        varint(out, s.size());
        out.append(s.data(), qsizetype(s.size()));
        return;
    }
    case T::Double: {
        const double d = v.get<double>();
        char bytes[8];
        std::memcpy(bytes, &d, 8);
        tag(out, f.number, 1);
        out.append(bytes, 8);
        return;
    }
    case T::Enum:
        for (const auto &[name, number] : *f.values) {
            if (v.is_string() && v.get_ref<const std::string &>() == name) {
                tag(out, f.number, 0);
                varint(out, quint64(qint64(number)));
            }
        }
        return;
    case T::Bool:
        tag(out, f.number, 0);
        varint(out, v.get<bool>() ? 1 : 0);
        return;
    case T::Int32:
    case T::Int64:
        tag(out, f.number, 0);
        varint(out, quint64(v.get<qint64>())); // negative values as ten-byte varints
        return;
    case T::UInt32:
    case T::UInt64:
        tag(out, f.number, 0);
        varint(out, v.get<quint64>());
        return;
    }
}

void encode(const Message &message, const nlohmann::json &in, QByteArray &out)
{
    // Declaration order; repeated fields are JSON arrays.
    for (const Field &f : message.fields) {
        const auto it = in.find(std::string(f.name));
        if (it == in.end() || it->is_null())
            continue;
        if (it->is_array()) {
            for (const nlohmann::json &v : *it)
                encodeValue(f, v, out);
        } else {
            encodeValue(f, *it, out);
        }
    }
}

std::optional<QByteArray> transcode(const Message &root, const QByteArray &json)
{
    const nlohmann::json in = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (in.is_discarded() || !in.is_object())
        return std::nullopt;
    QByteArray out;
    try {
        encode(root, in, out);
    } catch (const nlohmann::json::exception &) {
        return std::nullopt; // a value of an unexpected JSON type: a bug in the renderer
    }
    return out;
}

} // namespace

std::optional<QByteArray> responseFromJson(const QByteArray &json)
{
    return transcode(Response, json);
}

std::optional<QByteArray> eventFromJson(const QByteArray &json)
{
    return transcode(Event, json);
}

} // namespace V1Protobuf
