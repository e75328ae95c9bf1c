#include "controller/appcontroller.h"

#include "commands/scheduleeditor.h"
#include "controller/democluster.h"
#include "controller/submitflow.h"
#include "controller/windowprompts.h"
#include "draft/draftstore.h"
#include "draft/schedulehistory.h"
#include "maintenancevalidator.h"
#include "mainwindow/mainwindow.h"
#include "monitor/clustermonitor.h"
#include "net/leadertracker.h"
#include "net/masterclient.h"
#include "planning/draftschedule.h"
#include "review/schedulereview.h"
#include "saturating.h"
#include "simulatedmaster.h"
#include "timeline/timelinepage.h"
#include "json/schedulecodec.h"
#include "json/scheduleimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>

#include <limits>

namespace {

MainWindow::Connection toWindow(ClusterMonitor::ConnectionState s)
{
    switch (s) {
    case ClusterMonitor::ConnectionState::Idle:
        return MainWindow::Connection::Idle;
    case ClusterMonitor::ConnectionState::Connecting:
        return MainWindow::Connection::Connecting;
    case ClusterMonitor::ConnectionState::Connected:
        return MainWindow::Connection::Connected;
    case ClusterMonitor::ConnectionState::Failing:
        return MainWindow::Connection::Failing;
    }
    return MainWindow::Connection::Idle;
}

} // namespace

AppController::AppController(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new MasterClient(m_network, this))
    , m_monitor(new ClusterMonitor(m_client, this))
    , m_drafts(new DraftStore(QString(), this))
    , m_history(std::make_unique<ScheduleHistory>())
    , m_prompts(std::make_unique<WindowPrompts>(window))
{
    m_monitor->setInterval(QSettings().value(QStringLiteral("monitor/intervalMs"), 2000).toInt());
    connect(m_window, &MainWindow::connectRequested, this, &AppController::connectTo);
    connect(m_window, &MainWindow::refreshRequested, m_monitor, &ClusterMonitor::refreshNow);
    connect(m_window, &MainWindow::refreshIntervalChanged, m_monitor, &ClusterMonitor::setInterval);
    connect(m_monitor, &ClusterMonitor::snapshotReady, m_window, &MainWindow::applySnapshot);
    connect(m_monitor, &ClusterMonitor::drainHistoriesChanged, this,
            [this] { m_window->setDrainHistories(m_monitor->drainHistories()); });
    connect(m_monitor, &ClusterMonitor::connectionStateChanged, this,
            [this](ClusterMonitor::ConnectionState s) {
                m_window->setConnection(toWindow(s), m_monitor->lastError().describe());
            });
    connect(m_monitor, &ClusterMonitor::refreshFailed, this, &AppController::handleFailure);
    connect(m_client, &MasterClient::leaderChanged, this, &AppController::updateMasterLabel);
    connect(m_client, &MasterClient::leaderMoved, this, [this](const QUrl &, const QUrl &to) {
        m_window->statusBar()->showMessage(
            tr("The leading master moved: now talking to %1").arg(to.toDisplayString()), 15000);
    });
    m_window->setRecentMasters(QSettings().value(QStringLiteral("masters/recent")).toStringList());

    connect(m_window, &MainWindow::submitRequested, this, &AppController::submit);
    connect(m_window, &MainWindow::startMaintenanceRequested, this,
            [this](const QList<MachineId> &m) { changeMaintenance(m, true); });
    connect(m_window, &MainWindow::stopMaintenanceRequested, this,
            [this](const QList<MachineId> &m) { changeMaintenance(m, false); });
    connect(m_window, &MainWindow::exportRequested, this, &AppController::exportSchedule);
    connect(m_window, &MainWindow::exportForReviewRequested, this, &AppController::exportForReview);
    connect(m_window, &MainWindow::importRequested, this, [this] {
        const QString path = m_window->askOpenFile(tr("Import schedule"), QString());
        if (!path.isEmpty())
            importSchedule(path, tr("Import %1").arg(QFileInfo(path).fileName()));
    });
    connect(m_window, &MainWindow::restoreReplacedRequested, this, [this] {
        const QList<ScheduleHistory::Entry> entries = m_history->entries(m_request.masters);
        if (entries.isEmpty()) {
            m_window->showInfo(
                tr("No replaced schedules"),
                tr("Slipway has not replaced a schedule on %1 yet.").arg(m_request.masters));
            return;
        }
        const QString path = m_window->askOpenFile(tr("Restore a replaced schedule into the draft"),
                                                   QFileInfo(entries.first().path).absolutePath());
        if (!path.isEmpty())
            importSchedule(path, tr("Restore replaced schedule"));
    });
    DraftSchedule *draft = m_window->timelinePage()->draft();
    connect(draft, &DraftSchedule::windowsChanged, this, &AppController::draftChanged);
    connect(m_drafts, &DraftStore::saveFailed, this, [this](const QString &error) {
        m_window->showProblem(tr("The draft could not be saved"), error);
    });
    connect(m_monitor, &ClusterMonitor::snapshotReady, this, &AppController::offerRestore,
            Qt::QueuedConnection);
}

AppController::~AppController()
{
    DraftSchedule *draft = m_window ? m_window->timelinePage()->draft() : nullptr;
    if (draft && draft->isModified() && m_origin)
        m_drafts->saveNow(*m_origin, draft->schedule());
}

void AppController::draftChanged()
{
    DraftSchedule *draft = m_window->timelinePage()->draft();
    if (!draft->isModified()) {
        m_origin.reset();
        if (m_restoreOffered)
            m_drafts->discard();
        return;
    }
    if (!m_origin)
        m_origin = draft->base();
    m_drafts->scheduleSave(*m_origin, draft->schedule());
}

void AppController::offerRestore()
{
    if (m_restoreOffered)
        return;
    m_restoreOffered = true;
    QString problem;
    const std::optional<DraftStore::Saved> saved = m_drafts->load(&problem);
    if (!problem.isEmpty())
        m_window->showProblem(tr("Saved draft"), problem);
    if (!saved || saved->draft == saved->base)
        return;
    if (!m_window->confirm(
            tr("Restore draft"),
            tr("A draft for %1 from %2 was not submitted. Restore it?")
                .arg(saved->master,
                     QLocale().toString(saved->savedAt.toLocalTime(), QLocale::ShortFormat)),
            tr("It has %1 windows and %2 machines. If you do not restore it, it is deleted.")
                .arg(saved->draft.windows.size())
                .arg(saved->draft.machineCount()),
            tr("Restore"))) {
        m_drafts->discard();
        return;
    }
    ScheduleEditor *editor = m_window->timelinePage()->editor();
    if (!editor->replaceDraft(saved->draft, tr("Restore draft"))) {
        m_window->showProblem(tr("The draft cannot be restored"),
                              tr("The master's state changed so that this draft would be refused. "
                                 "It stays saved in %1.")
                                  .arg(m_drafts->filePath()));
        return;
    }
    m_origin = saved->base;
    m_drafts->scheduleSave(*m_origin, m_window->timelinePage()->draft()->schedule());
}

void AppController::submit()
{
    if (m_submit || !m_monitor->snapshot()) {
        if (!m_monitor->snapshot())
            m_window->showProblem(tr("Not connected"),
                                  tr("Connect to a master before submitting."));
        return;
    }
    DraftSchedule *draft = m_window->timelinePage()->draft();
    m_submit = new SubmitFlow(m_client, m_monitor, m_prompts.get(), draft, m_history.get(),
                              m_request.masters, m_origin.value_or(draft->base()), this);
    connect(m_submit, &SubmitFlow::finished, this, [this](bool submitted) {
        if (submitted) {
            m_origin.reset();
            m_drafts->discard();
        }
    });
    m_submit->start();
}

void AppController::changeMaintenance(const QList<MachineId> &machines, bool down)
{
    const LiveSnapshot *snapshot = m_monitor->snapshot();
    const QString title = down ? tr("Start maintenance") : tr("End maintenance");
    if (!snapshot) {
        m_window->showProblem(title, tr("Connect to a master first."));
        return;
    }
    if (machines.isEmpty()) {
        m_window->showProblem(title,
                              down ? tr("Select the DRAINING machines to take down.")
                                   : tr("Select the DOWN machines to bring up."));
        return;
    }
    QList<MachineId> known, draining;
    for (const MachineLive &m : snapshot->machines)
        known.append(m.id);
    for (const DrainingMachine &d : snapshot->status.draining)
        draining.append(d.id);
    if (const auto error = MaintenanceValidator::checkTransition(machines, down, known, draining,
                                                                 snapshot->status.down)) {
        m_window->showProblem(title, tr("The master would refuse this: %1").arg(error->message));
        return;
    }
    QStringList lines;
    qint64 tasks = 0;
    for (const MachineId &id : machines) {
        const MachineLive *m = snapshot->machine(id);
        if (!m)
            continue;
        tasks = Saturating::add(tasks, m->tasks);
        if (down) {
            QString line = tr("%1: %n task(s) will be lost", nullptr,
                              int(qMin<qint64>(m->tasks, std::numeric_limits<int>::max())))
                               .arg(id.displayName());
            if (m->readiness.state == DrainReadiness::State::Blocked)
                line += tr(" — %1").arg(m->readiness.describe(
                    [&](const QString &fw) { return snapshot->frameworkNames.value(fw); }));
            lines << line;
        } else {
            lines << tr("%1 comes back UP and leaves the schedule; its agents may register again")
                         .arg(id.displayName());
        }
    }
    const QString text = down ? tr("Take %n machine(s) down? Their agents are shut down and %1 "
                                   "running task(s) are lost (TASK_LOST).",
                                   nullptr, int(machines.size()))
                                    .arg(tasks)
                              : tr("Bring %n machine(s) back up?", nullptr, int(machines.size()));
    if (!m_window->confirm(title, text, lines.join(QLatin1Char('\n')),
                           down ? tr("Take Down") : tr("Bring Up")))
        return;
    m_window->setBusy(down ? tr("Taking machines down…") : tr("Bringing machines up…"));
    const auto finished = [this, title, down, machines,
                           count = machines.size()](const MasterError &e) {
        if (e.isError()) {
            // Qt may resend a request whose answer was lost; the resend of an applied down/up is
            // then refused. Read the status before calling it a failure.
            m_client->fetchStatus(
                this,
                [this, title, down, machines, e](std::optional<MaintenanceStatus> status,
                                                 const MasterError &) {
                    m_window->clearBusy();
                    bool applied = status.has_value();
                    for (const MachineId &m : machines) {
                        const bool isDown = status && status->down.contains(m);
                        const bool isDraining = status
                            && std::any_of(status->draining.cbegin(), status->draining.cend(),
                                           [&](const DrainingMachine &d) { return d.id == m; });
                        applied = applied && (down ? isDown : (!isDown && !isDraining));
                    }
                    const QString text
                        = e.kind == MasterError::Kind::Rejected ? e.message : e.describe();
                    if (applied)
                        m_window->showInfo(title,
                                           tr("The master now reports the machines %1, although "
                                              "the answer said: %2")
                                               .arg(down ? tr("DOWN") : tr("UP"), text));
                    else
                        m_window->showProblem(title, text);
                    m_monitor->refreshNow();
                });
            return;
        }
        m_window->clearBusy();
        m_window->showInfo(title,
                           down ? tr("%n machine(s) are DOWN.", nullptr, int(count))
                                : tr("%n machine(s) are UP.", nullptr, int(count)));
        m_monitor->refreshNow();
    };
    if (down)
        m_client->startMaintenance(machines, this, finished);
    else
        m_client->stopMaintenance(machines, this, finished);
}

void AppController::exportSchedule(bool live)
{
    const LiveSnapshot *snapshot = m_monitor->snapshot();
    if (live && !snapshot) {
        m_window->showProblem(tr("Export"), tr("Connect to a master to export its live schedule."));
        return;
    }
    const Schedule schedule
        = live ? snapshot->schedule : m_window->timelinePage()->draft()->schedule();
    const QString path = m_window->askSaveFile(
        live ? tr("Export live schedule") : tr("Export draft"),
        live ? QStringLiteral("live-schedule.json") : QStringLiteral("draft-schedule.json"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(ScheduleCodec::encodeScheduleIndented(schedule)) < 0 || !file.commit()) {
        m_window->showProblem(tr("Export"),
                              tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_window->showInfo(tr("Export"),
                       tr("Wrote %1 (%2 windows, %3 machines). The master accepts it as it "
                          "is:\ncurl -X POST -d @%4 http://MASTER:5050/maintenance/schedule")
                           .arg(path)
                           .arg(schedule.windows.size())
                           .arg(schedule.machineCount())
                           .arg(QFileInfo(path).fileName()));
}

void AppController::importSchedule(const QString &path, const QString &undoText)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_window->showProblem(tr("Import"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray data = file.readAll();
    const LiveSnapshot *snapshot = m_monitor->snapshot();
    const QList<MachineId> down = snapshot ? snapshot->status.down : QList<MachineId>();
    const Result<Schedule> schedule = ScheduleImport::read(data, down);
    if (!schedule) {
        m_window->showProblem(
            tr("Import"),
            tr("%1 is not a schedule the master would accept.").arg(QFileInfo(path).fileName()),
            schedule.error().describe());
        return;
    }
    if (m_window->timelinePage()->editor()->replaceDraft(*schedule, undoText))
        m_window->showInfo(tr("Import"),
                           tr("The draft now holds %1 (%2 windows, %3 machines). Undo restores the "
                              "previous draft.")
                               .arg(QFileInfo(path).fileName())
                               .arg(schedule->windows.size())
                               .arg(schedule->machineCount()));
}

bool AppController::startDemo(QString *error)
{
    SimOptions options;
    options.speed = DemoCluster::kSpeed;
    m_demo
        = std::make_unique<SimulatedMaster>(DemoCluster::scenario(SimClock::realNowNs()), options);
    if (!m_demo->listen(QHostAddress::LocalHost, 0)) {
        *error = m_demo->errorString();
        m_demo.reset();
        return false;
    }
    ConnectionRequest r;
    r.masters = QStringLiteral("http://127.0.0.1:%1").arg(m_demo->port());
    connectTo(r);
    return true;
}

void AppController::connectTo(const ConnectionRequest &request)
{
    const std::optional<QList<QUrl>> masters = MasterEndpoint::parseMasterList(request.masters);
    if (!masters) {
        m_window->setConnection(MainWindow::Connection::Failing,
                                tr("“%1” is not a master address").arg(request.masters));
        return;
    }
    MasterEndpoint endpoint;
    endpoint.masters = *masters;
    endpoint.api = MasterEndpoint::parseApi(request.api).value_or(MasterEndpoint::Api::Auto);
    endpoint.user = request.user;
    endpoint.caFile = request.caFile;
    endpoint.verifyTls = request.verifyTls;
    // Keep a password typed earlier for the same user and masters; it lives only in memory.
    if (request.user == m_request.user && request.masters == m_request.masters)
        endpoint.password = m_client->endpoint().password;
    m_request = request;
    m_monitor->stop();
    m_client->setEndpoint(endpoint);
    updateMasterLabel();
    const bool demo
        = m_demo && request.masters.contains(QStringLiteral("127.0.0.1:%1").arg(m_demo->port()));
    if (!demo)
        rememberMaster(request.masters);
    // Drafts are kept per master; the demo's master gets a new port on every start.
    m_drafts->setMaster(demo ? QStringLiteral("demo") : request.masters);
    m_restoreOffered = false;
    m_origin.reset();
    m_monitor->start();
}

void AppController::handleFailure(const MasterError &error)
{
    if (error.kind != MasterError::Kind::Unauthorized || m_askingPassword || !m_window)
        return;
    m_monitor->stop();
    m_askingPassword = true;
    QString user = m_request.user;
    if (user.isEmpty())
        user = QStringLiteral("");
    const QString password = user.isEmpty()
        ? QString()
        : m_window->askPassword(user, m_request.masters, error.describe());
    m_askingPassword = false;
    if (password.isEmpty()) {
        m_window->setConnection(
            MainWindow::Connection::Failing,
            user.isEmpty() ? tr("The master requires authentication: reconnect with a user name.")
                           : error.describe());
        return;
    }
    MasterEndpoint endpoint = m_client->endpoint();
    endpoint.password = password;
    m_client->setEndpoint(endpoint);
    m_monitor->start();
}

void AppController::rememberMaster(const QString &masters)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("masters/recent")).toStringList();
    recent.removeAll(masters);
    recent.prepend(masters);
    while (recent.size() > 10)
        recent.removeLast();
    settings.setValue(QStringLiteral("masters/recent"), recent);
    m_window->setRecentMasters(recent);
}

void AppController::updateMasterLabel()
{
    const QUrl leader = m_client->leaders()->leader();
    m_window->setMaster(m_request.masters, leader.isEmpty() ? QString() : leader.toString(),
                        !m_client->endpoint().verifyTls);
}

void AppController::exportForReview(const QString &author, const QString &reason,
                                    const QString &path)
{
    const LiveSnapshot *snapshot = m_monitor->snapshot();
    const Schedule schedule = m_window->timelinePage()->draft()->schedule();
    const QByteArray bytes = ScheduleCodec::encodeScheduleIndented(schedule);
    ScheduleReview review = ScheduleReview::build(
        schedule, bytes, snapshot ? std::optional<Schedule>(snapshot->schedule) : std::nullopt,
        snapshot ? snapshot->status.down : QList<MachineId>(), [snapshot](const MachineId &m) {
            const MachineLive *live = snapshot ? snapshot->machine(m) : nullptr;
            return live ? live->zone : QString();
        });
    review.author = author;
    review.reason = reason;
    review.master = m_request.masters;
    review.scheduleFile = QFileInfo(path).fileName();
    QString reviewPath = path;
    if (reviewPath.endsWith(QStringLiteral(".json")))
        reviewPath.chop(5);
    reviewPath += QStringLiteral(".review.json");
    QSaveFile scheduleFile(path);
    QSaveFile reviewFile(reviewPath);
    const bool ok = scheduleFile.open(QIODevice::WriteOnly)
        && scheduleFile.write(bytes) == bytes.size() && reviewFile.open(QIODevice::WriteOnly)
        && reviewFile.write(QJsonDocument(review.toJson()).toJson(QJsonDocument::Indented)) > 0
        && scheduleFile.commit() && reviewFile.commit();
    if (!ok) {
        m_window->showProblem(tr("Export for review"),
                              tr("Cannot write %1 or %2.").arg(path, reviewPath));
        return;
    }
    m_window->showInfo(tr("Export for review"),
                       tr("Wrote the schedule to %1 and its review to %2 (SHA-256 %3). `slipwayctl "
                          "review %4` shows it.")
                           .arg(path, reviewPath, review.sha256.left(16) + QStringLiteral("…"),
                                QFileInfo(reviewPath).fileName()));
}
