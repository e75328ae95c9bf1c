#pragma once

#include "alerts/alertsettings.h"
#include "live/agentdrain.h"
#include "live/drainhistory.h"
#include "mainwindow/connectionrequest.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>

class AgentDrainActions;
class DrainBoardPanel;
class DrainChart;
class MachinesPanel;
class PlanningMenu;
class PlanningSession;
class QDockWidget;
class QLabel;
class QProgressBar;
class QMenu;
class QTableView;
class TimelineMenus;
class TimelinePage;
struct MachineId;

/// Slipway's main window: the planning timeline in the middle, docks for the machines table,
/// the inverse-offer answers and the drain burn-down, and a status bar that always says which
/// master this is, who leads, when the last refresh was and what went wrong, in words. It never
/// talks to the network: it shows the models of the PlanningSession it receives and emits intents.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Connection { Idle, Connecting, Connected, Failing };

    explicit MainWindow(PlanningSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    TimelinePage *timelinePage() const { return m_timeline; }
    TimelineMenus *timelineMenus() const { return m_timelineMenus; }

    void setDrainHistories(const QHash<MachineId, DrainHistory> &histories);
    /// @p master as configured, @p leader when known; @p insecure: TLS verification is off.
    void setMaster(const QString &master, const QString &leader, bool insecure);
    void setConnection(Connection state, const QString &error = QString());
    /// How live data arrives, in words ("Live: event stream", "Polling every 2 s: …").
    void setLiveMode(const QString &text);
    /// Whether the data on screen is from before the master became unreachable (greyed out,
    /// "Data as of HH:MM" in the status bar) until the next good refresh.
    bool isStale() const { return m_stale; }
    /// The status bar's text on the age of the data.
    QString refreshText() const;
    void setRecentMasters(const QStringList &masters);
    /// Opens the connect dialog prefilled with @p current; emits connectRequested on OK.
    void showConnectDialog(const ConnectionRequest &current);
    /// Asks for a password (kept in memory only); empty when the user cancelled.
    QString askPassword(const QString &user, const QString &master, const QString &reason);

    /// Machines selected in the machines panel, else in the timeline.
    QList<MachineId> selectedMachines() const;
    /// Long work in progress: an indeterminate bar and @p text in the status bar; the UI stays
    /// live.
    void setBusy(const QString &text);
    void clearBusy();
    bool confirm(const QString &title, const QString &text, const QString &details,
                 const QString &okText);
    void showProblem(const QString &title, const QString &text, const QString &details = QString());
    void showInfo(const QString &title, const QString &text);
    /// A problem with one machine, offering "Show Machine" to select it on the timeline.
    void showMachineProblem(const QString &title, const QString &text, const QString &where,
                            const MachineId &machine);
    /// Two columns of changes; true when the user chose @p acceptText.
    bool reviewChanges(const QString &title, const QString &intro, const QString &leftTitle,
                       const QStringList &left, const QString &rightTitle, const QStringList &right,
                       const QString &acceptText);
    QString askSaveFile(const QString &title, const QString &suggestedName);
    QString askOpenFile(const QString &title, const QString &directory = QString());
    /// Adds @p dock as a tab beside the drain chart, with its toggle in the View menu.
    void addPanel(QDockWidget *dock);
    /// The alert settings Preferences shows for @p master.
    void setAlertSettings(const QString &master, const AlertSettings &settings);

Q_SIGNALS:
    void connectRequested(const ConnectionRequest &request);
    void refreshRequested();
    void submitRequested();
    void startMaintenanceRequested(const QList<MachineId> &machines);
    void stopMaintenanceRequested(const QList<MachineId> &machines);
    /// DRAIN_AGENT / DEACTIVATE_AGENT / REACTIVATE_AGENT on the machines' agents.
    void agentDrainRequested(const QList<MachineId> &machines, const AgentDrainRequest &request);
    void exportRequested(bool live);
    /// File → Export Timeline Image: the draft's timeline as a PNG or SVG picture.
    void exportImageRequested();
    /// author, reason and the schedule file's path, from the review export dialog.
    void exportForReviewRequested(const QString &author, const QString &reason,
                                  const QString &path);
    void importRequested();
    void restoreReplacedRequested();
    void refreshIntervalChanged(int ms);
    void alertSettingsChanged(const AlertSettings &settings);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void createMaintenanceMenu();
    void createStatusBar();
    void updateRefreshLabel();
    void updateChartSelection();
    void snapshotApplied(bool first);
    void setStale(bool stale);

    PlanningSession *m_session;
    TimelinePage *m_timeline;
    PlanningMenu *m_planningMenu = nullptr;
    TimelineMenus *m_timelineMenus = nullptr;
    MachinesPanel *m_machines = nullptr;
    QTableView *m_answersView = nullptr;
    DrainChart *m_chart = nullptr;
    DrainBoardPanel *m_board = nullptr;
    AgentDrainActions *m_agentActions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_refreshLabel = nullptr;
    QLabel *m_liveLabel = nullptr;
    QLabel *m_tlsWarning = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QDateTime m_lastRefresh;
    bool m_stale = false;
    ConnectionRequest m_lastRequest;
    QHash<MachineId, qint64> m_windowStarts;
    QHash<MachineId, DrainHistory> m_histories;
    QMenu *m_viewMenu = nullptr;
    QString m_alertMaster;
    AlertSettings m_alertSettings;
};
