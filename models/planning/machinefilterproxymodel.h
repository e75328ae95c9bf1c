#pragma once

#include "machinemode.h"

#include <QSortFilterProxyModel>

#include <optional>

/// Filters the machine table by a text matched against hostname, IP, zone and mode, and by mode;
/// sorts by the chosen column but always by zone first, so that the zone groups stay contiguous
/// for ZoneGroupModel. Hostnames compare naturally ("node-9" before "node-10").
class MachineFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MachineFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    std::optional<MachineMode> modeFilter() const { return m_mode; }
    void setModeFilter(std::optional<MachineMode> mode);

    /// Negative, zero or positive like strcmp; digit runs compare by value.
    static int naturalCompare(QStringView a, QStringView b);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    std::optional<MachineMode> m_mode;
};
