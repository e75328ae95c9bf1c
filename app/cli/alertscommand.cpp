#include "cli/alertscommand.h"

#include "alerts/alertrules.h"
#include "alerts/frameworksightings.h"
#include "cli/alertreport.h"
#include "monitor/clustermonitor.h"
#include "net/masterclient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

#include <limits>

int AlertsCommand::run(MasterClient &client, CliOutput io) const
{
    client.setTasksPerFramework(true); // stuck drains name each holder's tasks
    ClusterMonitor monitor(&client);
    monitor.setInterval(intervalMs);
    QEventLoop loop;
    MasterError failure;
    qint64 firstMs = -1;
    bool done = false;
    FrameworkSightings sightings; // as the console's AlertTracker: frameworks that come later
    QObject::connect(&monitor, &ClusterMonitor::snapshotReady, &loop,
                     [&](const LiveSnapshot &snapshot) {
                         sightings.observe(snapshot, QDateTime::currentMSecsSinceEpoch());
                         if (firstMs < 0)
                             firstMs = snapshot.takenAtMs;
                         if (!watchMs || snapshot.takenAtMs - firstMs >= *watchMs) {
                             done = true;
                             loop.quit();
                         }
                     });
    QObject::connect(&monitor, &ClusterMonitor::refreshFailed, &loop,
                     [&](const MasterError &error) {
                         // Watching for stuck drains survives a blip; the first read must work.
                         if (firstMs < 0) {
                             failure = error;
                             loop.quit();
                         }
                     });
    monitor.start();
    loop.exec();
    monitor.stop();
    if (!done || !monitor.snapshot()) {
        io.err << "slipwayctl: " << failure.describe() << '\n';
        return ExitUnreachable; // whatever the reason, no verdict on the alerts
    }
    AlertSettings effective = settings;
    if (!watchMs) // one read shows no tasks over time: no stuck drain can be judged
        effective.stuckAfterMs = std::numeric_limits<qint64>::max() / 2;
    const LiveSnapshot &snapshot = *monitor.snapshot();
    AlertInput input {snapshot, monitor.drainHistories(), QDateTime::currentMSecsSinceEpoch(),
                      effective, baseline ? &*baseline : nullptr};
    input.frameworkSince = &sightings.since();
    const QList<Alert> alerts = AlertRules::compute(input);
    if (json)
        io.out << QString::fromUtf8(AlertReport::toJson(alerts));
    else
        io.out << AlertReport::toText(alerts);
    io.out.flush();
    return alerts.isEmpty() ? ExitOk : ExitRefused;
}
