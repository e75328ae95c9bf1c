#include "masterstatejson.h"

#include "jsonwriter.h"
#include "simcluster.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const char *const agentCapabilities[] = {
    "MULTI_ROLE",    "HIERARCHICAL_ROLE",        "RESERVATION_REFINEMENT", "RESOURCE_PROVIDER",
    "RESIZE_VOLUME", "AGENT_OPERATION_FEEDBACK", "AGENT_DRAINING",         "TASK_RESOURCE_LIMITS"};

struct Usage
{
    double cpus = 0;
    double mem = 0;
    int counts[6] = {};
    QList<int> frameworks;
};

// One pass over all tasks: what each agent runs (the master keeps this per agent), indexed by
// host. Completed tasks of an earlier agent on the same host do not count for the current one.
std::vector<Usage> usageByHost(const SimCluster &cluster, bool withCompleted)
{
    std::vector<Usage> usage(size_t(cluster.hosts().size()));
    const auto &slots = cluster.agentSlots();
    const QList<SimFramework> &frameworks = cluster.frameworks();
    for (int f = 0; f < frameworks.size(); ++f) {
        auto add = [&](const SimTask &t, bool live) {
            if (t.host < 0)
                return;
            const auto &slot = slots[size_t(t.host)];
            if (!slot || (!live && slot->id != t.agentId))
                return;
            Usage &u = usage[size_t(t.host)];
            if (live) {
                u.cpus += t.cpus;
                u.mem += t.mem;
            }
            ++u.counts[int(t.state)];
            if (withCompleted && (u.frameworks.isEmpty() || u.frameworks.last() != f))
                u.frameworks.append(f);
        };
        for (const SimTask &t : frameworks[f].tasks)
            add(t, true);
        if (withCompleted) {
            for (const SimTask &t : frameworks[f].completedTasks)
                add(t, false);
        }
    }
    return usage;
}

void writeScalars(JsonWriter &w, double cpus, double mem, double disk, bool ports)
{
    w.beginObject().field("cpus", cpus).field("gpus", 0.0).field("mem", mem).field("disk", disk);
    if (ports)
        w.field("ports", "[31000-32000]");
    w.endObject();
}

void writeSummaryCounts(JsonWriter &w, const int *counts)
{
    // TASK_STAGING … TASK_UNREACHABLE in the master's order; counts are indexed by TaskState.
    w.field("TASK_STAGING", counts[int(TaskState::Staging)]).field("TASK_STARTING", 0);
    w.field("TASK_RUNNING", counts[int(TaskState::Running)]).field("TASK_KILLING", 0);
    w.field("TASK_FINISHED", counts[int(TaskState::Finished)]);
    w.field("TASK_KILLED", counts[int(TaskState::Killed)]).field("TASK_FAILED", 0);
    w.field("TASK_LOST", counts[int(TaskState::Lost)]).field("TASK_ERROR", 0);
    w.field("TASK_UNREACHABLE", 0);
}

void writeFrameworkSummary(JsonWriter &w, const SimFramework &fw, double cpus, double mem)
{
    w.field("id", fw.id).field("name", fw.name);
    w.key("used_resources");
    writeScalars(w, cpus, mem, 0, false);
    w.key("offered_resources");
    writeScalars(w, 0, 0, 0, false);
    w.key("capabilities").beginArray().endArray();
    w.field("hostname", "sim-scheduler.example").field("webui_url", "");
    w.field("active", true).field("connected", true).field("recovered", false);
}

} // namespace

MasterStateJson::MasterStateJson(const SimCluster &cluster, const SimMasterInfo &master)
    : m_cluster(cluster)
    , m_master(master)
{ }

void MasterStateJson::writeAgent(JsonWriter &w, const SimAgent &agent) const
{
    const Scenario::AgentSpec &h = m_cluster.hosts()[agent.host];
    w.field("id", agent.id).field("hostname", h.hostname).field("port", h.port);
    // The master keeps attributes in a JSON object: text as strings, scalars as numbers.
    w.key("attributes").beginObject();
    for (const Scenario::Attribute &a : h.attributes) {
        const QByteArray name = a.name.toUtf8(); // plain words (Scenario checks them)
        w.key(name.constData());
        if (a.scalar)
            w.value(*a.scalar);
        else
            w.value(a.text);
    }
    w.endObject();
    if (!h.region.isEmpty()) {
        w.key("domain").beginObject().key("fault_domain").beginObject();
        w.key("region").beginObject().field("name", h.region).endObject();
        w.key("zone").beginObject().field("name", h.zone).endObject();
        w.endObject().endObject();
    }
    w.field("pid", u"slave(1)@"_s + h.ip + u':' + QString::number(h.port));
    w.field("registered_time", agent.registeredSecs);
}

void MasterStateJson::writeTask(JsonWriter &out, const SimTask &task) const
{
    if (task.v0Json.isEmpty()) {
        JsonWriter w(512);
        w.beginObject();
        w.field("id", task.id).field("name", task.name);
        w.field("framework_id", m_cluster.frameworks()[task.framework].id);
        w.field("executor_id", "").field("slave_id", task.agentId);
        w.field("state", taskStateName(task.state));
        w.key("resources");
        writeScalars(w, task.cpus, task.mem, 0, false);
        w.field("role", "*");
        w.key("statuses").beginArray();
        for (const SimTaskStatus &s : task.statuses) {
            w.beginObject().field("state", taskStateName(s.state));
            w.field("timestamp", s.timestamp).endObject();
        }
        w.endArray();
        w.endObject();
        task.v0Json = w.take();
    }
    out.raw(task.v0Json);
}

static void writeAgentTail(JsonWriter &w, const SimCluster &cluster, const SimAgent &agent,
                           const Usage &usage)
{
    const Scenario::AgentSpec &h = cluster.hosts()[agent.host];
    w.key("resources");
    writeScalars(w, h.cpus, h.mem, h.disk, true);
    w.key("used_resources");
    writeScalars(w, usage.cpus, usage.mem, 0, false);
    w.key("offered_resources");
    writeScalars(w, 0, 0, 0, false);
    w.key("reserved_resources").beginObject().endObject();
    w.key("unreserved_resources");
    writeScalars(w, h.cpus, h.mem, h.disk, true);
    w.field("active", !agent.deactivated && !agent.disconnected);
    w.field("deactivated", agent.deactivated);
    w.field("version", SimMasterInfo::Version);
    w.key("capabilities").beginArray();
    for (const char *c : agentCapabilities)
        w.value(c);
    w.endArray();
    if (agent.drain) {
        w.key("drain_info").beginObject();
        w.field("state", agent.drain->state == DrainInfo::State::Drained ? "DRAINED" : "DRAINING");
        w.key("config").beginObject();
        if (agent.drain->maxGracePeriodNs)
            w.key("max_grace_period")
                .beginObject()
                .field("nanoseconds", *agent.drain->maxGracePeriodNs)
                .endObject();
        w.field("mark_gone", agent.drain->markGone).endObject();
        w.endObject();
        w.field("estimated_drain_start_time_seconds",
                double(agent.drainStartNs / SimCluster::Second));
    }
}

QByteArray MasterStateJson::state() const
{
    const std::vector<Usage> usage = usageByHost(m_cluster, false);
    qsizetype tasks = 0;
    for (const SimFramework &fw : m_cluster.frameworks())
        tasks += fw.tasks.size() + fw.completedTasks.size();
    JsonWriter w(qsizetype(m_cluster.registeredAgentCount()) * 1300 + tasks * 400 + 4096);
    w.beginObject();
    w.field("version", SimMasterInfo::Version).field("build_date", SimMasterInfo::BuildDate);
    w.field("build_time", SimMasterInfo::BuildTime).field("build_user", SimMasterInfo::BuildUser);
    w.field("start_time", m_master.startTime).field("elected_time", m_master.electedTime);
    w.field("id", m_master.id).field("pid", m_master.pid()).field("hostname", m_master.hostname);
    w.key("capabilities")
        .beginArray()
        .value("AGENT_UPDATE")
        .value("AGENT_DRAINING")
        .value("QUOTA_V2")
        .endArray();
    int active = 0;
    for (const auto &slot : m_cluster.agentSlots())
        active += slot && !slot->deactivated && !slot->disconnected ? 1 : 0;
    w.field("activated_slaves", double(active));
    w.field("deactivated_slaves", double(m_cluster.registeredAgentCount() - active));
    w.field("unreachable_slaves", 0.0);
    w.field("leader", m_master.pid());
    w.key("leader_info").beginObject().field("id", m_master.id).field("pid", m_master.pid());
    w.field("port", m_master.port).field("hostname", m_master.hostname).endObject();
    w.key("slaves").beginArray();
    for (const auto &slot : m_cluster.agentSlots()) {
        if (!slot)
            continue;
        const Usage u = usage[size_t(slot->host)];
        const std::tuple<quint64, double, double> key {slot->revision, u.cpus, u.mem};
        if (slot->cachedKey != key || slot->v0Json.isEmpty()) {
            JsonWriter a(2048);
            a.beginObject();
            writeAgent(a, *slot);
            writeAgentTail(a, m_cluster, *slot, u);
            a.endObject();
            slot->v0Json = a.take();
            slot->cachedKey = key;
        }
        w.raw(slot->v0Json);
    }
    w.endArray();
    w.key("recovered_slaves").beginArray().endArray();
    writeFrameworks(w, QString());
    w.key("orphan_tasks").beginArray().endArray();
    w.key("unregistered_frameworks").beginArray().endArray();
    w.endObject();
    return w.take();
}

void MasterStateJson::writeFrameworks(JsonWriter &w, const QString &frameworkId) const
{
    w.key("frameworks").beginArray();
    for (const SimFramework &fw : m_cluster.frameworks()) {
        if (fw.removed || (!frameworkId.isNull() && fw.id != frameworkId))
            continue;
        double cpus = 0, mem = 0;
        for (const SimTask &t : fw.tasks) {
            cpus += t.cpus;
            mem += t.mem;
        }
        w.beginObject();
        writeFrameworkSummary(w, fw, cpus, mem);
        w.field("user", "root").field("failover_timeout", 604800.0).field("checkpoint", true);
        w.field("registered_time", double(fw.registeredNs) / 1e9).field("unregistered_time", 0.0);
        if (fw.reregisteredNs)
            w.field("reregistered_time", double(fw.reregisteredNs) / 1e9);
        w.key("resources");
        writeScalars(w, cpus, mem, 0, false);
        w.field("role", "*");
        w.key("tasks").beginArray();
        for (const SimTask &t : fw.tasks)
            writeTask(w, t);
        w.endArray();
        w.key("unreachable_tasks").beginArray().endArray();
        w.key("completed_tasks").beginArray();
        for (const SimTask &t : fw.completedTasks)
            writeTask(w, t);
        w.endArray();
        w.key("offers").beginArray().endArray();
        w.key("executors").beginArray().endArray();
        w.key("offer_constraints").beginObject().endObject();
        w.endObject();
    }
    w.endArray();
    w.key("completed_frameworks").beginArray().endArray();
}

QByteArray MasterStateJson::stateSummary() const
{
    const std::vector<Usage> usage = usageByHost(m_cluster, true);
    JsonWriter w(qsizetype(m_cluster.registeredAgentCount()) * 1500 + 4096);
    w.beginObject().field("hostname", m_master.hostname);
    w.key("slaves").beginArray();
    const QList<SimFramework> &frameworks = m_cluster.frameworks();
    for (const auto &slot : m_cluster.agentSlots()) {
        if (!slot)
            continue;
        const Usage u = usage[size_t(slot->host)];
        w.beginObject();
        writeAgent(w, *slot);
        writeAgentTail(w, m_cluster, *slot, u);
        writeSummaryCounts(w, u.counts);
        w.key("framework_ids").beginArray();
        for (const int f : u.frameworks)
            w.value(frameworks[f].id);
        w.endArray().endObject();
    }
    w.endArray();
    w.key("frameworks").beginArray();
    for (int f = 0; f < frameworks.size(); ++f) {
        const SimFramework &fw = frameworks[f];
        if (fw.removed)
            continue;
        int counts[6] = {};
        double cpus = 0, mem = 0;
        QStringList agents;
        QSet<QString> seen;
        for (const QList<SimTask> *list : {&fw.tasks, &fw.completedTasks}) {
            for (const SimTask &t : *list) {
                ++counts[int(t.state)];
                if (!isTerminal(t.state)) {
                    cpus += t.cpus;
                    mem += t.mem;
                }
                if (!seen.contains(t.agentId)) {
                    seen.insert(t.agentId);
                    agents.append(t.agentId);
                }
            }
        }
        w.beginObject();
        writeFrameworkSummary(w, fw, cpus, mem);
        writeSummaryCounts(w, counts);
        w.key("slave_ids").beginArray();
        for (const QString &a : std::as_const(agents))
            w.value(a);
        w.endArray().endObject();
    }
    w.endArray().endObject();
    return w.take();
}

QByteArray MasterStateJson::slaves(const QString &slaveId) const
{
    const std::vector<Usage> usage = usageByHost(m_cluster, false);
    JsonWriter w(qsizetype(m_cluster.registeredAgentCount()) * 2000 + 1024);
    w.beginObject().key("slaves").beginArray();
    for (const auto &slot : m_cluster.agentSlots()) {
        if (!slot || (!slaveId.isNull() && slot->id != slaveId))
            continue;
        w.beginObject();
        writeAgent(w, *slot);
        writeAgentTail(w, m_cluster, *slot, usage[size_t(slot->host)]);
        w.key("reserved_resources_full").beginObject().endObject();
        w.key("unreserved_resources_full").beginArray().endArray();
        w.key("used_resources_full").beginArray().endArray();
        w.key("offered_resources_full").beginArray().endArray();
        w.endObject();
    }
    w.endArray().key("recovered_slaves").beginArray().endArray().endObject();
    return w.take();
}

QByteArray MasterStateJson::frameworks(const QString &frameworkId) const
{
    JsonWriter w(1 << 16);
    w.beginObject();
    writeFrameworks(w, frameworkId);
    w.key("unregistered_frameworks").beginArray().endArray();
    w.endObject();
    return w.take();
}

QByteArray MasterStateJson::tasks(int limit, int offset, bool ascending, const QString &frameworkId,
                                  const QString &taskId) const
{
    QList<const SimTask *> tasks;
    for (const SimFramework &fw : m_cluster.frameworks()) {
        if (fw.removed || (!frameworkId.isNull() && fw.id != frameworkId))
            continue;
        for (const QList<SimTask> *list : {&fw.tasks, &fw.completedTasks}) {
            for (const SimTask &t : *list) {
                if (taskId.isNull() || t.id == taskId)
                    tasks.append(&t);
            }
        }
    }
    std::stable_sort(tasks.begin(), tasks.end(), [ascending](const SimTask *a, const SimTask *b) {
        const double ta = a->statuses.isEmpty() ? 0 : a->statuses.first().timestamp;
        const double tb = b->statuses.isEmpty() ? 0 : b->statuses.first().timestamp;
        return ascending ? ta < tb : ta > tb;
    });
    JsonWriter w(1 << 16);
    w.beginObject().key("tasks").beginArray();
    const qsizetype end = qMin<qsizetype>(qsizetype(offset) + limit, tasks.size());
    for (qsizetype i = qMax(0, offset); i < end; ++i)
        writeTask(w, *tasks[i]);
    w.endArray().endObject();
    return w.take();
}

QByteArray MasterStateJson::version()
{
    JsonWriter w;
    w.beginObject().field("build_date", SimMasterInfo::BuildDate);
    w.field("build_time", SimMasterInfo::BuildTime).field("build_user", SimMasterInfo::BuildUser);
    w.field("version", SimMasterInfo::Version).endObject();
    return w.take();
}
