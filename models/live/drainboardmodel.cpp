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
    // Changed rows as contiguous ranges. A change of the order's inputs (attention, place,
    // tasks, ETA, blockers) names SortRole; a new burn-down sample or the clock alone ("stuck
    // 5 min", "in 3 min") only repaints, so the sorted proxy is not asked to sort again.
    QSet<MachineId> have;
    const QList<int> full
        = {Qt::DisplayRole, Qt::ToolTipRole, AttentionRole, BurnDownRole, SortRole};
    const QList<int> light = {Qt::DisplayRole, Qt::ToolTipRole, BurnDownRole};
    QList<int> kinds(m_rows.size(), 0); // 0 unchanged, 1 light, 2 full
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const int at = next.value(m_rows[r].entry.id);
        have.insert(m_rows[r].entry.id);
        Row updated {entries[at], at};
        Row &row = m_rows[r];
        const bool burnDown = updated.entry.burnDown != row.entry.burnDown;
        updated.entry.burnDown.swap(row.entry.burnDown);
        const bool order = !(updated == row);
        updated.entry.burnDown.swap(row.entry.burnDown);
        kinds[r] = order ? 2 : (burnDown || clockMoved) ? 1 : 0;
        if (kinds[r] != 0)
            row = std::move(updated);
    }
    for (const int kind : {2, 1}) {
        qsizetype r = 0;
        while (r < kinds.size()) {
            if (kinds[r] != kind) {
                ++r;
                continue;
            }
            const qsizetype first = r;
            while (r + 1 < kinds.size() && kinds[r + 1] == kind)
                ++r;
            Q_EMIT dataChanged(index(int(first), 0), index(int(r), ColumnCount - 1),
                               kind == 2 ? full : light);
            ++r;
        }
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
    const bool counted = e.blockerTasks.size() == e.blockers.size();
    for (qsizetype i = 0; i < e.blockers.size(); ++i) {
        const DrainReadiness::Blocker &b = e.blockers.at(i);
        const QString name = m_names.value(b.frameworkId, b.frameworkId);
        if (counted) {
            const int n = e.blockerTasks.at(i);
            parts << (b.declined ? tr("%1 (declined, %n task(s))", "", n)
                                 : tr("%1 (no answer, %n task(s))", "", n))
                         .arg(name);
        } else {
            parts << (b.declined ? tr("%1 (declined)") : tr("%1 (no answer)")).arg(name);
        }
    }
    return parts.join(QStringLiteral(", "));
}

QVariant DrainBoardModel::display(const Row &row, int column) const
{
    const DrainBoard::Entry &e = row.entry;
    switch (column) {
    case AttentionColumn:
        return DrainBoard::attentionText(e.attention, std::max<qint64>(0, m_nowMs - e.lastFallMs));
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
                .arg(DrainBoard::durationText(std::max<qint64>(0, m_nowMs - e.lastFallMs)));
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
