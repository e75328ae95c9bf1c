#include "cli/schedulecommand.h"

#include "cli/masterexit.h"
#include "cli/replyloop.h"
#include "draft/atomicfile.h"
#include "net/masterclient.h"
#include "json/schedulecodec.h"

int ScheduleCommand::get(MasterClient &client, CliOutput io) const
{
    ReplyLoop loop;
    std::optional<Schedule> schedule;
    MasterError error;
    loop.expect();
    client.fetchSchedule(&loop, [&](std::optional<Schedule> s, const MasterError &e) {
        schedule = std::move(s);
        error = e;
        loop.arrived();
    });
    loop.wait();
    if (error.isError()) {
        io.err << "slipwayctl: " << error.describe() << '\n';
        return exitCodeFor(error);
    }
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
