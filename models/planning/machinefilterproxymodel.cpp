#include "machinefilterproxymodel.h"

#include "machinetablemodel.h"

MachineFilterProxyModel::MachineFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(MachineTableModel::HostnameColumn);
}

void MachineFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void MachineFilterProxyModel::setModeFilter(std::optional<MachineMode> mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    invalidateFilter();
}

bool MachineFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    if (m_mode && source->data(index, MachineTableModel::ModeRole).toInt() != int(*m_mode))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int role : {MachineTableModel::HostnameRole, MachineTableModel::IpRole,
                     MachineTableModel::ZoneRole}) {
        if (source->data(index, role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    const auto mode = MachineMode(source->data(index, MachineTableModel::ModeRole).toInt());
    const auto drain
        = AgentDrain::State(source->data(index, MachineTableModel::AgentDrainRole).toInt());
    return machineModeName(mode).contains(m_text, Qt::CaseInsensitive)
        || (drain != AgentDrain::State::None
            && AgentDrain::name(drain).contains(m_text, Qt::CaseInsensitive));
}

int MachineFilterProxyModel::naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const QChar ca = a[i];
        const QChar cb = b[j];
        if (ca.isDigit() && cb.isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei] == u'0')
                ++ei;
            while (ej < b.size() && b[ej] == u'0')
                ++ej;
            qsizetype si = ei;
            qsizetype sj = ej;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            if (ei - si != ej - sj)
                return ei - si < ej - sj ? -1 : 1;
            if (const int c = a.mid(si, ei - si).compare(b.mid(sj, ej - sj)); c != 0)
                return c;
            i = ei;
            j = ej;
            continue;
        }
        const QChar la = ca.toLower();
        const QChar lb = cb.toLower();
        if (la != lb)
            return la < lb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    if (j < b.size())
        return -1;
    return 0;
}

bool MachineFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QAbstractItemModel *source = sourceModel();
    const QString zl = source->data(left, MachineTableModel::ZoneRole).toString();
    const QString zr = source->data(right, MachineTableModel::ZoneRole).toString();
    if (const int c = naturalCompare(zl, zr); c != 0)
        return sortOrder() == Qt::AscendingOrder ? c < 0 : c > 0;
    int c = 0;
    switch (left.column()) {
    case MachineTableModel::IpColumn: {
        auto value = [](const QString &ip) {
            quint64 v = 0;
            for (QStringView part : QStringView(ip).split(u'.'))
                v = v * 256 + part.toUInt();
            return v;
        };
        const quint64 a = value(source->data(left, MachineTableModel::IpRole).toString());
        const quint64 b = value(source->data(right, MachineTableModel::IpRole).toString());
        c = a < b ? -1 : (a > b ? 1 : 0);
        break;
    }
    case MachineTableModel::ModeColumn:
        c = source->data(left, MachineTableModel::ModeRole).toInt()
            - source->data(right, MachineTableModel::ModeRole).toInt();
        break;
    case MachineTableModel::WindowColumn: {
        const QVariant a = source->data(left, MachineTableModel::WindowStartRole);
        const QVariant b = source->data(right, MachineTableModel::WindowStartRole);
        if (a.isValid() != b.isValid())
            c = a.isValid() ? -1 : 1;
        else if (a.isValid())
            c = a.toLongLong() < b.toLongLong() ? -1 : (a.toLongLong() > b.toLongLong() ? 1 : 0);
        break;
    }
    default:
        break;
    }
    if (c == 0)
        c = naturalCompare(source->data(left, MachineTableModel::HostnameRole).toString(),
                           source->data(right, MachineTableModel::HostnameRole).toString());
    return c < 0;
}
