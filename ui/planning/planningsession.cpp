#include "planning/planningsession.h"

#include "commands/scheduleeditor.h"
#include "live/drainboardmodel.h"
#include "live/inverseoffermodel.h"
#include "live/livesnapshot.h"
#include "planning/draftschedule.h"
#include "planning/machinefilterproxymodel.h"
#include "planning/machinetablemodel.h"
#include "planning/planningchecks.h"
#include "planning/zonegroupmodel.h"

#include <QItemSelectionModel>
#include <QUndoStack>

PlanningSession::PlanningSession(QObject *parent)
    : QObject(parent)
    , m_draft(new DraftSchedule(this))
    , m_machines(new MachineTableModel(m_draft, this))
    , m_filter(new MachineFilterProxyModel(this))
    , m_groups(new ZoneGroupModel(this))
    , m_answers(new InverseOfferModel(this))
    , m_undoStack(new QUndoStack(this))
    , m_editor(new ScheduleEditor(m_draft, m_undoStack, this))
    , m_selection(new QItemSelectionModel(m_machines, this))
    , m_checks(new PlanningChecks(m_draft, this))
    , m_board(new DrainBoardModel(this))
    , m_stuckAfterMs(DrainBoard::kDefaultStuckAfterMs)
{
    m_filter->setSourceModel(m_machines);
    m_groups->setSourceModel(m_filter);
}

PlanningSession::~PlanningSession() = default;

void PlanningSession::applySnapshot(const LiveSnapshot &snapshot)
{
    m_machines->setFrameworkNames(snapshot.frameworkNames);
    setAgents(snapshot.cluster.agents);
    setStatus(snapshot.status);
    setLiveSchedule(snapshot.schedule);
    m_answers->setSnapshot(snapshot);
    m_draining.clear();
    for (const MachineLive &m : snapshot.machines) {
        if (m.mode == MachineMode::Draining)
            m_draining.append(m);
    }
    m_boardNowMs = snapshot.takenAtMs;
    m_board->setFrameworkNames(snapshot.frameworkNames);
    updateBoard();
    const bool first = !m_hasLiveData;
    m_hasLiveData = true;
    Q_EMIT snapshotApplied(first);
}

void PlanningSession::setAgents(const QList<Agent> &agents)
{
    m_machines->setAgents(agents);
    m_checks->setAgents(agents);
}

void PlanningSession::setStatus(const MaintenanceStatus &status)
{
    m_draft->setDownMachines(status.down);
    m_machines->setStatus(status);
    m_checks->setDownMachines(status.down);
}

void PlanningSession::setLiveSchedule(const Schedule &schedule)
{
    m_draft->setLiveSchedule(schedule);
}

void PlanningSession::setDrainHistories(const QHash<MachineId, DrainHistory> &histories)
{
    m_histories = histories;
    updateBoard();
}

void PlanningSession::setStuckAfterMs(qint64 ms)
{
    m_stuckAfterMs = ms;
    updateBoard();
}

void PlanningSession::updateBoard()
{
    m_board->setEntries(DrainBoard::build(m_draining, m_histories, m_boardNowMs, m_stuckAfterMs),
                        m_boardNowMs);
}

QList<MachineId> PlanningSession::selectedMachines() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_selection->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<MachineId> ids;
    ids.reserve(rows.size());
    for (int row : std::as_const(rows))
        ids.append(
            m_machines->index(row, 0).data(MachineTableModel::MachineIdRole).value<MachineId>());
    return ids;
}

void PlanningSession::clear()
{
    m_selection->clear();
    m_undoStack->clear();
    m_draft->setDownMachines({});
    m_draft->setLiveSchedule(Schedule());
    m_draft->revertToBase();
    m_machines->setAgents({});
    m_checks->setAgents({});
    m_checks->setDownMachines({});
    m_machines->setStatus(MaintenanceStatus());
    m_answers->setSnapshot(LiveSnapshot());
    m_draining.clear();
    m_histories.clear();
    updateBoard();
    m_hasLiveData = false;
}
