#include "cli/schedulecommand.h"

#include "cli/blockingclient.h"
#include "draft/atomicfile.h"
#include "json/schedulecodec.h"

int ScheduleCommand::get(MasterClient &client, CliOutput io) const
{
    int exit = ExitOk;
    const std::optional<Schedule> schedule = BlockingClient(client).scheduleOr(io, exit);
    if (!schedule)
        return exit;
    const QByteArray document = ScheduleCodec::encodeSchedule(*schedule);
    if (outputFile.isEmpty()) {
        // A trailing newline for the terminal; the master ignores it when the file is posted.
        io.out << QString::fromUtf8(document) << '\n';
        io.out.flush();
        return ExitOk;
    }
    if (const QString error = AtomicFile::write(outputFile, document); !error.isEmpty()) {
        io.err << "slipwayctl: " << error << '\n';
        return ExitUsage;
    }
    return ExitOk;
}
