#pragma once

#include "alerts/alertsettings.h"
#include "machineid.h"

#include <QObject>

class AlertListModel;
class AlertsIndicator;
class AlertsPanel;
class AlertTracker;
class ClusterMonitor;
class MainWindow;
class PlanningSession;
class QDockWidget;
struct LiveSnapshot;

/// The alerts of the console: an AlertTracker fed by the monitor's snapshots and drain
/// histories, the Alerts panel (a dock beside the drain chart) over its list model, the status
/// bar count, tray icon and notifications, and the graces kept per master (AlertStore). The
/// panel's actions come out as the same intents as the Maintenance menu's.
class AlertsController : public QObject
{
    Q_OBJECT

public:
    AlertsController(ClusterMonitor *monitor, MainWindow *window, PlanningSession *session,
                     QObject *parent = nullptr);
    ~AlertsController() override;

    /// Another master (@p key as MasterKey, @p label for Preferences): its settings, no alerts.
    void setMaster(const QString &key, const QString &label, bool demo);
    /// This console posted a schedule: the next one read is not "changed by someone else".
    void scheduleSubmitted();

    AlertTracker *tracker() const { return m_tracker; }
    AlertListModel *model() const { return m_model; }
    AlertsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    AlertsIndicator *indicator() const { return m_indicator; }

Q_SIGNALS:
    void startMaintenanceRequested(const QList<MachineId> &machines);
    void stopMaintenanceRequested(const QList<MachineId> &machines);

private:
    void apply(const LiveSnapshot &snapshot);
    void changeSettings(const AlertSettings &settings);

    ClusterMonitor *m_monitor;
    PlanningSession *m_session;
    MainWindow *m_window;
    AlertTracker *m_tracker;
    AlertListModel *m_model;
    AlertsPanel *m_panel;
    QDockWidget *m_dock;
    AlertsIndicator *m_indicator;
    QString m_key;
    bool m_ownSchedulePending = false;
};
