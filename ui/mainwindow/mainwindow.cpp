#include "mainwindow/mainwindow.h"

#include "charts/drainchart.h"
#include "drain/agentdrainactions.h"
#include "drain/drainboardpanel.h"
#include "live/inverseoffermodel.h"
#include "mainwindow/connectdialog.h"
#include "mainwindow/settingsdialog.h"
#include "panels/answerspanel.h"
#include "panels/machinespanel.h"
#include "planning/draftschedule.h"
#include "planning/planningmenu.h"
#include "planning/planningsession.h"
#include "submit/changesdialog.h"
#include "submit/reviewexportdialog.h"
#include "theme/actionicons.h"
#include "timeline/timelinemenus.h"
#include "timeline/timelinepage.h"
#include "timeline/timelineviewstate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QGraphicsColorizeEffect>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(PlanningSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_timeline(new TimelinePage(session, this))
{
    setWindowTitle(tr("Slipway"));
    setCentralWidget(m_timeline);
    createDocks();
    createMenus();
    createStatusBar();
    connect(m_timeline, &TimelinePage::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_timeline, &TimelinePage::selectedMachinesChanged, this,
            &MainWindow::updateChartSelection);
    connect(session, &PlanningSession::snapshotApplied, this, &MainWindow::snapshotApplied);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // 1600x1000, or the whole screen where that is smaller (a 1024x700 laptop or VM).
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1600, 1000);
        resize(QSize(1600, 1000).boundedTo(available));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    auto *ticker = new QTimer(this); // keeps "last refresh 5 s ago" honest between refreshes
    connect(ticker, &QTimer::timeout, this, &MainWindow::updateRefreshLabel);
    ticker->start(1000);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    setDockNestingEnabled(true);
    auto *machinesDock = new QDockWidget(tr("Machines"), this);
    machinesDock->setObjectName(QStringLiteral("machinesDock"));
    m_machines = new MachinesPanel(m_session, machinesDock);
    machinesDock->setWidget(m_machines);
    addDockWidget(Qt::BottomDockWidgetArea, machinesDock);

    auto *answersDock = new QDockWidget(tr("Inverse offers"), this);
    answersDock->setObjectName(QStringLiteral("answersDock"));
    auto *answers = new AnswersPanel(m_session, answersDock);
    m_answersView = answers->view();
    answersDock->setWidget(answers);
    addDockWidget(Qt::BottomDockWidgetArea, answersDock);

    auto *chartDock = new QDockWidget(tr("Drain progress"), this);
    chartDock->setObjectName(QStringLiteral("chartDock"));
    m_chart = new DrainChart(chartDock);
    chartDock->setWidget(m_chart);
    addDockWidget(Qt::BottomDockWidgetArea, chartDock);
    auto *boardDock = new QDockWidget(tr("Drain board"), this);
    boardDock->setObjectName(QStringLiteral("drainBoardDock"));
    m_board = new DrainBoardPanel(m_session, boardDock);
    boardDock->setWidget(m_board);
    addDockWidget(Qt::BottomDockWidgetArea, boardDock);
    splitDockWidget(machinesDock, answersDock, Qt::Horizontal);
    splitDockWidget(answersDock, chartDock, Qt::Horizontal);
    // A third of the screen's height at most: at 1024x700 the timeline keeps the larger part.
    const int screenHeight = screen() ? screen()->availableGeometry().height() : 1000;
    resizeDocks({machinesDock}, {std::clamp(screenHeight * 3 / 10, 200, 320)}, Qt::Vertical);
    const int screenWidth = screen() ? screen()->availableGeometry().width() : 1600;
    resizeDocks({machinesDock, answersDock, chartDock},
                {screenWidth * 42 / 100, screenWidth * 23 / 100, screenWidth * 25 / 100},
                Qt::Horizontal);
    tabifyDockWidget(machinesDock, boardDock);
    machinesDock->raise();
    connect(m_machines, &MachinesPanel::selectionChanged, this, &MainWindow::updateChartSelection);
    // The one time-zone setting (the UTC toggle) applies to the chart as to the timeline.
    TimelineViewState *state = m_timeline->viewState();
    m_chart->setDisplayUtc(state->timeZone() == QTimeZone::utc());
    connect(state, &TimelineViewState::timeZoneChanged, m_chart, &DrainChart::setDisplayUtc);
    connect(state, &TimelineViewState::timeZoneChanged, this, &MainWindow::updateRefreshLabel);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(tr("&Connect to Master…"), this,
                                             [this] { showConnectDialog(m_lastRequest); });
    connectAction->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_recentMenu = file->addMenu(tr("&Recent Masters"));
    QAction *refresh = file->addAction(tr("&Refresh Now"), this, &MainWindow::refreshRequested);
    refresh->setShortcut(QKeySequence::Refresh);
    file->addAction(tr("Export Timeline &Image…"), this, &MainWindow::exportImageRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (QAction *a : m_timeline->toolBar()->actions()) {
        if (!a->isSeparator() && !a->text().isEmpty())
            edit->addAction(a);
    }
    m_timelineMenus = new TimelineMenus(m_timeline, this);
    m_timelineMenus->addEditActions(edit);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        SettingsDialog dialog(this);
        dialog.setAlertSettings(m_alertMaster, m_alertSettings);
        if (dialog.exec() != QDialog::Accepted)
            return;
        dialog.save();
        Q_EMIT refreshIntervalChanged(dialog.intervalMs());
        if (dialog.alertSettings() != m_alertSettings) {
            m_alertSettings = dialog.alertSettings();
            Q_EMIT alertSettingsChanged(m_alertSettings);
        }
    });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    createMaintenanceMenu();

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    m_planningMenu->addViewActions(view);
    m_timelineMenus->addViewActions(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_timelineMenus->addHelpActions(help);
    help->addAction(tr("&About Slipway"), this, [this] {
        QMessageBox::about(this, tr("About Slipway"),
                           tr("<h3>Slipway %1</h3><p>Plan and run machine maintenance on Apache "
                              "Mesos clusters.</p>")
                               .arg(QStringLiteral(SLIPWAY_VERSION)));
    });
}

void MainWindow::createMaintenanceMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Maintenance"));
    QAction *submit = menu->addAction(tr("&Submit Schedule…"), this, &MainWindow::submitRequested);
    submit->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    submit->setToolTip(
        tr("Validate the draft, check for changes on the master, preview and submit"));
    menu->addSeparator();
    QAction *start = menu->addAction(tr("Start Maintenance (Machine &Down)…"), this, [this] {
        Q_EMIT startMaintenanceRequested(selectedMachines());
    });
    start->setToolTip(tr("Take the selected DRAINING machines down: their agents are shut down"));
    QAction *stop = menu->addAction(tr("&End Maintenance (Machine Up)…"), this, [this] {
        Q_EMIT stopMaintenanceRequested(selectedMachines());
    });
    stop->setToolTip(tr("Bring the selected DOWN machines back up and out of the schedule"));
    menu->addSeparator();
    m_agentActions = new AgentDrainActions([this] { return selectedMachines(); }, this);
    connect(m_agentActions, &AgentDrainActions::requested, this, &MainWindow::agentDrainRequested);
    menu->addActions(m_agentActions->actions());
    m_timeline->setMachineActions(m_agentActions->actions());
    m_machines->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_machines->view()->addActions(m_agentActions->actions());
    menu->addSeparator();
    menu->addAction(tr("&Export Draft…"), this, [this] { Q_EMIT exportRequested(false); });
    menu->addAction(tr("Export &Live Schedule…"), this, [this] { Q_EMIT exportRequested(true); });
    menu->addAction(tr("Export Draft for Re&view…"), this, [this] {
        ReviewExportDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT exportForReviewRequested(dialog.author(), dialog.reason(), dialog.path());
    });
    QAction *import = menu->addAction(tr("&Import Schedule…"), this, &MainWindow::importRequested);
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    menu->addAction(tr("&Restore a Replaced Schedule…"), this,
                    &MainWindow::restoreReplacedRequested);
    m_planningMenu = new PlanningMenu(m_session, m_timeline, this);
    m_planningMenu->addMaintenanceActions(menu);
    // Short labels and icons in the tool bar, which keeps them on screen at any width.
    submit->setIconText(tr("Submit"));
    submit->setIcon(ActionIcons::icon(u"document-send"_s));
    start->setIconText(tr("Take Down"));
    start->setIcon(ActionIcons::icon(u"go-down"_s));
    stop->setIconText(tr("Bring Up"));
    stop->setIcon(ActionIcons::icon(u"go-up"_s));
    m_timeline->maintenanceToolBar()->addAction(submit);
    m_timeline->maintenanceToolBar()->addAction(start);
    m_timeline->maintenanceToolBar()->addAction(stop);
}

QList<MachineId> MainWindow::selectedMachines() const
{
    // The timeline falls back to the machine under its cursor when no row is selected.
    const QList<MachineId> selected = m_session->selectedMachines();
    return selected.isEmpty() ? m_timeline->selectedMachines() : selected;
}

void MainWindow::setBusy(const QString &text)
{
    m_busyLabel->setText(text);
    m_busyLabel->show();
    m_busyBar->show();
}

void MainWindow::clearBusy()
{
    m_busyLabel->hide();
    m_busyBar->hide();
}

void MainWindow::createStatusBar()
{
    m_busyLabel = new QLabel(this);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyLabel->hide();
    m_busyBar->hide();
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    m_connectionLabel = new QLabel(tr("Not connected"), this);
    m_refreshLabel = new QLabel(this);
    m_tlsWarning = new QLabel(tr("⚠ TLS verification is off for this master"), this);
    m_tlsWarning->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_tlsWarning->hide();
    statusBar()->addPermanentWidget(m_tlsWarning);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_refreshLabel);
    m_liveLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_liveLabel);
}

void MainWindow::setLiveMode(const QString &text)
{
    m_liveLabel->setText(text);
}

void MainWindow::snapshotApplied(bool first)
{
    m_windowStarts.clear();
    for (const MaintenanceWindow &w : m_session->draft()->base().windows) {
        for (const MachineId &id : w.machines)
            m_windowStarts.insert(id, w.unavailability.startNs);
    }
    if (first)
        m_timeline->fitSchedule(); // first data: show the schedule rather than an empty range
    m_lastRefresh = QDateTime::currentDateTime();
    setStale(false);
    updateRefreshLabel();
}

void MainWindow::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    // A grey wash over the data views: still readable and usable, but not mistaken for current.
    QList<QWidget *> views {centralWidget()};
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        views << dock->widget();
    for (QWidget *view : std::as_const(views)) {
        if (!view)
            continue;
        if (stale) {
            auto *grey = new QGraphicsColorizeEffect(view);
            grey->setColor(Qt::gray);
            grey->setStrength(0.85);
            view->setGraphicsEffect(grey);
        } else {
            view->setGraphicsEffect(nullptr);
        }
    }
    updateRefreshLabel();
}

void MainWindow::setDrainHistories(const QHash<MachineId, DrainHistory> &histories)
{
    m_histories = histories;
    m_chart->setHistories(m_histories, m_windowStarts);
}

void MainWindow::updateChartSelection()
{
    m_chart->setSelection(selectedMachines());
}

void MainWindow::setMaster(const QString &master, const QString &leader, bool insecure)
{
    setWindowTitle(tr("Slipway — %1").arg(master));
    m_connectionLabel->setProperty("master", master);
    m_connectionLabel->setProperty("leader", leader);
    m_connectionLabel->setToolTip(leader.isEmpty()
                                      ? tr("Master %1").arg(master)
                                      : tr("Master %1, leader %2").arg(master, leader));
    m_tlsWarning->setVisible(insecure);
}

void MainWindow::setConnection(Connection state, const QString &error)
{
    const QString master = m_connectionLabel->property("master").toString();
    const QString leader = m_connectionLabel->property("leader").toString();
    const QString where
        = leader.isEmpty() || leader == master ? master : tr("%1 (leader %2)").arg(master, leader);
    switch (state) {
    case Connection::Idle:
        m_connectionLabel->setText(tr("Not connected"));
        break;
    case Connection::Connecting:
        m_connectionLabel->setText(tr("● Connecting to %1…").arg(where));
        break;
    case Connection::Connected:
        m_connectionLabel->setText(tr("● Connected to %1").arg(where));
        break;
    case Connection::Failing:
        m_connectionLabel->setText(tr("● %1 — %2").arg(where, error));
        break;
    }
    const char *color = state == Connection::Connected ? "#2e7d32"
        : state == Connection::Failing                 ? "#c62828"
                                                       : "palette(text)";
    m_connectionLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1StringView(color)));
    if (state == Connection::Failing)
        statusBar()->showMessage(error, 10000);
    if (state == Connection::Failing && m_lastRefresh.isValid())
        setStale(true);
    else if (state == Connection::Idle)
        setStale(false);
}

void MainWindow::updateRefreshLabel()
{
    if (!m_lastRefresh.isValid()) {
        m_refreshLabel->clear();
        return;
    }
    // In the time zone every view shows (the UTC toggle).
    const QTimeZone zone = m_timeline->viewState()->timeZone();
    const QDateTime shown = m_lastRefresh.toTimeZone(zone);
    const QString when = zone == QTimeZone::utc()
        ? tr("%1 UTC").arg(QLocale().toString(shown.time(), u"HH:mm"_s))
        : QLocale().toString(shown.time(), u"HH:mm"_s);
    if (m_stale) {
        m_refreshLabel->setText(tr("Data as of %1 (master unreachable)").arg(when));
        m_refreshLabel->setToolTip(tr("Last good refresh: %1; the data is greyed out until the "
                                      "next one.")
                                       .arg(shown.toString(Qt::ISODate)));
        return;
    }
    const qint64 s = m_lastRefresh.secsTo(QDateTime::currentDateTime());
    m_refreshLabel->setText(s < 2 ? tr("refreshed just now") : tr("refreshed %1 s ago").arg(s));
    m_refreshLabel->setToolTip(tr("Last refresh: %1").arg(shown.toString(Qt::ISODate)));
}

void MainWindow::setRecentMasters(const QStringList &masters)
{
    m_recentMenu->clear();
    for (const QString &m : masters) {
        m_recentMenu->addAction(m, this, [this, m] {
            ConnectionRequest r = m_lastRequest;
            r.masters = m;
            showConnectDialog(r);
        });
    }
    m_recentMenu->setEnabled(!masters.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

QString MainWindow::refreshText() const
{
    return m_refreshLabel->text();
}
