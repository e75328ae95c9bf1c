#include "zonegroupmodel.h"

#include "machinetablemodel.h"

#include <QItemSelection>

using namespace Qt::StringLiterals;

ZoneGroupModel::ZoneGroupModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void ZoneGroupModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        auto begin = [this] {
            beginLayout();
        };
        auto end = [this] {
            endLayout();
        };
        m_connections = {
            connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, begin),
            connect(source, &QAbstractItemModel::rowsInserted, this, end),
            connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin),
            connect(source, &QAbstractItemModel::rowsRemoved, this, end),
            connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this, begin),
            connect(source, &QAbstractItemModel::rowsMoved, this, end),
            connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, begin),
            connect(source, &QAbstractItemModel::layoutChanged, this, end),
            connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                    [this] { beginResetModel(); }),
            connect(source, &QAbstractItemModel::modelReset, this,
                    [this] {
                        rebuild();
                        endResetModel();
                    }),
            connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this,
                    [this] { beginResetModel(); }),
            connect(source, &QAbstractItemModel::columnsInserted, this,
                    [this] {
                        rebuild();
                        endResetModel();
                    }),
            connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this,
                    [this] { beginResetModel(); }),
            connect(source, &QAbstractItemModel::columnsRemoved, this,
                    [this] {
                        rebuild();
                        endResetModel();
                    }),
            connect(source, &QAbstractItemModel::dataChanged, this,
                    &ZoneGroupModel::onSourceDataChanged),
            connect(source, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
        };
    }
    rebuild();
    endResetModel();
}

void ZoneGroupModel::rebuild()
{
    m_rows.clear();
    m_groups.clear();
    const QAbstractItemModel *source = sourceModel();
    const int n = source ? source->rowCount() : 0;
    m_proxyOf.fill(-1, n);
    m_rows.reserve(n + 16);
    for (int s = 0; s < n; ++s) {
        const QString zone = source->index(s, 0).data(MachineTableModel::ZoneRole).toString();
        if (m_groups.isEmpty() || m_groups.last().zone != zone) {
            m_groups.append(Group {zone, 0, int(m_rows.size()), s});
            m_rows.append(Entry {-1, int(m_groups.size()) - 1});
        }
        Group &g = m_groups.last();
        ++g.size;
        if (m_collapsed.contains(zone) == m_pending.contains(int(m_groups.size()) - 1)) {
            m_proxyOf[s] = int(m_rows.size());
            m_rows.append(Entry {s, int(m_groups.size()) - 1});
        }
    }
}

void ZoneGroupModel::beginLayout()
{
    if (m_layoutDepth++ > 0)
        return;
    Q_EMIT layoutAboutToBeChanged();
    m_savedProxy = persistentIndexList();
    m_savedSource.clear();
    m_savedZones.clear();
    for (const QModelIndex &p : std::as_const(m_savedProxy)) {
        m_savedSource.append(QPersistentModelIndex(mapToSource(p)));
        m_savedZones.append(isHeader(p.row()) ? zoneOfRow(p.row()) : QString());
    }
}

void ZoneGroupModel::endLayout()
{
    if (--m_layoutDepth > 0)
        return;
    rebuild();
    QModelIndexList now;
    now.reserve(m_savedProxy.size());
    for (qsizetype i = 0; i < m_savedProxy.size(); ++i) {
        const QModelIndex &old = m_savedProxy[i];
        if (m_savedSource[i].isValid()) {
            now.append(mapFromSource(m_savedSource[i]));
            continue;
        }
        QModelIndex found;
        if (isHeader(old.row())) {
            for (const Group &g : std::as_const(m_groups)) {
                if (g.zone == m_savedZones[i]) {
                    found = index(g.headerRow, old.column());
                    break;
                }
            }
        }
        now.append(found);
    }
    changePersistentIndexList(m_savedProxy, now);
    m_savedProxy.clear();
    m_savedSource.clear();
    m_savedZones.clear();
    Q_EMIT layoutChanged();
}

void ZoneGroupModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    if (roles.isEmpty() || roles.contains(MachineTableModel::ZoneRole)) {
        for (int s = topLeft.row(); s <= bottomRight.row(); ++s) {
            const int p = m_proxyOf.value(s, -1);
            const QString zone
                = sourceModel()->index(s, 0).data(MachineTableModel::ZoneRole).toString();
            const bool moved = p < 0 ? true : m_groups[m_rows[p].group].zone != zone;
            if (moved) {
                beginLayout();
                endLayout();
                return;
            }
        }
    }
    int first = -1;
    int last = -1;
    auto flush = [&] {
        if (first >= 0)
            Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()),
                               roles);
    };
    for (int s = topLeft.row(); s <= bottomRight.row(); ++s) {
        const int p = m_proxyOf.value(s, -1);
        if (p < 0)
            continue;
        if (first >= 0 && p == last + 1) {
            last = p;
            continue;
        }
        flush();
        first = last = p;
    }
    flush();
}

void ZoneGroupModel::setCollapsed(const QString &zone, bool collapsed)
{
    if (m_collapsed.contains(zone) == collapsed)
        return;
    // A zone may have several runs (unsorted source). They change one at a time, last first, so
    // that every announced range is exact; the runs still waiting keep their old state.
    QList<int> groups;
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].zone == zone)
            groups.prepend(g);
    }
    if (collapsed)
        m_collapsed.insert(zone);
    else
        m_collapsed.remove(zone);
    m_pending = QSet<int>(groups.cbegin(), groups.cend());
    for (int g : std::as_const(groups)) {
        const int header = m_groups[g].headerRow;
        const int size = m_groups[g].size;
        if (collapsed)
            beginRemoveRows({}, header + 1, header + size);
        else
            beginInsertRows({}, header + 1, header + size);
        // The header keeps its old label until the rows have gone or come.
        m_labelPending.insert(g);
        m_pending.remove(g);
        rebuild();
        if (collapsed)
            endRemoveRows();
        else
            endInsertRows();
        m_labelPending.remove(g);
        Q_EMIT dataChanged(index(header, 0), index(header, columnCount() - 1),
                           {Qt::DisplayRole, GroupCollapsedRole});
    }
}

QString ZoneGroupModel::zoneOfRow(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_groups[m_rows[row].group].zone;
}

QList<int> ZoneGroupModel::headerRows() const
{
    QList<int> rows;
    rows.reserve(m_groups.size());
    for (const Group &g : m_groups)
        rows.append(g.headerRow);
    return rows;
}

QModelIndex ZoneGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ZoneGroupModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ZoneGroupModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int ZoneGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ZoneGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool ZoneGroupModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex ZoneGroupModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_rows.size())
        return {};
    const int s = m_rows[proxyIndex.row()].sourceRow;
    return s < 0 ? QModelIndex() : sourceModel()->index(s, proxyIndex.column());
}

QModelIndex ZoneGroupModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_proxyOf.size())
        return {};
    const int p = m_proxyOf[sourceIndex.row()];
    return p < 0 ? QModelIndex() : index(p, sourceIndex.column());
}

QItemSelection ZoneGroupModel::mapSelectionToSource(const QItemSelection &selection) const
{
    QItemSelection out;
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return out;
    for (const QItemSelectionRange &range : selection) {
        if (range.model() != this)
            continue;
        auto add = [&](int first, int last) {
            out.append(QItemSelectionRange(source->index(first, range.left()),
                                           source->index(last, range.right())));
        };
        for (int row = range.top(); row <= range.bottom() && row < m_rows.size(); ++row) {
            const Entry &e = m_rows[row];
            if (e.sourceRow >= 0) {
                add(e.sourceRow, e.sourceRow);
            } else if (const Group &g = m_groups[e.group]; g.size > 0) {
                add(g.firstSource, g.firstSource + g.size - 1);
            }
        }
    }
    return out;
}

QVariant ZoneGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_rows[index.row()];
    if (e.sourceRow >= 0) {
        if (role == GroupHeaderRole)
            return false;
        return sourceModel()->index(e.sourceRow, index.column()).data(role);
    }
    const Group &g = m_groups[e.group];
    const bool collapsed = m_collapsed.contains(g.zone)
        != (m_pending.contains(e.group) || m_labelPending.contains(e.group));
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() != 0)
            return QString();
        return QString((collapsed ? u"\u25B8 "_s : u"\u25BE "_s)
                       + tr("%1 (%n machine(s))", nullptr, g.size)
                             .arg(g.zone.isEmpty() ? tr("No zone") : g.zone));
    case GroupHeaderRole:
        return true;
    case GroupCollapsedRole:
        return collapsed;
    case GroupSizeRole:
        return g.size;
    case MachineTableModel::ZoneRole:
        return g.zone;
    }
    return {};
}

QVariant ZoneGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

Qt::ItemFlags ZoneGroupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isHeader(index.row()))
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return sourceModel()->flags(mapToSource(index));
}
