#pragma once

// The simulated master on loopback, in this process, with a client and a monitor on it: the peer
// of the controller's flow tests.

#include "live/livesnapshot.h"
#include "monitor/clustermonitor.h"
#include "net/masterclient.h"
#include "simulatedmaster.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

class InProcessMaster : public QObject
{
public:
    std::unique_ptr<SimulatedMaster> master;
    QNetworkAccessManager network;
    std::unique_ptr<MasterClient> client;
    std::unique_ptr<ClusterMonitor> monitor;
    QList<MachineId> machines; ///< the agents' machines, in the master's order

    /// Starts a master with 6 agents and reads one snapshot; false on failure.
    bool start(MasterEndpoint::Api api = MasterEndpoint::Api::V0)
    {
        master = std::make_unique<SimulatedMaster>(Scenario::generate(6, 2, 7));
        if (!master->listen(QHostAddress::LocalHost, 0))
            return false;
        client = std::make_unique<MasterClient>(&network);
        MasterEndpoint e;
        e.masters = {url()};
        e.api = api;
        client->setEndpoint(e);
        monitor = std::make_unique<ClusterMonitor>(client.get());
        monitor->setInterval(250);
        if (!refresh())
            return false;
        machines.clear();
        for (const Agent &a : monitor->snapshot()->cluster.agents)
            machines.append(a.machineId());
        return machines.size() >= 4;
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(master->port())); }

    /// Reads a new snapshot into the monitor; false on timeout.
    bool refresh()
    {
        const quint64 before = monitor->snapshot() ? monitor->snapshot()->generation : 0;
        monitor->start();
        const bool ok = QTest::qWaitFor(
            [&] { return monitor->snapshot() && monitor->snapshot()->generation > before; }, 10000);
        monitor->stop();
        return ok;
    }

    Schedule schedule()
    {
        std::optional<Schedule> out;
        bool done = false;
        client->fetchSchedule(this, [&](std::optional<Schedule> s, const MasterError &) {
            out = s;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return out.value_or(Schedule());
    }

    MaintenanceStatus status()
    {
        std::optional<MaintenanceStatus> out;
        bool done = false;
        client->fetchStatus(this, [&](std::optional<MaintenanceStatus> s, const MasterError &) {
            out = s;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return out.value_or(MaintenanceStatus());
    }

    /// POSTs @p s; false when it failed.
    bool post(const Schedule &s)
    {
        bool done = false, ok = false;
        client->postSchedule(s, this, [&](const MasterError &e) {
            ok = !e.isError();
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return ok;
    }

    /// `/machine/down` (or up) directly; false when it failed.
    bool setDown(const QList<MachineId> &ids, bool down)
    {
        bool done = false, ok = false;
        const auto finished = [&](const MasterError &e) {
            ok = !e.isError();
            done = true;
        };
        if (down)
            client->startMaintenance(ids, this, finished);
        else
            client->stopMaintenance(ids, this, finished);
        (void)QTest::qWaitFor([&] { return done; }, 10000);
        return ok;
    }
};
