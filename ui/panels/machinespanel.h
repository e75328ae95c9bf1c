#pragma once

#include "machineid.h"

#include <QWidget>

class QAbstractItemModel;
class QItemSelectionModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

/// The machines table: sortable and filterable, mode as a coloured badge, tasks, zone, window and
/// readiness; it shares the timeline's machine model.
class MachinesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MachinesPanel(QAbstractItemModel *machines, QWidget *parent = nullptr);

    QList<MachineId> selectedMachines() const;
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void selectionChanged();

private:
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
};
