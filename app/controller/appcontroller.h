#pragma once

#include "mainwindow/connectionrequest.h"
#include "net/masterendpoint.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ClusterMonitor;
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
    void rememberMaster(const QString &masters);
    void updateMasterLabel();

    QPointer<MainWindow> m_window;
    QNetworkAccessManager *m_network;
    MasterClient *m_client;
    ClusterMonitor *m_monitor;
    std::unique_ptr<SimulatedMaster> m_demo;
    ConnectionRequest m_request;
    bool m_askingPassword = false;
};
