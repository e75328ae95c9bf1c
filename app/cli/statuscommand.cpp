#include "cli/statuscommand.h"

#include "cli/blockingclient.h"
#include "cli/masterexit.h"
#include "cli/statusreport.h"

#include <QDateTime>

int StatusCommand::run(MasterClient &client, CliOutput io) const
{
    MasterError error;
    const std::optional<LiveSnapshot> snapshot = BlockingClient(client).snapshot(error);
    if (!snapshot) {
        io.err << "slipwayctl: " << error.describe() << '\n';
        return exitCodeFor(error);
    }
    const StatusReport report(*snapshot, QDateTime::currentMSecsSinceEpoch() * 1000000LL);
    if (json)
        io.out << QString::fromUtf8(report.toJson());
    else
        io.out << report.toText();
    io.out.flush();
    return ExitOk;
}
