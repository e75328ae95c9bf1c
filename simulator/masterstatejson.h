#pragma once

#include "simmasterinfo.h"

#include <QByteArray>
#include <QString>

class SimCluster;
class JsonWriter;
struct SimAgent;
struct SimTask;

/// The v0 read-only documents of the simulated master (/state, /state-summary, /slaves,
/// /frameworks, /tasks, /version), with the fields and key order of
/// src/master/readonly_handler.cpp and src/common/http.cpp. Written straight into a buffer so
/// that 10,000 agents render in milliseconds.
class MasterStateJson
{
public:
    MasterStateJson(const SimCluster &cluster, const SimMasterInfo &master);

    QByteArray state() const;
    QByteArray stateSummary() const;
    QByteArray slaves(const QString &slaveId = QString()) const;
    QByteArray frameworks(const QString &frameworkId = QString()) const;
    QByteArray tasks(int limit, int offset, bool ascending, const QString &frameworkId,
                     const QString &taskId) const;
    static QByteArray version();

private:
    void writeAgent(JsonWriter &w, const SimAgent &agent) const;
    void writeTask(JsonWriter &w, const SimTask &task) const;
    void writeFrameworks(JsonWriter &w, const QString &frameworkId) const;

    const SimCluster &m_cluster;
    const SimMasterInfo &m_master;
};
