#include "cli/planninginput.h"

#include "cli/blockingclient.h"
#include "json/clusterstatereader.h"
#include "json/policyjson.h"
#include "json/schedulecodec.h"

#include <QDateTime>
#include <QFile>

namespace {

std::optional<QByteArray> readFile(const QString &path, CliOutput io)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << "slipwayctl: cannot read " << path << ": " << file.errorString() << '\n';
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

std::optional<int> PlanningInput::readFiles(CliOutput io)
{
    nowNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000LL;
    const std::optional<QByteArray> policyText = readFile(policyFile, io);
    if (!policyText)
        return ExitUsage;
    Result<PlanningPolicy> p = PolicyJson::read(*policyText);
    if (!p) {
        io.err << "slipwayctl: " << policyFile << ": " << p.error().describe() << '\n';
        return ExitUsage;
    }
    policy = std::move(p).value();
    for (const QString &spec : downSpecs) {
        const std::optional<MachineId> id = MachineId::fromSpec(spec);
        if (!id) {
            io.err << "slipwayctl: --down '" << spec << "' is not HOSTNAME/IP, HOSTNAME or /IP\n";
            return ExitUsage;
        }
        down.append(*id);
    }
    if (stateFile.isEmpty())
        return std::nullopt;
    const std::optional<QByteArray> state = readFile(stateFile, io);
    if (!state)
        return ExitUsage;
    Result<ClusterState> cluster = ClusterStateReader::readStateSummary(*state);
    if (!cluster) {
        io.err << "slipwayctl: " << stateFile
               << " is not a state summary: " << cluster.error().describe() << '\n';
        return ExitUsage;
    }
    agents = cluster->agents;
    if (!scheduleFile.isEmpty()) {
        const std::optional<QByteArray> text = readFile(scheduleFile, io);
        if (!text)
            return ExitUsage;
        Result<Schedule> s = ScheduleCodec::decodeSchedule(*text);
        if (!s) {
            io.err << "slipwayctl: " << scheduleFile
                   << " is not a schedule: " << s.error().describe() << '\n';
            return ExitUsage;
        }
        schedule = std::move(s).value();
    }
    return std::nullopt;
}

std::optional<int> PlanningInput::readMaster(MasterClient &client, CliOutput io)
{
    int exit = ExitOk;
    const std::optional<LiveSnapshot> snapshot = BlockingClient(client).snapshotOr(io, exit);
    if (!snapshot)
        return exit;
    agents = snapshot->cluster.agents;
    schedule = snapshot->schedule;
    down = snapshot->status.down;
    return std::nullopt;
}

QTimeZone PlanningInput::timeZone() const
{
    return policy.hours ? policy.hours->timeZone : QTimeZone::utc();
}
