#pragma once

// v1 events for the event tests, written with single quotes (moc and raw strings do not mix).

#include <QByteArray>
#include <QString>

namespace EventJson {

inline QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

inline QByteArray agent(const QString &id, const QString &host, const QString &ip)
{
    return json("{'agent_info':{'hostname':'%2','port':5051,'id':{'value':'%1'}},"
                "'active':true,'deactivated':false,'pid':'slave(1)@%3:5051',"
                "'total_resources':[{'name':'cpus','type':'SCALAR','scalar':{'value':8}}]}")
        .replace("%1", id.toUtf8())
        .replace("%2", host.toUtf8())
        .replace("%3", ip.toUtf8());
}

inline QByteArray task(const QString &id, const QString &fw, const QString &agentId,
                       const QString &state)
{
    return json("{'name':'n','task_id':{'value':'%1'},'framework_id':{'value':'%2'},"
                "'agent_id':{'value':'%3'},'state':'%4','resources':[],'statuses':[]}")
        .replace("%1", id.toUtf8())
        .replace("%2", fw.toUtf8())
        .replace("%3", agentId.toUtf8())
        .replace("%4", state.toUtf8());
}

/// A framework; @p registeredNs and @p reregisteredNs (TimeInfo) are written when not zero.
inline QByteArray framework(const QString &id, const QString &name, qint64 registeredNs = 0,
                            qint64 reregisteredNs = 0)
{
    QByteArray times;
    if (registeredNs)
        times += ",\"registered_time\":{\"nanoseconds\":" + QByteArray::number(registeredNs) + '}';
    if (reregisteredNs)
        times += ",\"reregistered_time\":{\"nanoseconds\":" + QByteArray::number(reregisteredNs)
            + '}';
    return json("{'framework_info':{'user':'root','name':'%2','id':{'value':'%1'}},"
                "'active':true,'connected':true,'recovered':false%3}")
        .replace("%1", id.toUtf8())
        .replace("%2", name.toUtf8())
        .replace("%3", times);
}

inline QByteArray taskAdded(const QString &id, const QString &fw, const QString &agentId,
                            const QString &state = QStringLiteral("TASK_STAGING"))
{
    return json("{'type':'TASK_ADDED','task_added':{'task':") + task(id, fw, agentId, state) + "}}";
}

inline QByteArray taskUpdated(const QString &id, const QString &fw, const QString &agentId,
                              const QString &state)
{
    return json("{'type':'TASK_UPDATED','task_updated':{'framework_id':{'value':'%2'},"
                "'status':{'task_id':{'value':'%1'},'state':'%4','source':'SOURCE_EXECUTOR',"
                "'agent_id':{'value':'%3'},'timestamp':1.5},'state':'%4'}}")
        .replace("%1", id.toUtf8())
        .replace("%2", fw.toUtf8())
        .replace("%3", agentId.toUtf8())
        .replace("%4", state.toUtf8());
}

inline QByteArray agentAdded(const QString &id, const QString &host, const QString &ip)
{
    return json("{'type':'AGENT_ADDED','agent_added':{'agent':") + agent(id, host, ip) + "}}";
}

inline QByteArray agentRemoved(const QString &id)
{
    return json("{'type':'AGENT_REMOVED','agent_removed':{'agent_id':{'value':'%1'}}}")
        .replace("%1", id.toUtf8());
}

inline QByteArray frameworkEvent(const char *type, const QString &id, const QString &name,
                                 qint64 registeredNs = 0, qint64 reregisteredNs = 0)
{
    const QByteArray lower = QByteArray(type).toLower();
    if (QByteArray(type) == "FRAMEWORK_REMOVED")
        return json("{'type':'FRAMEWORK_REMOVED','framework_removed':{'framework_info':"
                    "{'name':'%2','id':{'value':'%1'}}}}")
            .replace("%1", id.toUtf8())
            .replace("%2", name.toUtf8());
    return "{\"type\":\"" + QByteArray(type) + "\",\"" + lower
        + "\":{\"framework\":" + framework(id, name, registeredNs, reregisteredNs) + "}}";
}

/// SUBSCRIBED with @p agents, @p frameworks and @p tasks (each a list of JSON objects, joined).
inline QByteArray subscribed(const QByteArray &agents, const QByteArray &frameworks,
                             const QByteArray &tasks, double heartbeat = 15.0)
{
    return json("{'type':'SUBSCRIBED','subscribed':{'get_state':{'get_tasks':{'tasks':[") + tasks
        + json("],'unreachable_tasks':[],'completed_tasks':[]},")
        + json("'get_executors':{'executors':[]},'get_frameworks':{'frameworks':[") + frameworks
        + json("],'completed_frameworks':[]},'get_agents':{'agents':[") + agents
        + json("],'recovered_agents':[]}},'heartbeat_interval_seconds':")
        + QByteArray::number(heartbeat) + "}}";
}

} // namespace EventJson
