#include "cli/watchcommand.h"

#include "alerts/alerttracker.h"
#include "cli/watchevents.h"
#include "monitor/clustermonitor.h"
#include "net/masterclient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

#include <csignal>

namespace {

volatile std::sig_atomic_t s_interrupted = 0;

extern "C" void interrupted(int)
{
    s_interrupted = 1;
}

/// Installs the SIGINT/SIGTERM handlers for its lifetime and restores the previous ones.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        s_interrupted = 0;
        m_int = std::signal(SIGINT, interrupted);
        m_term = std::signal(SIGTERM, interrupted);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }

private:
    void (*m_int)(int);
    void (*m_term)(int);
};

} // namespace

int WatchCommand::run(MasterClient &client, CliOutput io) const
{
    const InterruptGuard guard;
    client.setTasksPerFramework(true); // stuck drains name each holder's tasks
    ClusterMonitor monitor(&client);
    monitor.setInterval(intervalMs);
    AlertTracker tracker;
    tracker.setSettings(settings);
    WatchEvents events(json);
    const auto now = [] {
        return QDateTime::currentMSecsSinceEpoch();
    };
    const auto print = [&io](const QString &line) {
        io.out << line << '\n';
        io.out.flush();
    };
    QObject::connect(&tracker, &AlertTracker::alertRaised, &tracker,
                     [&](const Alert &a) { print(events.alertRaised(a, now())); });
    QObject::connect(&tracker, &AlertTracker::alertCleared, &tracker,
                     [&](const Alert &a) { print(events.alertCleared(a, now())); });
    QObject::connect(&monitor, &ClusterMonitor::snapshotReady, &tracker,
                     [&](const LiveSnapshot &snapshot) {
                         for (const QString &line : events.snapshot(snapshot, now()))
                             print(line);
                         tracker.update(snapshot, monitor.drainHistories(), now());
                     });
    QObject::connect(&monitor, &ClusterMonitor::connectionStateChanged, &tracker,
                     [&](ClusterMonitor::ConnectionState state) {
                         if (state == ClusterMonitor::ConnectionState::Failing)
                             print(events.connection(monitor.lastError().describe(), now()));
                         else if (state == ClusterMonitor::ConnectionState::Connected)
                             print(events.connection(QString(), now()));
                     });
    QEventLoop loop;
    QTimer poll; // a signal handler may only set a flag: look at it often
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop] {
        if (s_interrupted)
            loop.quit();
    });
    poll.start();
    monitor.start();
    loop.exec();
    monitor.stop();
    io.out.flush();
    return ExitOk;
}
