#include "cli/blockingclient.h"

#include "cli/masterexit.h"
#include "cli/replyloop.h"
#include "net/masterclient.h"
#include "json/clusterstatereader.h"

namespace {

/// Runs one request whose completion reports a bare MasterError.
template<typename Send>
MasterError waitForDone(Send send)
{
    ReplyLoop loop;
    MasterError error;
    loop.expect();
    send(&loop, [&](const MasterError &e) {
        error = e;
        loop.arrived();
    });
    loop.wait();
    return error;
}

/// @p read's value; or @p error written as every command writes it, and its exit code in @p exit.
template<typename T>
std::optional<T> orReport(std::optional<T> read, const MasterError &error, CliOutput io, int &exit)
{
    if (!read) {
        io.err << "slipwayctl: " << error.describe() << '\n';
        exit = exitCodeFor(error);
    }
    return read;
}

} // namespace

std::optional<LiveSnapshot> BlockingClient::snapshot(MasterError &error)
{
    ReplyLoop loop;
    error = {};
    const auto keep = [&error](const MasterError &e) {
        if (e.isError() && !error.isError())
            error = e;
    };
    HttpResult cluster;
    MasterEndpoint::Api clusterApi = MasterEndpoint::Api::V0;
    std::optional<MaintenanceStatus> status;
    std::optional<Schedule> schedule;
    loop.expect(3);
    m_client.fetchClusterState(&loop, [&](const HttpResult &r, MasterEndpoint::Api api) {
        keep(r.error);
        cluster = r;
        clusterApi = api;
        loop.arrived();
    });
    m_client.fetchStatus(&loop, [&](std::optional<MaintenanceStatus> s, const MasterError &e) {
        keep(e);
        status = std::move(s);
        loop.arrived();
    });
    m_client.fetchSchedule(&loop, [&](std::optional<Schedule> s, const MasterError &e) {
        keep(e);
        schedule = std::move(s);
        loop.arrived();
    });
    loop.wait();
    if (error.isError())
        return std::nullopt;
    Result<ClusterState> state = clusterApi == MasterEndpoint::Api::V0
        ? ClusterStateReader::readStateSummary(cluster.body)
        : ClusterStateReader::readV1State(cluster.body);
    if (!state) {
        error = {MasterError::Kind::BadReply, cluster.status, state.error().describe(), {}};
        return std::nullopt;
    }
    return LiveSnapshot::join(std::move(state).value(), std::move(*status), std::move(*schedule));
}

std::optional<Schedule> BlockingClient::schedule(MasterError &error)
{
    ReplyLoop loop;
    std::optional<Schedule> schedule;
    loop.expect();
    m_client.fetchSchedule(&loop, [&](std::optional<Schedule> s, const MasterError &e) {
        schedule = std::move(s);
        error = e;
        loop.arrived();
    });
    loop.wait();
    return error.isError() ? std::nullopt : schedule;
}

std::optional<MaintenanceStatus> BlockingClient::status(MasterError &error)
{
    ReplyLoop loop;
    std::optional<MaintenanceStatus> status;
    loop.expect();
    m_client.fetchStatus(&loop, [&](std::optional<MaintenanceStatus> s, const MasterError &e) {
        status = std::move(s);
        error = e;
        loop.arrived();
    });
    loop.wait();
    return error.isError() ? std::nullopt : status;
}

std::optional<LiveSnapshot> BlockingClient::snapshotOr(CliOutput io, int &exit)
{
    MasterError error; // read by orReport only after snapshot() has filled it
    return orReport(snapshot(error), error, io, exit);
}

std::optional<Schedule> BlockingClient::scheduleOr(CliOutput io, int &exit)
{
    MasterError error;
    return orReport(schedule(error), error, io, exit);
}

MasterError BlockingClient::postSchedule(const Schedule &schedule)
{
    return waitForDone([&](QObject *context, MasterClient::Done done) {
        m_client.postSchedule(schedule, context, std::move(done));
    });
}

MasterError BlockingClient::startMaintenance(const QList<MachineId> &machines)
{
    return waitForDone([&](QObject *context, MasterClient::Done done) {
        m_client.startMaintenance(machines, context, std::move(done));
    });
}

MasterError BlockingClient::stopMaintenance(const QList<MachineId> &machines)
{
    return waitForDone([&](QObject *context, MasterClient::Done done) {
        m_client.stopMaintenance(machines, context, std::move(done));
    });
}

MasterError BlockingClient::drainAgent(const QString &agentId,
                                       std::optional<qint64> maxGracePeriodNs, bool markGone)
{
    return waitForDone([&](QObject *context, MasterClient::Done done) {
        m_client.drainAgent(agentId, maxGracePeriodNs, markGone, context, std::move(done));
    });
}

MasterError BlockingClient::reactivateAgent(const QString &agentId)
{
    return waitForDone([&](QObject *context, MasterClient::Done done) {
        m_client.reactivateAgent(agentId, context, std::move(done));
    });
}
