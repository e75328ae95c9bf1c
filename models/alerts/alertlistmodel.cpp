#include "alerts/alertlistmodel.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

AlertListModel::AlertListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AlertListModel::setAlerts(const QList<Alert> &alerts)
{
    QHash<QString, qsizetype> next;
    next.reserve(alerts.size());
    for (qsizetype i = 0; i < alerts.size(); ++i)
        next.insert(alerts[i].key(), i);
    for (int row = int(m_alerts.size()) - 1; row >= 0; --row) {
        if (next.contains(m_alerts[row].key()))
            continue;
        beginRemoveRows({}, row, row);
        m_alerts.removeAt(row);
        endRemoveRows();
    }
    QSet<QString> present;
    for (int row = 0; row < m_alerts.size(); ++row) {
        const QString key = m_alerts[row].key();
        present.insert(key);
        const Alert &updated = alerts[next.value(key)];
        if (updated == m_alerts[row])
            continue;
        m_alerts[row] = updated;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    QList<Alert> added;
    for (const Alert &a : alerts) {
        if (!present.contains(a.key()))
            added.append(a);
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_alerts.size()), int(m_alerts.size() + added.size() - 1));
    m_alerts.append(added);
    endInsertRows();
}

void AlertListModel::setUtc(bool utc)
{
    if (utc == m_utc)
        return;
    m_utc = utc;
    if (!m_alerts.isEmpty())
        Q_EMIT dataChanged(index(0, SinceColumn), index(rowCount() - 1, SinceColumn),
                           {Qt::DisplayRole});
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertListModel::machinesText(const Alert &a) const
{
    if (a.machines.isEmpty())
        return QString();
    if (a.machines.size() == 1)
        return a.machines.first().displayName();
    return tr("%1 and %n more", "", int(a.machines.size() - 1))
        .arg(a.machines.first().displayName());
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_alerts.at(index.row());
    switch (role) {
    case KindRole:
        return int(a.kind);
    case SeverityRole:
        return int(a.severity);
    case SinceRole:
        return a.sinceMs;
    case KeyRole:
        return a.key();
    case Qt::ToolTipRole:
        return QStringList({a.cause, a.suggestion}).join(u'\n');
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(a.severity);
        case KindColumn:
            return Alert::kindTitle(a.kind);
        case SinceColumn:
            return a.sinceMs;
        case MachinesColumn:
            return int(a.machines.size());
        default:
            return a.cause;
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return Alert::severityTitle(a.severity);
        case KindColumn:
            return Alert::kindTitle(a.kind);
        case SinceColumn: {
            const QDateTime t
                = QDateTime::fromMSecsSinceEpoch(a.sinceMs, m_utc ? Qt::UTC : Qt::LocalTime);
            return QString(t.toString(u"yyyy-MM-dd HH:mm"_s) + (m_utc ? u" UTC"_s : QString()));
        }
        case MachinesColumn:
            return machinesText(a);
        case CauseColumn:
            return a.cause;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Alert");
    case SinceColumn:
        return tr("Since");
    case MachinesColumn:
        return tr("Machines");
    case CauseColumn:
        return tr("Cause");
    }
    return {};
}
