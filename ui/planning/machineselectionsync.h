#pragma once

#include <QObject>
#include <QPointer>

class PlanningSession;
class QAbstractItemView;

/// Keeps the rows of a view over another list of machines (the drain board, the answers
/// matrix) in step with the session's one machine selection: selecting rows there selects those
/// machines everywhere, and a selection made elsewhere (the timeline, the machines table) shows
/// in the view. For views whose model is not a proxy of the machine table, so that
/// LinkedSelectionModel cannot map it; rows are matched by the MachineId in @p machineIdRole.
class MachineSelectionSync : public QObject
{
    Q_OBJECT

public:
    MachineSelectionSync(QAbstractItemView *view, int machineIdRole, PlanningSession *session);

    /// Selects the view's rows of the machines selected in the session.
    void pullFromShared();
    /// Selects the machines of the view's selected rows in the session (replacing its selection).
    void pushToShared();

private:
    QPointer<QAbstractItemView> m_view;
    int m_role;
    PlanningSession *m_session;
    bool m_syncing = false;
};
