#include "json/clusterstatereader.h"

#include "saturating.h"
#include "json/clusterstatereader_p.h"
#include "json/threadparse_p.h"

#include <QHash>
#include <QVarLengthArray>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace ClusterStateReader {

namespace {

constexpr qint64 kNsPerMs = 1000000;

// The IP inside a PID such as `slave(1)@10.0.0.7:5051`, as Agent::ipFromPid, without decoding the
// whole PID first.
QString ipFromPid(std::string_view pid)
{
    const size_t at = pid.find('@');
    const size_t colon = pid.rfind(':');
    if (at == std::string_view::npos || colon == std::string_view::npos || colon <= at)
        return QString();
    return qs(pid.substr(at + 1, colon - at - 1));
}

// v0 resources: {"cpus":4.0,"mem":…,"ports":"[…]"}.
Resources readV0Resources(od::value v)
{
    Resources r;
    for (auto field : v.get_object()) {
        const std::string_view key = rawKey(field);
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
            const std::string_view key = rawKey(field);
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

// The fields of fault_domain are walked in order rather than looked up twice: a second
// operator[] on one object makes simdjson 3.0 wrap around and re-read the part it passed as if it
// were valid, which on malformed input (`{"name":"eu""x"}`) is undefined behaviour.
void readDomain(od::value v, Agent &agent, SharedStrings &strings)
{
    bool region = false;
    bool zone = false;
    for (auto part : v["fault_domain"].get_object()) {
        const std::string_view key = rawKey(part);
        if (key != "region" && key != "zone")
            continue;
        const QString name = strings.get(part.value()["name"].get_string());
        (key == "region" ? agent.region : agent.zone) = name;
        (key == "region" ? region : zone) = true;
    }
    if (!region || !zone) // both are required in a FaultDomain
        throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);
}

// Text and scalar attribute values (ranges and sets are not used).
QString attributeValue(od::value v)
{
    return v.type() == od::json_type::string ? qs(v.get_string()) : QString::number(v.get_double());
}

// v0: {"rack":"r12","level":3}. v1: [{"name":"rack","type":"TEXT","text":{"value":"r12"}},…].
QHash<QString, QString> readAttributes(od::value v, SharedStrings &strings)
{
    QHash<QString, QString> attributes;
    if (v.type() == od::json_type::object) {
        for (auto field : v.get_object())
            attributes.insert(strings.get(field.unescaped_key()), attributeValue(field.value()));
        return attributes;
    }
    for (od::value attribute : v.get_array()) {
        QString name;
        std::optional<QString> value;
        for (auto field : attribute.get_object()) {
            const std::string_view key = rawKey(field);
            if (key == "name")
                name = strings.get(field.value().get_string());
            else if (key == "text" || key == "scalar")
                value = attributeValue(field.value()["value"]);
        }
        if (value)
            attributes.insert(name, *value);
    }
    return attributes;
}

DrainInfo readDrainInfo(od::value v)
{
    DrainInfo info;
    for (auto field : v.get_object()) {
        const std::string_view key = rawKey(field);
        if (key == "state") {
            const std::string_view state = field.value().get_string();
            info.state = state == "DRAINING" ? DrainInfo::State::Draining
                : state == "DRAINED"         ? DrainInfo::State::Drained
                                             : DrainInfo::State::Unknown;
        } else if (key == "config") {
            for (auto c : field.value().get_object()) {
                const std::string_view ckey = rawKey(c);
                if (ckey == "mark_gone")
                    info.markGone = c.value().get_bool();
                else if (ckey == "max_grace_period")
                    info.maxGracePeriodNs = c.value()["nanoseconds"].get_int64();
            }
        }
    }
    return info;
}

Agent readSummaryAgent(od::value v, SharedStrings &strings)
{
    Agent agent;
    for (auto field : v.get_object()) {
        const std::string_view key = rawKey(field);
        if (key == "id")
            agent.id = qs(field.value().get_string());
        else if (key == "hostname")
            agent.hostname = qs(field.value().get_string());
        else if (key == "pid")
            agent.ip = ipFromPid(field.value().get_string());
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
            readDomain(field.value(), agent, strings);
        else if (key == "attributes")
            agent.attributes = readAttributes(field.value(), strings);
        else if (key == "drain_info")
            agent.drainInfo = readDrainInfo(field.value());
        else if (key == "framework_ids") {
            // Collected first so that the list is allocated once, at its final size.
            QVarLengthArray<QString, 16> ids;
            for (od::value id : field.value().get_array())
                ids.append(strings.get(id.get_string()));
            agent.frameworkIds = QStringList(ids.cbegin(), ids.cend());
        } else if (key.substr(0, 5) == "TASK_" && isLiveTaskState(key))
            agent.taskCount = Saturating::add(agent.taskCount, field.value().get_int64());
    }
    return agent;
}

Framework readSummaryFramework(od::value v)
{
    Framework fw;
    for (auto field : v.get_object()) {
        const std::string_view key = rawKey(field);
        if (key == "id")
            fw.id = qs(field.value().get_string());
        else if (key == "name")
            fw.name = qs(field.value().get_string());
        else if (key == "active")
            fw.active = field.value().get_bool();
    }
    return fw;
}

} // namespace

Result<ClusterState> readStateSummary(QByteArrayView json)
{
    const char *where = "";
    try {
        ThreadParse parse(json); // outlives doc, which refers to its buffers
        od::document doc = parse.iterate();
        ClusterState state;
        SharedStrings strings;
        for (auto field : doc.get_object()) {
            const std::string_view key = rawKey(field);
            if (key == "slaves") {
                where = "slaves";
                // A state-summary has 1 to 2 KB per agent: reserve rather than regrow 10,000
                // agents a dozen times.
                state.agents.reserve(json.size() / 1024);
                for (od::value agent : field.value().get_array()) {
                    state.agents.append(readSummaryAgent(agent, strings));
                    state.totalTasks
                        = Saturating::add(state.totalTasks, state.agents.constLast().taskCount);
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

Agent readV1Agent(od::value v, SharedStrings &strings)
{
    Agent agent;
    for (auto field : v.get_object()) {
        const std::string_view key = rawKey(field);
        if (key == "agent_info") {
            for (auto info : field.value().get_object()) {
                const std::string_view ikey = rawKey(info);
                if (ikey == "hostname")
                    agent.hostname = qs(info.value().get_string());
                else if (ikey == "port")
                    agent.port = static_cast<int>(info.value().get_int64());
                else if (ikey == "id")
                    agent.id = qs(info.value()["value"].get_string());
                else if (ikey == "domain")
                    readDomain(info.value(), agent, strings);
                else if (ikey == "attributes")
                    agent.attributes = readAttributes(info.value(), strings);
            }
        } else if (key == "pid") {
            agent.ip = ipFromPid(field.value().get_string());
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

Framework readV1Framework(od::value v)
{
    Framework f;
    for (auto field : v.get_object()) {
        const std::string_view key = rawKey(field);
        if (key == "framework_info") {
            for (auto i : field.value().get_object()) {
                const std::string_view ikey = rawKey(i);
                if (ikey == "id")
                    f.id = qs(i.value()["value"].get_string());
                else if (ikey == "name")
                    f.name = qs(i.value().get_string());
            }
        } else if (key == "active") {
            f.active = field.value().get_bool();
        } else if (key == "registered_time" || key == "reregistered_time") {
            // A re-registered framework (after a failover) was sent its offers afresh.
            const qint64 ms = field.value()["nanoseconds"].get_int64() / kNsPerMs;
            f.registeredAtMs = qMax(f.registeredAtMs.value_or(ms), ms);
        }
    }
    return f;
}

Result<ClusterState> readV1State(QByteArrayView json)
{
    const char *where = "";
    try {
        ThreadParse parse(json); // outlives doc, which refers to its buffers
        od::document doc = parse.iterate();
        ClusterState state;
        SharedStrings strings;
        // agent id -> framework id -> live tasks; the IDs view the parser's buffer
        std::unordered_map<std::string_view, std::unordered_map<std::string_view, int>> tasks;
        where = "get_state";
        for (auto part : doc["get_state"].get_object()) {
            const std::string_view key = rawKey(part);
            if (key == "get_agents") {
                where = "get_state.get_agents.agents";
                for (od::value agent : part.value()["agents"].get_array())
                    state.agents.append(readV1Agent(agent, strings));
            } else if (key == "get_frameworks") {
                where = "get_state.get_frameworks.frameworks";
                for (od::value fw : part.value()["frameworks"].get_array())
                    state.frameworks.append(readV1Framework(fw));
            } else if (key == "get_tasks") {
                where = "get_state.get_tasks.tasks";
                for (od::value task : part.value()["tasks"].get_array()) {
                    std::string_view agentId, frameworkId;
                    bool live = false;
                    for (auto field : task.get_object()) {
                        const std::string_view tkey = rawKey(field);
                        if (tkey == "agent_id")
                            agentId = field.value()["value"].get_string();
                        else if (tkey == "framework_id")
                            frameworkId = field.value()["value"].get_string();
                        else if (tkey == "state")
                            live = isLiveTaskState(field.value().get_string());
                    }
                    if (live)
                        ++tasks[agentId][frameworkId];
                }
            }
        }
        for (Agent &agent : state.agents) {
            const QByteArray id = agent.id.toUtf8();
            const auto perFramework
                = tasks.find(std::string_view(id.constData(), size_t(id.size())));
            if (perFramework != tasks.end()) {
                // Sorted by ID, each with its count: frameworkIds and its counts in one order.
                QVarLengthArray<std::pair<QString, int>, 8> counts;
                for (const auto &[framework, count] : perFramework->second) {
                    agent.taskCount += count;
                    counts.append({strings.get(framework), count});
                }
                std::sort(counts.begin(), counts.end());
                agent.frameworkIds.reserve(counts.size());
                agent.frameworkTaskCounts.reserve(counts.size());
                for (const auto &[framework, count] : counts) {
                    agent.frameworkIds.append(framework);
                    agent.frameworkTaskCounts.append(count);
                }
            }
            state.totalTasks = Saturating::add(state.totalTasks, agent.taskCount);
        }
        return state;
    } catch (const simdjson::simdjson_error &e) {
        return failure(e, where);
    }
}

} // namespace ClusterStateReader
