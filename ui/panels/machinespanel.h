#pragma once

#include "machineid.h"

#include <QWidget>

class PlanningSession;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

/// The machines table: sortable and filterable, mode as a coloured badge, tasks, zone, window and
/// readiness; it shows the session's machine model and its one selection, which the timeline
/// shares.
class MachinesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MachinesPanel(PlanningSession *session, QWidget *parent = nullptr);

    QList<MachineId> selectedMachines() const;
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void selectionChanged();

private:
    PlanningSession *m_session;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
};
