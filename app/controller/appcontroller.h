#pragma once

#include "mainwindow/connectionrequest.h"
#include "net/masterendpoint.h"

#include <QObject>
#include <QPointer>

#include "machineid.h"
#include "schedule.h"

#include <memory>
#include <optional>

class ClusterMonitor;
class DraftStore;
class ScheduleHistory;
class SubmitFlow;
class WindowPrompts;
class MainWindow;
class MasterClient;
class QNetworkAccessManager;
class SimulatedMaster;
struct MasterError;

/// Wires the services to the UI: the window's intents reach the master client, the monitor's
/// snapshots reach the window's models. The only place that sees both sides.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(MainWindow *window, QObject *parent = nullptr);
    ~AppController() override;

    /// Starts the simulated master in-process on a free loopback port and connects to it.
    bool startDemo(QString *error);
    void connectTo(const ConnectionRequest &request);

    MasterClient *client() const { return m_client; }
    ClusterMonitor *monitor() const { return m_monitor; }

private:
    void handleFailure(const MasterError &error);
    void submit();
    void changeMaintenance(const QList<MachineId> &machines, bool down);
    void exportSchedule(bool live);
    void exportForReview(const QString &author, const QString &reason, const QString &path);
    void importSchedule(const QString &path, const QString &undoText);
    void draftChanged();
    void offerRestore();
    void rememberMaster(const QString &masters);
    void updateMasterLabel();

    QPointer<MainWindow> m_window;
    QNetworkAccessManager *m_network;
    MasterClient *m_client;
    ClusterMonitor *m_monitor;
    std::unique_ptr<SimulatedMaster> m_demo;
    ConnectionRequest m_request;
    bool m_askingPassword = false;
    DraftStore *m_drafts;
    std::unique_ptr<ScheduleHistory> m_history;
    QPointer<SubmitFlow> m_submit;
    std::unique_ptr<WindowPrompts> m_prompts;
    std::optional<Schedule> m_origin; ///< the live schedule the current edits started from
    bool m_restoreOffered = false;
};
