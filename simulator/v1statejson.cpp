#include "v1statejson.h"

#include "jsonwriter.h"
#include "simcluster.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {

const char *const agentCapabilities[] = {
    "MULTI_ROLE",    "HIERARCHICAL_ROLE",        "RESERVATION_REFINEMENT", "RESOURCE_PROVIDER",
    "RESIZE_VOLUME", "AGENT_OPERATION_FEEDBACK", "AGENT_DRAINING",         "TASK_RESOURCE_LIMITS"};

void writeScalar(JsonWriter &w, const char *name, double value, bool allocated)
{
    w.beginObject().field("name", name).field("type", "SCALAR");
    w.key("scalar").beginObject().field("value", value).endObject();
    w.field("role", "*");
    if (allocated)
        w.key("allocation_info").beginObject().field("role", "*").endObject();
    w.endObject();
}

void writeResources(JsonWriter &w, double cpus, double mem, double disk, bool ports, bool allocated)
{
    w.beginArray();
    writeScalar(w, "cpus", cpus, allocated);
    writeScalar(w, "mem", mem, allocated);
    if (disk > 0)
        writeScalar(w, "disk", disk, allocated);
    if (ports) {
        w.beginObject().field("name", "ports").field("type", "RANGES");
        w.key("ranges").beginObject().key("range").beginArray();
        w.beginObject().field("begin", qint64(31000)).field("end", qint64(32000)).endObject();
        w.endArray().endObject().field("role", "*").endObject();
    }
    w.endArray();
}

void writeTime(JsonWriter &w, const char *key, qint64 ns)
{
    w.key(key).beginObject().field("nanoseconds", ns).endObject();
}

void writeId(JsonWriter &w, const char *key, const QString &value)
{
    w.key(key).beginObject().field("value", value).endObject();
}

} // namespace

V1StateJson::V1StateJson(const SimCluster &cluster, const SimMasterInfo &master)
    : m_cluster(cluster)
    , m_master(master)
{ }

void V1StateJson::writeAgent(JsonWriter &w, const SimAgent &agent, double cpus, double mem) const
{
    const Scenario::AgentSpec &h = m_cluster.hosts()[agent.host];
    w.beginObject().key("agent_info").beginObject();
    w.field("hostname", h.hostname).field("port", h.port).key("resources");
    writeResources(w, h.cpus, h.mem, h.disk, true, false);
    if (!h.attributes.isEmpty()) {
        w.key("attributes").beginArray();
        for (const Scenario::Attribute &a : h.attributes) {
            w.beginObject().field("name", a.name).field("type", a.scalar ? "SCALAR" : "TEXT");
            if (a.scalar)
                w.key("scalar").beginObject().field("value", *a.scalar).endObject();
            else
                w.key("text").beginObject().field("value", a.text).endObject();
            w.endObject();
        }
        w.endArray();
    }
    writeId(w, "id", agent.id);
    if (!h.region.isEmpty()) {
        w.key("domain").beginObject().key("fault_domain").beginObject();
        w.key("region").beginObject().field("name", h.region).endObject();
        w.key("zone").beginObject().field("name", h.zone).endObject();
        w.endObject().endObject();
    }
    w.field("checkpoint", true).endObject();
    w.field("active", !agent.deactivated && !agent.disconnected);
    w.field("deactivated", agent.deactivated);
    w.field("version", SimMasterInfo::Version);
    w.field("pid", u"slave(1)@"_s + h.ip + u':' + QString::number(h.port));
    writeTime(w, "registered_time", qint64(agent.registeredSecs * 1e9));
    w.key("total_resources");
    writeResources(w, h.cpus, h.mem, h.disk, true, false);
    if (cpus > 0) {
        w.key("allocated_resources");
        writeResources(w, cpus, mem, 0, false, true);
    }
    w.key("capabilities").beginArray();
    for (const char *c : agentCapabilities)
        w.beginObject().field("type", c).endObject();
    w.endArray();
    if (agent.drain) {
        w.key("drain_info").beginObject();
        w.field("state", agent.drain->state == DrainInfo::State::Drained ? "DRAINED" : "DRAINING");
        w.key("config").beginObject();
        if (agent.drain->maxGracePeriodNs)
            writeTime(w, "max_grace_period", *agent.drain->maxGracePeriodNs);
        w.field("mark_gone", agent.drain->markGone).endObject().endObject();
        writeTime(w, "estimated_drain_start_time",
                  agent.drainStartNs / SimCluster::Second * SimCluster::Second);
    }
    w.endObject();
}

void V1StateJson::writeAgents(JsonWriter &w) const
{
    std::vector<std::pair<double, double>> used(size_t(m_cluster.hosts().size()));
    for (const SimFramework &fw : m_cluster.frameworks()) {
        for (const SimTask &t : fw.tasks) {
            if (t.host >= 0) {
                used[size_t(t.host)].first += t.cpus;
                used[size_t(t.host)].second += t.mem;
            }
        }
    }
    w.beginObject().key("agents").beginArray();
    for (const auto &slot : m_cluster.agentSlots()) {
        if (slot) {
            const auto u = used[size_t(slot->host)];
            writeAgent(w, *slot, u.first, u.second);
        }
    }
    w.endArray().key("recovered_agents").beginArray().endArray().endObject();
}

void V1StateJson::writeTaskStatus(JsonWriter &w, const SimTask &task, int index) const
{
    const SimTaskStatus &s = task.statuses[index];
    w.beginObject();
    writeId(w, "task_id", task.id);
    w.field("state", taskStateName(s.state));
    if (!s.message.isEmpty())
        w.field("message", s.message);
    w.field("source", s.source);
    if (s.reason)
        w.field("reason", QByteArray(s.reason).replace("SLAVE", "AGENT").constData());
    writeId(w, "agent_id", task.agentId);
    w.field("timestamp", s.timestamp);
    w.endObject();
}

void V1StateJson::writeTask(JsonWriter &w, const SimTask &task) const
{
    w.beginObject().field("name", task.name);
    writeId(w, "task_id", task.id);
    writeId(w, "framework_id", m_cluster.frameworks()[task.framework].id);
    writeId(w, "agent_id", task.agentId);
    w.field("state", taskStateName(task.state)).key("resources");
    writeResources(w, task.cpus, task.mem, 0, false, true);
    w.key("statuses").beginArray();
    for (int i = 0; i < task.statuses.size(); ++i)
        writeTaskStatus(w, task, i);
    w.endArray().endObject();
}

void V1StateJson::writeTasks(JsonWriter &w) const
{
    w.beginObject().key("tasks").beginArray();
    for (const SimFramework &fw : m_cluster.frameworks()) {
        for (const SimTask &t : fw.tasks)
            writeTask(w, t);
    }
    w.endArray().key("unreachable_tasks").beginArray().endArray();
    w.key("completed_tasks").beginArray();
    for (const SimFramework &fw : m_cluster.frameworks()) {
        for (const SimTask &t : fw.completedTasks)
            writeTask(w, t);
    }
    w.endArray().endObject();
}

void V1StateJson::writeFramework(JsonWriter &w, int index) const
{
    const SimFramework &fw = m_cluster.frameworks()[index];
    w.beginObject().key("framework_info").beginObject();
    w.field("user", "root").field("name", fw.name);
    writeId(w, "id", fw.id);
    w.field("failover_timeout", 604800.0).field("checkpoint", true);
    w.field("hostname", "sim-scheduler.example").endObject();
    w.field("active", true).field("connected", true).field("recovered", false);
    writeTime(w, "registered_time", fw.registeredNs);
    if (fw.reregisteredNs)
        writeTime(w, "reregistered_time", fw.reregisteredNs);
    bool any = false;
    for (const auto &slot : m_cluster.agentSlots()) {
        if (!slot || !slot->outstandingOffers.contains(index))
            continue;
        if (!any)
            w.key("inverse_offers").beginArray();
        any = true;
        w.beginObject();
        writeId(w, "id", slot->id + u"-IO"_s + QString::number(index));
        writeId(w, "framework_id", fw.id);
        writeId(w, "agent_id", slot->id);
        w.key("unavailability").beginObject();
        const MachineId id = m_cluster.machineOf(*slot);
        for (const MachineEntry &m : m_cluster.machines()) {
            if (m.key == id && m.unavailability) {
                writeTime(w, "start", m.unavailability->startNs);
                if (m.unavailability->durationNs)
                    writeTime(w, "duration", *m.unavailability->durationNs);
            }
        }
        w.endObject().endObject();
    }
    if (any)
        w.endArray();
    double cpus = 0, mem = 0;
    for (const SimTask &t : fw.tasks) {
        cpus += t.cpus;
        mem += t.mem;
    }
    if (cpus > 0) {
        w.key("allocated_resources");
        writeResources(w, cpus, mem, 0, false, true);
    }
    w.endObject();
}

void V1StateJson::writeFrameworks(JsonWriter &w) const
{
    w.beginObject().key("frameworks").beginArray();
    for (int f = 0; f < m_cluster.frameworks().size(); ++f) {
        if (!m_cluster.frameworks()[f].removed)
            writeFramework(w, f);
    }
    w.endArray().key("completed_frameworks").beginArray().endArray().endObject();
}

QByteArray V1StateJson::getAgents() const
{
    JsonWriter w(qsizetype(m_cluster.registeredAgentCount()) * 1500 + 256);
    w.beginObject().field("type", "GET_AGENTS").key("get_agents");
    writeAgents(w);
    return w.endObject().take();
}

QByteArray V1StateJson::getFrameworks() const
{
    JsonWriter w(4096);
    w.beginObject().field("type", "GET_FRAMEWORKS").key("get_frameworks");
    writeFrameworks(w);
    return w.endObject().take();
}

QByteArray V1StateJson::getTasks() const
{
    JsonWriter w(1 << 16);
    w.beginObject().field("type", "GET_TASKS").key("get_tasks");
    writeTasks(w);
    return w.endObject().take();
}

QByteArray V1StateJson::getState() const
{
    JsonWriter w(qsizetype(m_cluster.registeredAgentCount()) * 3000 + 4096);
    w.beginObject().field("type", "GET_STATE").key("get_state").beginObject();
    w.key("get_tasks");
    writeTasks(w);
    w.key("get_executors").beginObject().key("executors").beginArray().endArray().endObject();
    w.key("get_frameworks");
    writeFrameworks(w);
    w.key("get_agents");
    writeAgents(w);
    return w.endObject().endObject().take();
}

QByteArray V1StateJson::getMaster() const
{
    const quint32 ip = QHostAddress(m_master.ip).toIPv4Address();
    // MasterInfo.ip is the address in network byte order read as a host integer.
    const quint32 packed = ((ip >> 24) & 0xff) | ((ip >> 8) & 0xff00) | ((ip << 8) & 0xff0000)
        | ((ip << 24) & 0xff000000u);
    JsonWriter w;
    w.beginObject().field("type", "GET_MASTER").key("get_master").beginObject();
    w.key("master_info").beginObject().field("id", m_master.id).field("ip", qint64(packed));
    w.field("port", m_master.port)
        .field("pid", m_master.pid())
        .field("hostname", m_master.hostname);
    w.field("version", SimMasterInfo::Version);
    w.key("address").beginObject().field("hostname", m_master.hostname).field("ip", m_master.ip);
    w.field("port", m_master.port).endObject();
    w.key("capabilities").beginArray();
    for (const char *c : {"AGENT_UPDATE", "AGENT_DRAINING", "QUOTA_V2"})
        w.beginObject().field("type", c).endObject();
    w.endArray().endObject();
    w.field("start_time", m_master.startTime).field("elected_time", m_master.electedTime);
    return w.endObject().endObject().take();
}

QByteArray V1StateJson::getHealth()
{
    return "{\"type\":\"GET_HEALTH\",\"get_health\":{\"healthy\":true}}";
}

QByteArray V1StateJson::getVersion()
{
    JsonWriter w;
    w.beginObject().field("type", "GET_VERSION").key("get_version").beginObject();
    w.key("version_info").beginObject().field("version", SimMasterInfo::Version);
    w.field("build_date", SimMasterInfo::BuildDate).field("build_time", SimMasterInfo::BuildTime);
    w.field("build_user", SimMasterInfo::BuildUser).endObject();
    return w.endObject().endObject().take();
}

QByteArray V1StateJson::subscribed(double heartbeatSeconds) const
{
    const QByteArray state = getState();
    // Reuse GET_STATE's body: strip `{"type":"GET_STATE","get_state":` and the closing brace.
    const QByteArray prefix = "{\"type\":\"GET_STATE\",\"get_state\":";
    JsonWriter w(state.size() + 128);
    w.beginObject().field("type", "SUBSCRIBED").key("subscribed").beginObject();
    w.key("get_state").raw(state.mid(prefix.size(), state.size() - prefix.size() - 1));
    w.field("heartbeat_interval_seconds", heartbeatSeconds);
    return w.endObject().endObject().take();
}

QByteArray V1StateJson::heartbeat()
{
    return "{\"type\":\"HEARTBEAT\"}";
}

QByteArray V1StateJson::agentAdded(const SimAgent &agent) const
{
    JsonWriter w;
    w.beginObject().field("type", "AGENT_ADDED").key("agent_added").beginObject().key("agent");
    writeAgent(w, agent, 0, 0); // a freshly added agent runs nothing yet
    return w.endObject().endObject().take();
}

QByteArray V1StateJson::agentRemoved(const QString &agentId)
{
    JsonWriter w;
    w.beginObject().field("type", "AGENT_REMOVED").key("agent_removed").beginObject();
    writeId(w, "agent_id", agentId);
    return w.endObject().endObject().take();
}

QByteArray V1StateJson::frameworkEvent(int framework, bool added) const
{
    JsonWriter w;
    const char *type = added ? "FRAMEWORK_ADDED" : "FRAMEWORK_UPDATED";
    w.beginObject().field("type", type).key(added ? "framework_added" : "framework_updated");
    w.beginObject().key("framework");
    writeFramework(w, framework);
    return w.endObject().endObject().take();
}

QByteArray V1StateJson::frameworkRemoved(int framework) const
{
    const SimFramework &fw = m_cluster.frameworks()[framework];
    JsonWriter w;
    w.beginObject().field("type", "FRAMEWORK_REMOVED").key("framework_removed").beginObject();
    w.key("framework_info").beginObject();
    w.field("user", "root").field("name", fw.name);
    writeId(w, "id", fw.id);
    w.field("failover_timeout", 604800.0).field("checkpoint", true);
    w.field("hostname", "sim-scheduler.example").endObject();
    return w.endObject().endObject().take();
}

QByteArray V1StateJson::taskAdded(const SimTask &task) const
{
    JsonWriter w;
    w.beginObject().field("type", "TASK_ADDED").key("task_added").beginObject().key("task");
    writeTask(w, task);
    return w.endObject().endObject().take();
}

QByteArray V1StateJson::taskUpdated(const SimTask &task) const
{
    JsonWriter w;
    w.beginObject().field("type", "TASK_UPDATED").key("task_updated").beginObject();
    writeId(w, "framework_id", m_cluster.frameworks()[task.framework].id);
    w.key("status");
    writeTaskStatus(w, task, int(task.statuses.size() - 1));
    w.field("state", taskStateName(task.state));
    return w.endObject().endObject().take();
}
