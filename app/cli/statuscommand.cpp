#include "cli/statuscommand.h"

#include "cli/masterexit.h"
#include "cli/replyloop.h"
#include "cli/statusreport.h"
#include "net/masterclient.h"
#include "json/clusterstatereader.h"

#include <QDateTime>

int StatusCommand::run(MasterClient &client, CliOutput io) const
{
    ReplyLoop loop;
    MasterError error;
    const auto keep = [&error](const MasterError &e) {
        if (e.isError() && !error.isError())
            error = e;
    };
    HttpResult cluster;
    MasterEndpoint::Api clusterApi = MasterEndpoint::Api::V0;
    std::optional<MaintenanceStatus> status;
    std::optional<Schedule> schedule;
    loop.expect(3);
    client.fetchClusterState(&loop, [&](const HttpResult &r, MasterEndpoint::Api api) {
        keep(r.error);
        cluster = r;
        clusterApi = api;
        loop.arrived();
    });
    client.fetchStatus(&loop, [&](std::optional<MaintenanceStatus> s, const MasterError &e) {
        keep(e);
        status = std::move(s);
        loop.arrived();
    });
    client.fetchSchedule(&loop, [&](std::optional<Schedule> s, const MasterError &e) {
        keep(e);
        schedule = std::move(s);
        loop.arrived();
    });
    loop.wait();

    if (!error.isError()) {
        Result<ClusterState> state = clusterApi == MasterEndpoint::Api::V0
            ? ClusterStateReader::readStateSummary(cluster.body)
            : ClusterStateReader::readV1State(cluster.body);
        if (state) {
            const LiveSnapshot snapshot = LiveSnapshot::join(
                std::move(state).value(), std::move(*status), std::move(*schedule));
            const StatusReport report(snapshot, QDateTime::currentMSecsSinceEpoch() * 1000000LL);
            if (json)
                io.out << QString::fromUtf8(report.toJson());
            else
                io.out << report.toText();
            io.out.flush();
            return ExitOk;
        }
        error = {MasterError::Kind::BadReply, cluster.status, state.error().describe(), {}};
    }
    io.err << "slipwayctl: " << error.describe() << '\n';
    return exitCodeFor(error);
}
