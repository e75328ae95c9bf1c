#pragma once

#include "agent.h"
#include "live/drainhistory.h"
#include "machineid.h"
#include "maintenancestatus.h"
#include "schedule.h"

#include <QObject>

class DraftSchedule;
class DrainBoardModel;
class InverseOfferModel;
class MachineFilterProxyModel;
class MachineTableModel;
class PlanningChecks;
class QItemSelectionModel;
class QUndoStack;
class ScheduleEditor;
class ZoneGroupModel;
struct LiveSnapshot;
struct MachineLive;

/// One planning session: the draft, the models over it (the machine table, its filter and zone
/// groups, the inverse-offer answers), the undo stack, the editor that turns requests into undo
/// steps, and the one selection of machines that every view shares. The controller owns it and
/// feeds it live snapshots; the views receive it and only ask. It holds no widget, so the flows
/// and their tests use it without a window.
class PlanningSession : public QObject
{
    Q_OBJECT
public:
    explicit PlanningSession(QObject *parent = nullptr);
    ~PlanningSession() override;

    DraftSchedule *draft() const { return m_draft; }
    MachineTableModel *machineModel() const { return m_machines; }
    MachineFilterProxyModel *filterModel() const { return m_filter; }
    ZoneGroupModel *groupModel() const { return m_groups; }
    InverseOfferModel *answersModel() const { return m_answers; }
    /// The draining machines in the order of attention (DrainBoard), rebuilt on every snapshot
    /// and every new drain history.
    DrainBoardModel *drainBoardModel() const { return m_board; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ScheduleEditor *editor() const { return m_editor; }
    /// The selection over machineModel(); views link to it (LinkedSelectionModel).
    QItemSelectionModel *selectionModel() const { return m_selection; }
    /// The policy in force, the cluster and the draft's limit violations and churn.
    PlanningChecks *checks() const { return m_checks; }

    /// A refresh of the master: each model applies only what changed.
    void applySnapshot(const LiveSnapshot &snapshot);
    void setAgents(const QList<Agent> &agents);
    void setStatus(const MaintenanceStatus &status);
    /// The live schedule: the base of the draft (an unmodified draft follows it).
    void setLiveSchedule(const Schedule &schedule);
    /// Tasks left over time per draining machine (the monitor keeps them).
    void setDrainHistories(const QHash<MachineId, DrainHistory> &histories);
    const QHash<MachineId, DrainHistory> &drainHistories() const { return m_histories; }
    /// How long tasks left may stay flat before a drain counts as stuck.
    void setStuckAfterMs(qint64 ms);
    qint64 stuckAfterMs() const { return m_stuckAfterMs; }
    /// True once a snapshot arrived since the start or the last clear().
    bool hasLiveData() const { return m_hasLiveData; }

    /// Machines of the selected rows, in table order.
    QList<MachineId> selectedMachines() const;

    /// Another master: forgets the draft, its undo history, the selection and the live data.
    void clear();

Q_SIGNALS:
    /// A snapshot was applied; @p first: the first since the start or the last clear().
    void snapshotApplied(bool first);

private:
    void updateBoard();

    DraftSchedule *m_draft;
    MachineTableModel *m_machines;
    MachineFilterProxyModel *m_filter;
    ZoneGroupModel *m_groups;
    InverseOfferModel *m_answers;
    QUndoStack *m_undoStack;
    ScheduleEditor *m_editor;
    QItemSelectionModel *m_selection;
    PlanningChecks *m_checks;
    DrainBoardModel *m_board;
    QHash<MachineId, DrainHistory> m_histories;
    QList<MachineLive> m_draining; ///< of the last snapshot, for the board
    qint64 m_boardNowMs = 0;
    qint64 m_stuckAfterMs;
    bool m_hasLiveData = false;
};
