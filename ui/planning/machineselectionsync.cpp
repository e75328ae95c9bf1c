#include "planning/machineselectionsync.h"

#include "planning/machinetablemodel.h"
#include "planning/planningsession.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QSet>

MachineSelectionSync::MachineSelectionSync(QAbstractItemView *view, int machineIdRole,
                                           PlanningSession *session)
    : QObject(view)
    , m_view(view)
    , m_role(machineIdRole)
    , m_session(session)
{
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MachineSelectionSync::pushToShared);
    connect(session->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MachineSelectionSync::pullFromShared);
    QAbstractItemModel *model = view->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &MachineSelectionSync::pullFromShared);
    connect(model, &QAbstractItemModel::layoutChanged, this, &MachineSelectionSync::pullFromShared);
    connect(model, &QAbstractItemModel::modelReset, this, &MachineSelectionSync::pullFromShared);
    pullFromShared();
}

void MachineSelectionSync::pushToShared()
{
    if (m_syncing || !m_view)
        return;
    m_syncing = true;
    const MachineTableModel *machines = m_session->machineModel();
    QItemSelection selection;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const int row = machines->rowOf(index.data(m_role).value<MachineId>());
        if (row >= 0)
            selection.select(machines->index(row, 0),
                             machines->index(row, machines->columnCount() - 1));
    }
    m_session->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_syncing = false;
}

void MachineSelectionSync::pullFromShared()
{
    if (m_syncing || !m_view)
        return;
    m_syncing = true;
    const QList<MachineId> selected = m_session->selectedMachines();
    const QSet<MachineId> wanted(selected.cbegin(), selected.cend());
    const QAbstractItemModel *model = m_view->model();
    QItemSelection selection;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (wanted.contains(index.data(m_role).value<MachineId>()))
            selection.select(index, model->index(row, model->columnCount() - 1));
    }
    m_view->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_syncing = false;
}
