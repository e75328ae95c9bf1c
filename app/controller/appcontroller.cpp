#include "controller/appcontroller.h"

#include "controller/agentdrainflow.h"
#include "controller/alertscontroller.h"
#include "controller/democluster.h"
#include "controller/draftautosave.h"
#include "controller/maintenanceflow.h"
#include "controller/policystore.h"
#include "controller/schedulefiles.h"
#include "controller/submitflow.h"
#include "controller/windowprompts.h"
#include "draft/masterkey.h"
#include "draft/schedulehistory.h"
#include "mainwindow/mainwindow.h"
#include "monitor/clustermonitor.h"
#include "net/leadertracker.h"
#include "net/masterclient.h"
#include "planning/draftschedule.h"
#include "planning/planningchecks.h"
#include "planning/planningsession.h"
#include "simulatedmaster.h"
#include "timeline/timelinepage.h"
#include "timeline/timelineviewstate.h"

#include <QNetworkAccessManager>
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

AppController::AppController(QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<PlanningSession>())
    , m_window(std::make_unique<MainWindow>(m_session.get()))
    , m_prompts(std::make_unique<WindowPrompts>(m_window.get()))
    , m_network(new QNetworkAccessManager(this))
    , m_client(new MasterClient(m_network, this))
    , m_monitor(new ClusterMonitor(m_client, this))
    , m_history(std::make_unique<ScheduleHistory>())
    , m_autosave(new DraftAutosave(m_session.get(), m_prompts.get(), QString(), this))
    , m_files(new ScheduleFiles(m_session.get(), m_monitor, m_history.get(), m_prompts.get(), this))
    , m_alerts(new AlertsController(m_monitor, m_window.get(), m_session.get(), this))
{
    m_monitor->setInterval(QSettings().value(QStringLiteral("monitor/intervalMs"), 2000).toInt());
    m_monitor->setEventStream(true);
    connect(m_monitor, &ClusterMonitor::liveModeChanged, this,
            [this] { m_window->setLiveMode(m_monitor->liveModeText()); });
    connect(m_monitor, &ClusterMonitor::snapshotReady, m_session.get(),
            &PlanningSession::applySnapshot);
    connect(m_monitor, &ClusterMonitor::drainHistoriesChanged, this, [this] {
        m_session->setDrainHistories(m_monitor->drainHistories());
        m_window->setDrainHistories(m_monitor->drainHistories());
    });
    connect(m_monitor, &ClusterMonitor::connectionStateChanged, this,
            [this](ClusterMonitor::ConnectionState s) {
                m_window->setConnection(toWindow(s), m_monitor->lastError().describe());
                m_window->setLiveMode(m_monitor->liveModeText()); // the interval may have grown
            });
    connect(m_monitor, &ClusterMonitor::refreshFailed, this, &AppController::handleFailure);
    connect(m_client, &MasterClient::leaderChanged, this, &AppController::updateMasterLabel);
    connectWindow();
    connect(m_client, &MasterClient::leaderMoved, this, [this](const QUrl &, const QUrl &to) {
        m_window->statusBar()->showMessage(
            tr("The leading master moved: now talking to %1").arg(to.toDisplayString()), 15000);
    });
}

AppController::~AppController()
{
    m_autosave->saveNow();
}

void AppController::connectWindow()
{
    connect(m_session->checks(), &PlanningChecks::policyChanged, this,
            [this](const PlanningPolicy &policy) {
                if (!m_policyKey.isEmpty())
                    PolicyStore::save(m_policyKey, policy);
            });
    MainWindow *window = m_window.get();
    window->setRecentMasters(QSettings().value(QStringLiteral("masters/recent")).toStringList());
    connect(window, &MainWindow::connectRequested, this, &AppController::connectTo);
    connect(window, &MainWindow::refreshRequested, m_monitor, &ClusterMonitor::reload);
    connect(window, &MainWindow::refreshIntervalChanged, m_monitor, &ClusterMonitor::setInterval);
    connect(window, &MainWindow::submitRequested, this, &AppController::submit);
    connect(window, &MainWindow::startMaintenanceRequested, this,
            [this](const QList<MachineId> &m) { changeMaintenance(m, true); });
    connect(window, &MainWindow::stopMaintenanceRequested, this,
            [this](const QList<MachineId> &m) { changeMaintenance(m, false); });
    connect(window, &MainWindow::agentDrainRequested, this,
            [this](const QList<MachineId> &machines, const AgentDrainRequest &request) {
                auto *flow = new AgentDrainFlow(m_client, m_monitor, m_prompts.get(), this);
                flow->start(machines, request);
            });
    connect(m_alerts, &AlertsController::startMaintenanceRequested, this,
            [this](const QList<MachineId> &m) { changeMaintenance(m, true); });
    connect(m_alerts, &AlertsController::stopMaintenanceRequested, this,
            [this](const QList<MachineId> &m) { changeMaintenance(m, false); });
    connect(window, &MainWindow::exportRequested, m_files, &ScheduleFiles::exportSchedule);
    connect(window, &MainWindow::exportImageRequested, this,
            [this] { m_files->exportTimelineImage(m_request.masters); });
    connect(window, &MainWindow::exportForReviewRequested, this,
            [this](const QString &author, const QString &reason, const QString &path) {
                m_files->exportForReview(author, reason, path, m_request.masters);
            });
    connect(window, &MainWindow::importRequested, m_files, &ScheduleFiles::importSchedule);
    connect(window, &MainWindow::restoreReplacedRequested, this,
            [this] { m_files->restoreReplaced(m_request.masters); });
}

void AppController::submit()
{
    if (m_submit)
        return;
    if (!m_monitor->snapshot()) {
        m_prompts->showProblem(tr("Not connected"), tr("Connect to a master before submitting."),
                               QString());
        return;
    }
    m_submit = new SubmitFlow(m_client, m_monitor, m_prompts.get(), m_session->draft(),
                              m_history.get(), m_request.masters, m_autosave->origin(), this);
    m_submit->setPolicy(m_session->checks()->policy(),
                        m_window->timelinePage()->viewState()->timeZone());
    connect(m_submit, &SubmitFlow::finished, m_autosave,
            [this, master = m_autosave->master()](bool submitted) {
                if (submitted && m_autosave->master() == master) {
                    m_autosave->submitted();
                    m_alerts->scheduleSubmitted();
                }
            });
    m_submit->start();
}

void AppController::changeMaintenance(const QList<MachineId> &machines, bool down)
{
    auto *flow = new MaintenanceFlow(m_client, m_monitor, m_prompts.get(), this);
    flow->start(machines, down);
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

void AppController::connectTo(const ConnectionRequest &typed)
{
    // A password typed into the address is dropped at once and asked for as usual; only the
    // address without it is kept, shown, remembered and used as the draft's key.
    ConnectionRequest request = typed;
    QString urlUser;
    request.masters = MasterEndpoint::withoutUserInfo(typed.masters, &urlUser);
    if (request.user.isEmpty())
        request.user = urlUser;
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
    // Drafts are kept per master; the demo's master gets a new port on every start. Another
    // master gets a cleared session; a submit still running finishes on its own master.
    const QString key = demo ? QStringLiteral("demo") : request.masters;
    if (m_submit && MasterKey::of(key) != MasterKey::of(m_autosave->master()))
        m_submit->detach();
    m_autosave->setMaster(key);
    // The planning limits are the master's too.
    m_policyKey = MasterKey::of(key);
    m_session->checks()->setPolicy(PolicyStore::load(m_policyKey));
    m_alerts->setMaster(m_policyKey, demo ? tr("the demo") : request.masters, demo);
    m_monitor->start();
}

void AppController::handleFailure(const MasterError &error)
{
    if (error.kind != MasterError::Kind::Unauthorized || m_askingPassword)
        return;
    m_monitor->stop();
    m_askingPassword = true;
    const QString user = m_request.user;
    const QString password = user.isEmpty()
        ? QString()
        : m_prompts->askPassword(user, m_request.masters, error.describe());
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
