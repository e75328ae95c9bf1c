#include "cli/statuscommand.h"

#include "cli/blockingclient.h"
#include "cli/statusreport.h"
#include "net/masterclient.h"

#include <QDateTime>

int StatusCommand::run(MasterClient &client, CliOutput io) const
{
    int exit = ExitOk;
    client.setTasksPerFramework(true); // the blocking frameworks with their tasks
    const std::optional<LiveSnapshot> snapshot = BlockingClient(client).snapshotOr(io, exit);
    if (!snapshot)
        return exit;
    const StatusReport report(*snapshot, QDateTime::currentMSecsSinceEpoch() * 1000000LL);
    if (json)
        io.out << QString::fromUtf8(report.toJson());
    else
        io.out << report.toText();
    io.out.flush();
    return ExitOk;
}
