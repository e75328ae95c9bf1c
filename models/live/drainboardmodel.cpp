#include "live/drainboardmodel.h"

#include <QSet>

#include <limits>

DrainBoardModel::DrainBoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int DrainBoardModel::rowOf(const MachineId &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].entry.id == id)
            return int(i);
    }
    return -1;
}

void DrainBoardModel::setEntries(const QList<DrainBoard::Entry> &entries, qint64 nowMs)
{
    const bool clockMoved = nowMs != m_nowMs;
    m_nowMs = nowMs;
    QHash<MachineId, int> next;
    for (qsizetype i = 0; i < entries.size(); ++i)
        next.insert(entries[i].id, int(i));

    for (qsizetype r = m_rows.size() - 1; r >= 0; --r) {
        if (next.contains(m_rows[r].entry.id))
            continue;
        qsizetype first = r;
        while (first > 0 && !next.contains(m_rows[first - 1].entry.id))
            --first;
        beginRemoveRows({}, int(first), int(r));
        m_rows.remove(first, r - first + 1);
        endRemoveRows();
        r = first;
    }
    QSet<MachineId> have;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const int at = next.value(m_rows[r].entry.id);
        have.insert(m_rows[r].entry.id);
        const Row updated {entries[at], at};
        // Times shown relative to now ("stuck 5 min", "in 3 min") change with the clock alone.
        if (updated == m_rows[r] && !clockMoved)
            continue;
        m_rows[r] = updated;
        Q_EMIT dataChanged(index(int(r), 0), index(int(r), ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, AttentionRole, BurnDownRole,
                            SortRole});
    }
    QList<Row> added;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!have.contains(entries[i].id))
            added.append(Row {entries[i], int(i)});
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

void DrainBoardModel::setFrameworkNames(const QHash<QString, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, BlockersColumn), index(rowCount() - 1, BlockersColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole});
}

int DrainBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrainBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DrainBoardModel::blockersText(const DrainBoard::Entry &e) const
{
    QStringList parts;
    for (const DrainReadiness::Blocker &b : e.blockers) {
        const QString name = m_names.value(b.frameworkId, b.frameworkId);
        parts << (b.declined ? tr("%1 (declined)").arg(name) : tr("%1 (no answer)").arg(name));
    }
    return parts.join(QStringLiteral(", "));
}

QVariant DrainBoardModel::display(const Row &row, int column) const
{
    const DrainBoard::Entry &e = row.entry;
    switch (column) {
    case AttentionColumn:
        return DrainBoard::attentionText(e.attention, e.sinceLastFallMs);
    case MachineColumn:
        return e.id.hostname.value_or(e.id.ipOrEmpty());
    case TasksColumn:
        return e.tasksLeft;
    case BurnDownColumn:
        return QVariant();
    case BlockersColumn:
        return blockersText(e);
    case EtaColumn:
        return DrainBoard::etaText(e.etaMs, m_nowMs);
    }
    return QVariant();
}

QVariant DrainBoardModel::sortKey(const Row &row, int column) const
{
    const DrainBoard::Entry &e = row.entry;
    switch (column) {
    case AttentionColumn:
    case BurnDownColumn:
        return row.rank;
    case MachineColumn:
        return e.id.hostname.value_or(e.id.ipOrEmpty());
    case TasksColumn:
        return e.tasksLeft;
    case BlockersColumn:
        return int(e.blockers.size());
    case EtaColumn:
        return e.etaMs.value_or(std::numeric_limits<qint64>::max());
    }
    return QVariant();
}

QVariant DrainBoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == BurnDownColumn || index.column() == AttentionColumn) {
            const DrainBoard::Entry &e = row.entry;
            return tr("%1: %2 task(s) left; they last fell %3 ago")
                .arg(e.id.displayName())
                .arg(e.tasksLeft)
                .arg(DrainBoard::durationText(e.sinceLastFallMs));
        }
        if (index.column() == MachineColumn)
            return row.entry.id.displayName();
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == TasksColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case MachineIdRole:
        return QVariant::fromValue(row.entry.id);
    case AttentionRole:
        return int(row.entry.attention);
    case BurnDownRole:
        return QVariant::fromValue(row.entry.burnDown);
    case SortRole:
        return sortKey(row, index.column());
    }
    return {};
}

QVariant DrainBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AttentionColumn:
        return tr("Attention");
    case MachineColumn:
        return tr("Machine");
    case TasksColumn:
        return tr("Tasks left");
    case BurnDownColumn:
        return tr("Burn-down");
    case BlockersColumn:
        return tr("Blocking frameworks");
    case EtaColumn:
        return tr("ETA");
    }
    return {};
}
