#pragma once

#include "simmasterinfo.h"

#include <QByteArray>

class JsonWriter;
class SimCluster;
struct SimAgent;
struct SimFramework;
struct SimTask;

/// The v1 operator API responses and events of the simulated master (API.md §6), in protobuf
/// declaration order with the hand-written top-level arrays of readonly_handler.cpp.
class V1StateJson
{
public:
    V1StateJson(const SimCluster &cluster, const SimMasterInfo &master);

    QByteArray getAgents() const;
    QByteArray getFrameworks() const;
    QByteArray getTasks() const;
    QByteArray getState() const;
    QByteArray getMaster() const;
    static QByteArray getHealth();
    static QByteArray getVersion();

    QByteArray subscribed(double heartbeatSeconds) const;
    static QByteArray heartbeat();
    QByteArray agentAdded(const SimAgent &agent) const;
    static QByteArray agentRemoved(const QString &agentId);
    QByteArray taskAdded(const SimTask &task) const;
    /// FRAMEWORK_ADDED (@p added) or FRAMEWORK_UPDATED with the framework as GET_FRAMEWORKS has it.
    QByteArray frameworkEvent(int framework, bool added) const;
    QByteArray frameworkRemoved(int framework) const;
    QByteArray taskUpdated(const SimTask &task) const;

private:
    void writeAgents(JsonWriter &w) const;
    void writeAgent(JsonWriter &w, const SimAgent &agent, double cpus, double mem) const;
    void writeFrameworks(JsonWriter &w) const;
    void writeFramework(JsonWriter &w, int index) const;
    void writeTasks(JsonWriter &w) const;
    void writeTask(JsonWriter &w, const SimTask &task) const;
    void writeTaskStatus(JsonWriter &w, const SimTask &task, int index) const;

    const SimCluster &m_cluster;
    const SimMasterInfo &m_master;
};
