#include "live/answermatrixproxymodel.h"

#include "live/inverseoffermodel.h"
#include "planning/machinefilterproxymodel.h"
#include "planning/machinetablemodel.h"

AnswerMatrixProxyModel::AnswerMatrixProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InverseOfferModel::SortRole);
    setDynamicSortFilter(true);
}

void AnswerMatrixProxyModel::setMachineFilter(QSortFilterProxyModel *machineFilter,
                                              MachineTableModel *machines)
{
    if (m_machineFilter)
        disconnect(m_machineFilter, nullptr, this, nullptr);
    m_machineFilter = machineFilter;
    m_machines = machines;
    if (machineFilter) {
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(machineFilter, signal, this, &AnswerMatrixProxyModel::scheduleRefilter);
        connect(machineFilter, &QAbstractItemModel::layoutChanged, this,
                &AnswerMatrixProxyModel::scheduleRefilter);
        connect(machineFilter, &QAbstractItemModel::modelReset, this,
                &AnswerMatrixProxyModel::scheduleRefilter);
    }
    invalidateFilter();
}

void AnswerMatrixProxyModel::scheduleRefilter()
{
    // A filter text change arrives as many removals and insertions: re-filter once after them.
    if (m_refilterPending)
        return;
    m_refilterPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_refilterPending = false;
            invalidateFilter();
        },
        Qt::QueuedConnection);
}

bool AnswerMatrixProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_machineFilter || !m_machines)
        return true;
    const MachineId id = sourceModel()
                             ->index(sourceRow, 0, sourceParent)
                             .data(InverseOfferModel::MachineIdRole)
                             .value<MachineId>();
    const int row = m_machines->rowOf(id);
    if (row < 0)
        return true; // not in the table yet (refresh in flight): show rather than hide
    return m_machineFilter->mapFromSource(m_machines->index(row, 0)).isValid();
}

bool AnswerMatrixProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == InverseOfferModel::MachineColumn)
        return MachineFilterProxyModel::naturalCompare(left.data(sortRole()).toString(),
                                                       right.data(sortRole()).toString())
            < 0;
    return left.data(sortRole()).toLongLong() < right.data(sortRole()).toLongLong();
}
