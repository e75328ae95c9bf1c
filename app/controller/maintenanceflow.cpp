#include "controller/maintenanceflow.h"

#include "saturating.h"

#include <limits>

#include "controller/userprompts.h"
#include "live/livesnapshot.h"
#include "maintenancevalidator.h"
#include "monitor/clustermonitor.h"
#include "net/masterclient.h"

#include <QNetworkAccessManager>

MaintenanceFlow::MaintenanceFlow(MasterClient *client, ClusterMonitor *monitor,
                                 UserPrompts *prompts, QObject *parent)
    : QObject(parent)
    // The flow keeps the endpoint it started with, whatever the window connects to meanwhile.
    , m_client(new MasterClient(new QNetworkAccessManager(this), this))
    , m_monitor(monitor)
    , m_prompts(prompts)
{
    m_client->setEndpoint(client->endpoint());
}

QString MaintenanceFlow::title() const
{
    return m_down ? tr("Start maintenance") : tr("End maintenance");
}

void MaintenanceFlow::start(const QList<MachineId> &machines, bool down)
{
    m_machines = machines;
    m_down = down;
    const LiveSnapshot *snapshot = m_monitor->snapshot();
    if (!checkLocally(snapshot) || !confirm(*snapshot))
        return done(false);
    send();
}

bool MaintenanceFlow::checkLocally(const LiveSnapshot *snapshot)
{
    if (!snapshot) {
        m_prompts->showProblem(title(), tr("Connect to a master first."));
        return false;
    }
    if (m_machines.isEmpty()) {
        m_prompts->showProblem(title(),
                               m_down ? tr("Select the DRAINING machines to take down.")
                                      : tr("Select the DOWN machines to bring up."));
        return false;
    }
    QList<MachineId> known, draining;
    for (const MachineLive &m : snapshot->machines)
        known.append(m.id);
    for (const DrainingMachine &d : snapshot->status.draining)
        draining.append(d.id);
    if (const auto error = MaintenanceValidator::checkTransition(m_machines, m_down, known,
                                                                 draining, snapshot->status.down)) {
        m_prompts->showProblem(title(), tr("The master would refuse this: %1").arg(error->message));
        return false;
    }
    return true;
}

bool MaintenanceFlow::confirm(const LiveSnapshot &snapshot)
{
    QStringList lines;
    qint64 tasks = 0;
    for (const MachineId &id : std::as_const(m_machines)) {
        const MachineLive *m = snapshot.machine(id);
        if (!m)
            continue;
        tasks = Saturating::add(tasks, m->tasks);
        if (m_down) {
            QString line = tr("%1: %n task(s) will be lost", nullptr,
                              int(qMin<qint64>(m->tasks, std::numeric_limits<int>::max())))
                               .arg(id.displayName());
            if (m->readiness.state == DrainReadiness::State::Blocked)
                line += tr(" — %1").arg(m->readiness.describe(
                    [&](const QString &fw) { return snapshot.frameworkNames.value(fw); }));
            lines << line;
        } else {
            lines << tr("%1 comes back UP and leaves the schedule; its agents may register again")
                         .arg(id.displayName());
        }
    }
    const int count = int(m_machines.size());
    const QString text = m_down ? tr("Take %n machine(s) down? Their agents are shut down and %1 "
                                     "running task(s) are lost (TASK_LOST).",
                                     nullptr, count)
                                      .arg(tasks)
                                : tr("Bring %n machine(s) back up?", nullptr, count);
    return m_prompts->confirm(title(), text, lines.join(QLatin1Char('\n')),
                              m_down ? tr("Take Down") : tr("Bring Up"));
}

void MaintenanceFlow::send()
{
    m_sent = true;
    m_prompts->setBusy(m_down ? tr("Taking machines down…") : tr("Bringing machines up…"));
    const auto finished = [this](const MasterError &e) {
        if (e.isError())
            return checkAfterFailure(e);
        const int count = int(m_machines.size());
        m_prompts->showInfo(title(),
                            m_down ? tr("%n machine(s) are DOWN.", nullptr, count)
                                   : tr("%n machine(s) are UP.", nullptr, count));
        done(true);
    };
    if (m_down)
        m_client->startMaintenance(m_machines, this, finished);
    else
        m_client->stopMaintenance(m_machines, this, finished);
}

void MaintenanceFlow::checkAfterFailure(const MasterError &error)
{
    // Qt may resend a request whose answer was lost; the resend of an applied down/up is then
    // refused. Read the status before calling it a failure.
    m_client->fetchStatus(
        this, [this, error](std::optional<MaintenanceStatus> status, const MasterError &) {
            const bool applied
                = status && MaintenanceValidator::transitionApplied(m_machines, m_down, *status);
            const QString text
                = error.kind == MasterError::Kind::Rejected ? error.message : error.describe();
            if (applied)
                m_prompts->showInfo(
                    title(),
                    tr("The master now reports the machines %1, although the answer "
                       "said: %2")
                        .arg(m_down ? tr("DOWN") : tr("UP"), text));
            else
                m_prompts->showProblem(title(), text);
            done(applied);
        });
}

void MaintenanceFlow::done(bool applied)
{
    m_prompts->clearBusy();
    if (m_sent && m_monitor)
        m_monitor->refreshNow();
    Q_EMIT finished(applied);
    deleteLater();
}
