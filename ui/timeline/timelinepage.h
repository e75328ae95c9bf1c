#pragma once

#include "agent.h"
#include "machineid.h"
#include "maintenancestatus.h"
#include "schedule.h"

#include <QWidget>

class DraftSchedule;
class MachineFilterProxyModel;
class MachineListDelegate;
class MachineTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolBar;
class QTreeView;
class QUndoStack;
class QUndoView;
class ScheduleEditor;
class TimelineRuler;
class TimelineView;
class TimelineViewState;
class ZoneGroupModel;

/// The planning page: the machine list, the time ruler and the timeline side by side over one
/// model and one selection, the undo history, and a tool bar (zoom, fit, now, UTC, undo/redo,
/// revert to live, filter). It owns the planning models; live data comes in through the setters,
/// which apply minimal changes, and refusals and hints go out through statusMessage().
class TimelinePage : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePage(QWidget *parent = nullptr);
    ~TimelinePage() override;

    /// Live data from the monitor; each call applies only what changed.
    void setAgents(const QList<Agent> &agents);
    void setStatus(const MaintenanceStatus &status);
    /// The live schedule: the base of the draft (an unmodified draft follows it).
    void setLiveSchedule(const Schedule &schedule);

    DraftSchedule *draft() const { return m_draft; }
    MachineTableModel *machineModel() const { return m_machines; }
    MachineFilterProxyModel *filterModel() const { return m_filter; }
    ZoneGroupModel *groupModel() const { return m_groups; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ScheduleEditor *editor() const { return m_editor; }
    TimelineViewState *viewState() const { return m_state; }
    TimelineView *timeline() const { return m_timeline; }
    QTreeView *machineList() const { return m_list; }
    QToolBar *toolBar() const { return m_toolBar; }

    /// Machines of the selected rows, for actions such as "start maintenance".
    QList<MachineId> selectedMachines() const;

    /// Selects @p machine's row, scrolls to it and centres its window; clears the text and mode
    /// filters when they hide it. False when the machine is not in the table or its zone is
    /// collapsed.
    bool showMachine(const MachineId &machine);

public Q_SLOTS:
    void fitSchedule();
    void jumpToNow();
    /// Asks for confirmation, then discards the draft's edits (one undo step).
    void revertToLive();

Q_SIGNALS:
    /// A refused edit's reason, or another hint for the status bar.
    void statusMessage(const QString &message, int timeoutMs);
    void selectedMachinesChanged();

private:
    void createModels();
    void createWidgets();
    void createActions();
    void connectScrolling();
    void updateHeaderSpans();
    void updateRevertAction();

    DraftSchedule *m_draft = nullptr;
    MachineTableModel *m_machines = nullptr;
    MachineFilterProxyModel *m_filter = nullptr;
    ZoneGroupModel *m_groups = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ScheduleEditor *m_editor = nullptr;
    TimelineViewState *m_state = nullptr;

    QToolBar *m_toolBar = nullptr;
    QTreeView *m_list = nullptr;
    MachineListDelegate *m_delegate = nullptr;
    QWidget *m_listSpacer = nullptr;
    TimelineRuler *m_ruler = nullptr;
    TimelineView *m_timeline = nullptr;
    QUndoView *m_history = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_modeFilter = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_revertAction = nullptr;
};
