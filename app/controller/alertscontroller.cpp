#include "controller/alertscontroller.h"

#include "alerts/alertlistmodel.h"
#include "alerts/alertsindicator.h"
#include "alerts/alertspanel.h"
#include "alerts/alerttracker.h"
#include "controller/alertstore.h"
#include "controller/democluster.h"
#include "mainwindow/mainwindow.h"
#include "monitor/clustermonitor.h"
#include "timeline/timelinepage.h"

#include <QDateTime>
#include <QDockWidget>

AlertsController::AlertsController(ClusterMonitor *monitor, MainWindow *window,
                                   PlanningSession *session, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_session(session)
    , m_window(window)
    , m_tracker(new AlertTracker(this))
    , m_model(new AlertListModel(this))
    , m_panel(new AlertsPanel(m_model, session))
    , m_dock(new QDockWidget(tr("Alerts")))
    , m_indicator(new AlertsIndicator(m_tracker, window))
{
    m_dock->setObjectName(QStringLiteral("alertsDock"));
    m_dock->setWidget(m_panel);
    window->addPanel(m_dock);
    connect(monitor, &ClusterMonitor::snapshotReady, this, &AlertsController::apply);
    connect(m_tracker, &AlertTracker::alertsChanged, this,
            [this] { m_model->setAlerts(m_tracker->alerts()); });
    connect(m_panel, &AlertsPanel::startMaintenanceRequested, this,
            &AlertsController::startMaintenanceRequested);
    connect(m_panel, &AlertsPanel::stopMaintenanceRequested, this,
            &AlertsController::stopMaintenanceRequested);
    connect(m_panel, &AlertsPanel::scheduleAcknowledged, this, [this] {
        if (const LiveSnapshot *s = m_monitor->snapshot())
            m_tracker->acknowledgeSchedule(s->schedule);
    });
    connect(m_panel, &AlertsPanel::machineToShow, this,
            [this](const MachineId &m) { m_window->timelinePage()->showMachine(m); });
    connect(m_indicator, &AlertsIndicator::panelRequested, this, [this] {
        m_dock->show();
        m_dock->raise();
    });
    connect(window, &MainWindow::alertSettingsChanged, this, &AlertsController::changeSettings);
}

AlertsController::~AlertsController() = default;

void AlertsController::setMaster(const QString &key, const QString &label, bool demo)
{
    m_key = key;
    m_ownSchedulePending = false;
    const AlertSettings settings
        = AlertStore::load(key, demo ? DemoCluster::alertDefaults() : AlertSettings());
    m_tracker->reset();
    m_tracker->setSettings(settings);
    m_indicator->setNotificationsEnabled(settings.notify);
    // One notion of "stuck": the drain board ranks by the stuck-drain alert's period.
    m_session->setStuckAfterMs(settings.stuckAfterMs);
    m_window->setAlertSettings(label, settings);
}

void AlertsController::scheduleSubmitted()
{
    m_ownSchedulePending = true;
    m_monitor->refreshNow();
}

void AlertsController::apply(const LiveSnapshot &snapshot)
{
    if (m_ownSchedulePending) {
        m_ownSchedulePending = false;
        m_tracker->acknowledgeSchedule(snapshot.schedule);
    }
    m_tracker->update(snapshot, m_monitor->drainHistories(), QDateTime::currentMSecsSinceEpoch());
}

void AlertsController::changeSettings(const AlertSettings &settings)
{
    if (!m_key.isEmpty())
        AlertStore::save(m_key, settings);
    m_tracker->setSettings(settings);
    m_indicator->setNotificationsEnabled(settings.notify);
    m_session->setStuckAfterMs(settings.stuckAfterMs);
    if (const LiveSnapshot *s = m_monitor->snapshot())
        apply(*s);
}
