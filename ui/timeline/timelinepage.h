#pragma once

#include "machinelistview.h"

#include "machineid.h"
#include "planning/planningsession.h"

#include <QWidget>

class CapacityBand;
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
class QVBoxLayout;
class ScheduleEditor;
class TimelineRuler;
class TimelineView;
class TimelineViewState;
class ZoneGroupModel;

/// The planning page: the machine list, the time ruler and the timeline side by side over one
/// model and one selection, the undo history, and a tool bar (zoom, fit, now, UTC, undo/redo,
/// revert to live, filter). It shows the models of the PlanningSession it receives (which the
/// controller owns and feeds), and sends refusals and hints out through statusMessage().
class TimelinePage : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePage(PlanningSession *session, QWidget *parent = nullptr);
    ~TimelinePage() override;

    PlanningSession *session() const { return m_session; }
    DraftSchedule *draft() const { return m_session->draft(); }
    MachineTableModel *machineModel() const { return m_session->machineModel(); }
    MachineFilterProxyModel *filterModel() const { return m_session->filterModel(); }
    ZoneGroupModel *groupModel() const { return m_session->groupModel(); }
    QUndoStack *undoStack() const { return m_session->undoStack(); }
    ScheduleEditor *editor() const { return m_session->editor(); }
    TimelineViewState *viewState() const { return m_state; }
    TimelineView *timeline() const { return m_timeline; }
    QTreeView *machineList() const { return m_list; }
    QToolBar *toolBar() const { return m_toolBar; }
    /// The tool bar for Submit and the maintenance actions, right of toolBar(); it keeps its
    /// width when the window is narrow.
    QToolBar *maintenanceToolBar() const { return m_maintenanceBar; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    CapacityBand *capacityBand() const { return m_band; }
    /// View → Capacity Band.
    void setCapacityBandVisible(bool visible);

    /// Commands on the selected machines from elsewhere (agent draining), at the end of the
    /// timeline's context menu.
    void setMachineActions(const QList<QAction *> &actions);

    /// Machines of the selected rows, for actions such as "start maintenance".
    QList<MachineId> selectedMachines() const;

    /// Selects @p machine's row, scrolls to it and centres its window; clears the text and mode
    /// filters when they hide it. False when the machine is not in the table or its zone is
    /// collapsed.
    bool showMachine(const MachineId &machine);

public Q_SLOTS:
    /// Ctrl+F: the cursor in the filter, its text selected.
    void focusFilter();
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
    void createCapacityBand(QVBoxLayout *layout, int frame);
    void updateHeaderSpans();
    void updateRevertAction();

    PlanningSession *m_session;
    DraftSchedule *m_draft;
    MachineTableModel *m_machines;
    MachineFilterProxyModel *m_filter;
    ZoneGroupModel *m_groups;
    QUndoStack *m_undoStack;
    ScheduleEditor *m_editor;
    TimelineViewState *m_state = nullptr;

    QToolBar *m_toolBar = nullptr;
    QToolBar *m_maintenanceBar = nullptr;
    MachineListView *m_list = nullptr;
    MachineListDelegate *m_delegate = nullptr;
    QWidget *m_listSpacer = nullptr;
    TimelineRuler *m_ruler = nullptr;
    TimelineView *m_timeline = nullptr;
    QUndoView *m_history = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_modeFilter = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_revertAction = nullptr;
    CapacityBand *m_band = nullptr;
    QWidget *m_bandSpacer = nullptr;
};
