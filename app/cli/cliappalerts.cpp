// CliApp, the monitoring commands: `alerts` and `watch`.

#include "cli/alertscommand.h"
#include "cli/cliapp.h"
#include "cli/watchcommand.h"
#include "duration.h"
#include "json/schedulecodec.h"

#include <QFile>

int CliApp::alerts(const QStringList &args, const MasterOptions &master,
                   const AlertOptions &options, CliOutput io)
{
    const bool watch = args.first() == u"watch";
    if (args.size() != 1) {
        io.err << "slipwayctl: " << args.first() << " takes no arguments\n";
        return ExitUsage;
    }
    AlertSettings settings;
    std::optional<qint64> stuckAfter;
    if (!options.grace.isEmpty()) {
        const std::optional<qint64> grace = Duration::parseMs(options.grace);
        if (!grace) {
            io.err << "slipwayctl: --grace '" << options.grace
                   << "' is not a duration such as 90s, 15m or 1h30m\n";
            return ExitUsage;
        }
        settings.setGraces(*grace);
    }
    if (!options.stuckAfter.isEmpty()) {
        stuckAfter = Duration::parseMs(options.stuckAfter);
        if (!stuckAfter || *stuckAfter <= 0) {
            io.err << "slipwayctl: --stuck-after '" << options.stuckAfter
                   << "' is not a duration such as 90s, 15m or 1h30m\n";
            return ExitUsage;
        }
        settings.stuckAfterMs = *stuckAfter;
    }
    if (watch) {
        if (!options.base.isEmpty()) {
            io.err << "slipwayctl: watch takes no --base: it reports changes as they happen\n";
            return ExitUsage;
        }
        WatchCommand command;
        command.settings = settings;
        command.json = options.json;
        return withMaster(master, io,
                          [&](MasterClient &client) { return command.run(client, io); });
    }
    AlertsCommand command;
    command.settings = settings;
    command.json = options.json;
    command.watchMs = stuckAfter;
    if (!options.base.isEmpty()) {
        QFile file(options.base);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << "slipwayctl: cannot read " << options.base << ": " << file.errorString()
                   << '\n';
            return ExitUsage;
        }
        Result<Schedule> base = ScheduleCodec::decodeSchedule(file.readAll());
        if (!base) {
            io.err << "slipwayctl: --base " << options.base
                   << " is not a schedule: " << base.error().describe() << '\n';
            return ExitUsage;
        }
        command.baseline = std::move(base).value();
    }
    return withMaster(master, io, [&](MasterClient &client) { return command.run(client, io); });
}
