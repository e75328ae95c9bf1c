#include "json/clusterstatereader.h"

#include <QHash>

#include <simdjson.h>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace ClusterStateReader {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool isLiveTaskState(std::string_view state)
{
    return state == "TASK_STAGING" || state == "TASK_STARTING" || state == "TASK_RUNNING"
        || state == "TASK_KILLING";
}

// v0 resources: {"cpus":4.0,"mem":…,"ports":"[…]"}.
Resources readV0Resources(od::value v)
{
    Resources r;
    for (auto field : v.get_object()) {
        const std::string_view key = field.unescaped_key();
        od::value value = field.value();
        if (value.type() != od::json_type::number)
            continue;
        const double d = value.get_double();
        if (key == "cpus")
            r.cpus = d;
        else if (key == "mem")
            r.mem = d;
        else if (key == "disk")
            r.disk = d;
        else if (key == "gpus")
            r.gpus = d;
    }
    return r;
}

// v1 resources: [{"name":"cpus","type":"SCALAR","scalar":{"value":4.0}},…], summed by name.
Resources readV1Resources(od::value v)
{
    Resources r;
    for (od::value res : v.get_array()) {
        std::string_view name;
        double value = 0;
        for (auto field : res.get_object()) {
            const std::string_view key = field.unescaped_key();
            if (key == "name")
                name = field.value().get_string();
            else if (key == "scalar")
                value = field.value()["value"].get_double();
        }
        if (name == "cpus")
            r.cpus += value;
        else if (name == "mem")
            r.mem += value;
        else if (name == "disk")
            r.disk += value;
        else if (name == "gpus")
            r.gpus += value;
    }
    return r;
}

void readDomain(od::value v, Agent &agent)
{
    od::value fault = v["fault_domain"];
    agent.region = qs(fault["region"]["name"].get_string());
    agent.zone = qs(fault["zone"]["name"].get_string());
}

DrainInfo readDrainInfo(od::value v)
{
    DrainInfo info;
    for (auto field : v.get_object()) {
        const std::string_view key = field.unescaped_key();
        if (key == "state") {
            const std::string_view state = field.value().get_string();
            info.state = state == "DRAINING" ? DrainInfo::State::Draining
                : state == "DRAINED"         ? DrainInfo::State::Drained
                                             : DrainInfo::State::Unknown;
        } else if (key == "config") {
            for (auto c : field.value().get_object()) {
                const std::string_view ckey = c.unescaped_key();
                if (ckey == "mark_gone")
                    info.markGone = c.value().get_bool();
                else if (ckey == "max_grace_period")
                    info.maxGracePeriodNs = c.value()["nanoseconds"].get_int64();
            }
        }
    }
    return info;
}

Agent readSummaryAgent(od::value v)
{
    Agent agent;
    for (auto field : v.get_object()) {
        const std::string_view key = field.unescaped_key();
        if (key == "id")
            agent.id = qs(field.value().get_string());
        else if (key == "hostname")
            agent.hostname = qs(field.value().get_string());
        else if (key == "pid")
            agent.ip = Agent::ipFromPid(qs(field.value().get_string()));
        else if (key == "port")
            agent.port = static_cast<int>(field.value().get_int64());
        else if (key == "resources")
            agent.resources = readV0Resources(field.value());
        else if (key == "used_resources")
            agent.usedResources = readV0Resources(field.value());
        else if (key == "active")
            agent.active = field.value().get_bool();
        else if (key == "deactivated")
            agent.deactivated = field.value().get_bool();
        else if (key == "domain")
            readDomain(field.value(), agent);
        else if (key == "drain_info")
            agent.drainInfo = readDrainInfo(field.value());
        else if (key == "framework_ids") {
            for (od::value id : field.value().get_array())
                agent.frameworkIds.append(qs(id.get_string()));
        } else if (key.substr(0, 5) == "TASK_" && isLiveTaskState(key))
            agent.taskCount += static_cast<int>(field.value().get_int64());
    }
    return agent;
}

Framework readSummaryFramework(od::value v)
{
    Framework fw;
    for (auto field : v.get_object()) {
        const std::string_view key = field.unescaped_key();
        if (key == "id")
            fw.id = qs(field.value().get_string());
        else if (key == "name")
            fw.name = qs(field.value().get_string());
        else if (key == "active")
            fw.active = field.value().get_bool();
    }
    return fw;
}

JsonError failure(const simdjson::simdjson_error &e, const char *where)
{
    JsonError error;
    error.kind = e.error() == simdjson::INCORRECT_TYPE || e.error() == simdjson::NO_SUCH_FIELD
        ? JsonError::Kind::Structure
        : JsonError::Kind::Syntax;
    error.message = QString::fromUtf8(simdjson::error_message(e.error()));
    error.path = QString::fromLatin1(where);
    return error;
}

} // namespace

Result<ClusterState> readStateSummary(QByteArrayView json)
{
    const char *where = "";
    try {
        const simdjson::padded_string padded(json.data(), static_cast<size_t>(json.size()));
        od::parser parser;
        od::document doc = parser.iterate(padded);
        ClusterState state;
        for (auto field : doc.get_object()) {
            const std::string_view key = field.unescaped_key();
            if (key == "slaves") {
                where = "slaves";
                for (od::value agent : field.value().get_array()) {
                    state.agents.append(readSummaryAgent(agent));
                    state.totalTasks += state.agents.constLast().taskCount;
                }
            } else if (key == "frameworks") {
                where = "frameworks";
                for (od::value fw : field.value().get_array())
                    state.frameworks.append(readSummaryFramework(fw));
            }
        }
        return state;
    } catch (const simdjson::simdjson_error &e) {
        return failure(e, where);
    }
}

namespace {

Agent readV1Agent(od::value v)
{
    Agent agent;
    for (auto field : v.get_object()) {
        const std::string_view key = field.unescaped_key();
        if (key == "agent_info") {
            for (auto info : field.value().get_object()) {
                const std::string_view ikey = info.unescaped_key();
                if (ikey == "hostname")
                    agent.hostname = qs(info.value().get_string());
                else if (ikey == "port")
                    agent.port = static_cast<int>(info.value().get_int64());
                else if (ikey == "id")
                    agent.id = qs(info.value()["value"].get_string());
                else if (ikey == "domain")
                    readDomain(info.value(), agent);
            }
        } else if (key == "pid") {
            agent.ip = Agent::ipFromPid(qs(field.value().get_string()));
        } else if (key == "active") {
            agent.active = field.value().get_bool();
        } else if (key == "deactivated") {
            agent.deactivated = field.value().get_bool();
        } else if (key == "total_resources") {
            agent.resources = readV1Resources(field.value());
        } else if (key == "allocated_resources") {
            agent.usedResources = readV1Resources(field.value());
        } else if (key == "drain_info") {
            agent.drainInfo = readDrainInfo(field.value());
        }
    }
    return agent;
}

} // namespace

Result<ClusterState> readV1State(QByteArrayView json)
{
    const char *where = "";
    try {
        const simdjson::padded_string padded(json.data(), static_cast<size_t>(json.size()));
        od::parser parser;
        od::document doc = parser.iterate(padded);
        ClusterState state;
        QHash<QString, QHash<QString, int>> tasks; // agent id -> framework id -> live tasks
        where = "get_state";
        for (auto part : doc["get_state"].get_object()) {
            const std::string_view key = part.unescaped_key();
            if (key == "get_agents") {
                where = "get_state.get_agents.agents";
                for (od::value agent : part.value()["agents"].get_array())
                    state.agents.append(readV1Agent(agent));
            } else if (key == "get_frameworks") {
                where = "get_state.get_frameworks.frameworks";
                for (od::value fw : part.value()["frameworks"].get_array()) {
                    Framework f;
                    for (auto field : fw.get_object()) {
                        const std::string_view fkey = field.unescaped_key();
                        if (fkey == "framework_info") {
                            od::object info = field.value().get_object();
                            for (auto i : info) {
                                const std::string_view ikey = i.unescaped_key();
                                if (ikey == "id")
                                    f.id = qs(i.value()["value"].get_string());
                                else if (ikey == "name")
                                    f.name = qs(i.value().get_string());
                            }
                        } else if (fkey == "active") {
                            f.active = field.value().get_bool();
                        }
                    }
                    state.frameworks.append(f);
                }
            } else if (key == "get_tasks") {
                where = "get_state.get_tasks.tasks";
                for (od::value task : part.value()["tasks"].get_array()) {
                    QString agentId, frameworkId;
                    bool live = false;
                    for (auto field : task.get_object()) {
                        const std::string_view tkey = field.unescaped_key();
                        if (tkey == "agent_id")
                            agentId = qs(field.value()["value"].get_string());
                        else if (tkey == "framework_id")
                            frameworkId = qs(field.value()["value"].get_string());
                        else if (tkey == "state")
                            live = isLiveTaskState(field.value().get_string());
                    }
                    if (live)
                        ++tasks[agentId][frameworkId];
                }
            }
        }
        for (Agent &agent : state.agents) {
            const QHash<QString, int> perFramework = tasks.value(agent.id);
            for (auto it = perFramework.cbegin(); it != perFramework.cend(); ++it) {
                agent.taskCount += it.value();
                agent.frameworkIds.append(it.key());
            }
            agent.frameworkIds.sort();
            state.totalTasks += agent.taskCount;
        }
        return state;
    } catch (const simdjson::simdjson_error &e) {
        return failure(e, where);
    }
}

} // namespace ClusterStateReader
