#include "zonecollapse.h"

#include "planning/zonegroupmodel.h"

#include <QItemSelectionModel>

void ZoneCollapse::toggle(ZoneGroupModel *groups, QItemSelectionModel *selection, int row)
{
    if (groups)
        setCollapsed(groups, selection, row, !groups->isCollapsed(groups->zoneOfRow(row)));
}

void ZoneCollapse::setCollapsed(ZoneGroupModel *groups, QItemSelectionModel *selection, int row,
                                bool collapsed)
{
    if (!groups || row < 0 || row >= groups->rowCount())
        return;
    const QString zone = groups->zoneOfRow(row);
    if (groups->isCollapsed(zone) == collapsed)
        return;
    if (!collapsed) {
        groups->setCollapsed(zone, false);
        const QList<QPersistentModelIndex> hidden = m_hiddenSelection.take(zone);
        if (!selection)
            return;
        QItemSelection reselect;
        for (const QPersistentModelIndex &source : hidden) {
            const QModelIndex proxy = groups->mapFromSource(source);
            if (proxy.isValid())
                reselect.select(proxy, proxy.siblingAtColumn(groups->columnCount() - 1));
        }
        selection->select(reselect, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        return;
    }
    QList<QPersistentModelIndex> hidden;
    if (selection) {
        for (const QModelIndex &index : selection->selectedRows(0)) {
            if (!groups->isHeader(index.row()) && groups->zoneOfRow(index.row()) == zone)
                hidden.append(groups->mapToSource(index));
        }
    }
    m_hiddenSelection.insert(zone, hidden);
    groups->setCollapsed(zone, true);
}
