#pragma once

#include "alerts/alerttracker.h"
#include "live/livesnapshot.h"
#include "masterstatejson.h"
#include "simcluster.h"
#include "simmasterinfo.h"
#include "v1statejson.h"
#include "json/clusterstatereader.h"

#include <QHash>
#include <QList>

/// Watches a SimCluster in simulated time as the console does: each look() reads the state
/// summary the master would serve, joins it with the maintenance status and schedule, records
/// the drain histories and updates an AlertTracker (header-only: tests that use it link
/// slipway_sim).
class SimAlertWatcher
{
public:
    struct Change
    {
        bool raised = true;
        qint64 atMs = 0;
        Alert alert;
    };

    explicit SimAlertWatcher(const AlertSettings &settings)
    {
        tracker.setSettings(settings);
        QObject::connect(&tracker, &AlertTracker::alertRaised, &tracker, [this](const Alert &a) {
            changes.append({true, m_nowMs, a});
        });
        QObject::connect(&tracker, &AlertTracker::alertCleared, &tracker, [this](const Alert &a) {
            changes.append({false, m_nowMs, a});
        });
    }

    /// How the console reads the master's state: the v0 state summary (no registration times,
    /// no tasks per framework) or v1 GET_STATE.
    enum class Api { V0, V1 };

    static LiveSnapshot snapshot(const SimCluster &cluster, qint64 nowNs, Api api = Api::V0)
    {
        const SimMasterInfo info;
        Result<ClusterState> state = api == Api::V0
            ? ClusterStateReader::readStateSummary(MasterStateJson(cluster, info).stateSummary())
            : ClusterStateReader::readV1State(V1StateJson(cluster, info).getState());
        LiveSnapshot s = LiveSnapshot::join(state ? std::move(state).value() : ClusterState(),
                                            cluster.maintenanceStatus(), cluster.schedule());
        s.takenAtMs = nowNs / 1000000;
        return s;
    }

    void look(const SimCluster &cluster)
    {
        m_nowMs = cluster.nowNs() / 1000000;
        const LiveSnapshot s = snapshot(cluster, cluster.nowNs(), api);
        s.recordDrainHistories(histories);
        tracker.update(s, histories, m_nowMs);
    }

    /// Advances @p cluster to @p untilNs in @p stepNs steps, looking after each.
    void run(SimCluster &cluster, qint64 untilNs, qint64 stepNs)
    {
        for (qint64 t = cluster.nowNs() + stepNs; t <= untilNs; t += stepNs) {
            cluster.advanceTo(t);
            look(cluster);
        }
    }

    QList<Change> of(Alert::Kind kind, bool raised) const
    {
        QList<Change> out;
        for (const Change &c : changes) {
            if (c.alert.kind == kind && c.raised == raised)
                out.append(c);
        }
        return out;
    }

    Api api = Api::V0;
    AlertTracker tracker;
    QHash<MachineId, DrainHistory> histories;
    QList<Change> changes;

private:
    qint64 m_nowMs = 0;
};
