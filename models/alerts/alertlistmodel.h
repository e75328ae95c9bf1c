#pragma once

#include "alerts/alert.h"

#include <QAbstractTableModel>
#include <QList>

/// The current alerts as a table for the Alerts panel: severity, kind, since, machines, cause
/// and the action Slipway can take. setAlerts() applies a new list by cause (Alert::key()): rows
/// of causes that went away are removed, new causes appended, the others updated in place, so a
/// selection survives refreshes. Sort and filter through AlertFilterProxyModel.
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        KindColumn,
        SinceColumn,
        MachinesColumn,
        CauseColumn,
        ColumnCount
    };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int: Alert::Kind
        SeverityRole, ///< int: Alert::Severity
        SinceRole, ///< qint64 ms since the epoch
        KeyRole, ///< QString: the cause's identity
        SortRole, ///< what the column sorts by
    };
    Q_ENUM(Role)

    explicit AlertListModel(QObject *parent = nullptr);

    void setAlerts(const QList<Alert> &alerts);
    const Alert &alert(int row) const { return m_alerts.at(row); }
    const QList<Alert> &alerts() const { return m_alerts; }
    /// Since-times are shown in UTC or in local time.
    void setUtc(bool utc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString machinesText(const Alert &a) const;

    QList<Alert> m_alerts;
    bool m_utc = false;
};
