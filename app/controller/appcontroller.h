#pragma once

#include "mainwindow/connectionrequest.h"
#include "net/masterendpoint.h"

#include <QObject>
#include <QPointer>

#include "machineid.h"

#include <memory>

class AlertsController;
class ClusterMonitor;
class DraftAutosave;
class MainWindow;
class MasterClient;
class PlanningSession;
class QNetworkAccessManager;
class ScheduleFiles;
class ScheduleHistory;
class SimulatedMaster;
class SubmitFlow;
class WindowPrompts;
struct MasterError;

/// Wires the services to the UI: it owns the planning session and the main window that shows it,
/// feeds the session the monitor's snapshots, and runs the window's intents as flows (submit,
/// maintenance, autosave, schedule files). The only place that sees both sides.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject *parent = nullptr);
    ~AppController() override;

    MainWindow *window() const { return m_window.get(); }
    PlanningSession *session() const { return m_session.get(); }

    /// Starts the simulated master in-process on a free loopback port and connects to it.
    bool startDemo(QString *error);
    void connectTo(const ConnectionRequest &typed);

    MasterClient *client() const { return m_client; }
    ClusterMonitor *monitor() const { return m_monitor; }
    AlertsController *alerts() const { return m_alerts; }

private:
    void connectWindow();
    void handleFailure(const MasterError &error);
    void submit();
    void changeMaintenance(const QList<MachineId> &machines, bool down);
    void rememberMaster(const QString &masters);
    void updateMasterLabel();

    std::unique_ptr<PlanningSession> m_session; ///< outlives the window that shows it
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WindowPrompts> m_prompts;
    QNetworkAccessManager *m_network;
    MasterClient *m_client;
    ClusterMonitor *m_monitor;
    std::unique_ptr<SimulatedMaster> m_demo;
    ConnectionRequest m_request;
    QString m_policyKey; ///< MasterKey of the master whose planning limits are in force
    bool m_askingPassword = false;
    std::unique_ptr<ScheduleHistory> m_history;
    DraftAutosave *m_autosave;
    ScheduleFiles *m_files;
    QPointer<SubmitFlow> m_submit;
    AlertsController *m_alerts;
};
