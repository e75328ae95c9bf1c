#include "alerts/alertfilterproxymodel.h"

#include "alerts/alertlistmodel.h"

AlertFilterProxyModel::AlertFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AlertListModel::SortRole);
    setDynamicSortFilter(true);
}

void AlertFilterProxyModel::setKind(std::optional<Alert::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void AlertFilterProxyModel::setMinimumSeverity(Alert::Severity severity)
{
    if (severity == m_minimum)
        return;
    m_minimum = severity;
    invalidateFilter();
}

bool AlertFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(AlertListModel::KindRole).toInt() != int(*m_kind))
        return false;
    return index.data(AlertListModel::SeverityRole).toInt() >= int(m_minimum);
}
