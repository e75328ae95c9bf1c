#include "json/masterevent.h"

#include "json/clusterstatereader_p.h"
#include "json/taskjson_p.h"
#include "json/threadparse_p.h"

#include <QHash>

#include <string_view>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;
using namespace ClusterStateReader;

quint64 MasterEvent::taskKey(QByteArrayView frameworkIdUtf8, QByteArrayView taskIdUtf8)
{
    // Two independently seeded 64-bit hashes, so that ("ab","c") and ("a","bc") differ.
    const size_t task = qHashBits(taskIdUtf8.data(), size_t(taskIdUtf8.size()), 0x9e3779b97f4a7c15);
    return quint64(qHashBits(frameworkIdUtf8.data(), size_t(frameworkIdUtf8.size()), task));
}

namespace {

QByteArrayView view(std::string_view s)
{
    return QByteArrayView(s.data(), qsizetype(s.size()));
}

struct Names
{
    const char *type;
    const char *field;
    MasterEvent::Type value;
};

constexpr Names kNames[] = {
    {"SUBSCRIBED", "subscribed", MasterEvent::Type::Subscribed},
    {"HEARTBEAT", nullptr, MasterEvent::Type::Heartbeat},
    {"AGENT_ADDED", "agent_added", MasterEvent::Type::AgentAdded},
    {"AGENT_REMOVED", "agent_removed", MasterEvent::Type::AgentRemoved},
    {"TASK_ADDED", "task_added", MasterEvent::Type::TaskAdded},
    {"TASK_UPDATED", "task_updated", MasterEvent::Type::TaskUpdated},
    {"FRAMEWORK_ADDED", "framework_added", MasterEvent::Type::FrameworkAdded},
    {"FRAMEWORK_UPDATED", "framework_updated", MasterEvent::Type::FrameworkUpdated},
    {"FRAMEWORK_REMOVED", "framework_removed", MasterEvent::Type::FrameworkRemoved},
};

const Names *byField(std::string_view field)
{
    for (const Names &n : kNames) {
        if (n.field && field == n.field)
            return &n;
    }
    return nullptr;
}

// A Task (TASK_ADDED, get_tasks): IDs, agent and state.
TaskFact readTask(od::value v, SharedStrings &strings)
{
    return taskFact(readRawTask(v), strings);
}

// TASK_UPDATED: {framework_id, status: {task_id, agent_id?, …}, state}.
TaskFact readTaskUpdated(od::value v, SharedStrings &strings)
{
    std::string_view taskId, frameworkId, agentId;
    TaskFact fact;
    bool hasState = false;
    for (auto field : v.get_object()) {
        const std::string_view key = rawKey(field);
        if (key == "framework_id") {
            frameworkId = field.value()["value"].get_string();
        } else if (key == "state") {
            fact.live = isLiveTaskState(field.value().get_string());
            hasState = true;
        } else if (key == "status") {
            for (auto s : field.value().get_object()) {
                const std::string_view skey = rawKey(s);
                if (skey == "task_id")
                    taskId = s.value()["value"].get_string();
                else if (skey == "agent_id")
                    agentId = s.value()["value"].get_string();
            }
        }
    }
    if (taskId.empty() || frameworkId.empty() || !hasState)
        throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);
    fact.key = MasterEvent::taskKey(view(frameworkId), view(taskId));
    fact.agentId = strings.get(agentId);
    fact.frameworkId = strings.get(frameworkId);
    return fact;
}

void readState(od::value v, MasterEvent &event, SharedStrings &strings, const char *&where)
{
    for (auto part : v.get_object()) {
        const std::string_view key = rawKey(part);
        if (key == "get_agents") {
            where = "subscribed.get_state.get_agents.agents";
            for (od::value agent : part.value()["agents"].get_array())
                event.cluster.agents.append(readV1Agent(agent, strings));
        } else if (key == "get_frameworks") {
            where = "subscribed.get_state.get_frameworks.frameworks";
            for (od::value fw : part.value()["frameworks"].get_array())
                event.cluster.frameworks.append(readV1Framework(fw));
        } else if (key == "get_tasks") {
            for (auto list : part.value().get_object()) {
                const std::string_view lkey = rawKey(list);
                if (lkey != "tasks" && lkey != "unreachable_tasks")
                    continue; // completed tasks never change again
                where = "subscribed.get_state.get_tasks.tasks";
                for (od::value task : list.value().get_array())
                    event.tasks.append(readTask(task, strings));
            }
        }
    }
}

void readPayload(const Names &names, od::value v, MasterEvent &event, SharedStrings &strings,
                 const char *&where)
{
    switch (names.value) {
    case MasterEvent::Type::Subscribed:
        for (auto field : v.get_object()) {
            const std::string_view key = rawKey(field);
            if (key == "get_state") {
                readState(field.value(), event, strings, where);
            } else if (key == "heartbeat_interval_seconds") {
                where = "subscribed.heartbeat_interval_seconds";
                event.heartbeatIntervalSecs = field.value().get_double();
            }
        }
        break;
    case MasterEvent::Type::AgentAdded:
        event.agent = readV1Agent(v["agent"], strings);
        break;
    case MasterEvent::Type::AgentRemoved:
        event.agentId = qs(v["agent_id"]["value"].get_string());
        break;
    case MasterEvent::Type::TaskAdded:
        event.task = readTask(v["task"], strings);
        break;
    case MasterEvent::Type::TaskUpdated:
        event.task = readTaskUpdated(v, strings);
        break;
    case MasterEvent::Type::FrameworkAdded:
    case MasterEvent::Type::FrameworkUpdated:
        event.framework = readV1Framework(v["framework"]);
        break;
    case MasterEvent::Type::FrameworkRemoved:
        for (auto field : v["framework_info"].get_object()) {
            const std::string_view key = rawKey(field);
            if (key == "id")
                event.framework.id = qs(field.value()["value"].get_string());
            else if (key == "name")
                event.framework.name = qs(field.value().get_string());
        }
        break;
    case MasterEvent::Type::Unknown:
    case MasterEvent::Type::Heartbeat:
        break;
    }
}

JsonError missing(const QString &path)
{
    JsonError e;
    e.kind = JsonError::Kind::Missing;
    e.message = u"Missing required fields: %1"_s.arg(path);
    e.path = path;
    return e;
}

} // namespace

namespace {

template<typename Json>
Result<MasterEvent> readEvent(const Json &json)
{
    const char *where = "";
    try {
        ThreadParse parse(json, ThreadParse::kKeepForEvents); // a SUBSCRIBED comes once in minutes
        od::document doc = parse.iterate();
        MasterEvent event;
        SharedStrings strings;
        const Names *payload = nullptr;
        bool typed = false;
        for (auto field : doc.get_object()) {
            const std::string_view key = rawKey(field);
            if (key == "type") {
                where = "type";
                const std::string_view type = field.value().get_string();
                event.typeName = qs(type);
                typed = true;
                for (const Names &n : kNames) {
                    if (type == n.type)
                        event.type = n.value;
                }
            } else if (const Names *n = byField(key)) {
                where = n->field;
                payload = n;
                readPayload(*n, field.value(), event, strings, where);
            }
        }
        if (!typed)
            return missing(u"type"_s);
        // The payload must be the one the type names (a SUBSCRIBED without `subscribed`, or with
        // `task_added`, is not an event this console can apply).
        for (const Names &n : kNames) {
            if (n.value == event.type && n.field && (!payload || payload->value != event.type))
                return missing(QString::fromLatin1(n.field));
        }
        return event;
    } catch (const simdjson::simdjson_error &e) {
        return failure(e, where);
    }
}

} // namespace

namespace MasterEventReader {

Result<MasterEvent> read(QByteArrayView json)
{
    return readEvent(json);
}

Result<MasterEvent> read(const QByteArray &json)
{
    return readEvent(json);
}

} // namespace MasterEventReader
