#include "drain/agentdrainactions.h"

#include "drain/agentdraindialog.h"

#include <QAction>
#include <QWidget>

AgentDrainActions::AgentDrainActions(std::function<QList<MachineId>()> selection,
                                     QWidget *dialogParent)
    : QObject(dialogParent)
    , m_selection(std::move(selection))
    , m_dialogParent(dialogParent)
    , m_drain(new QAction(tr("Drain A&gents…"), this))
    , m_deactivate(new QAction(tr("Dea&ctivate Agents…"), this))
    , m_reactivate(new QAction(tr("Reactiv&ate Agents…"), this))
{
    m_drain->setToolTip(tr("DRAIN_AGENT: kill the tasks on the selected machines' agents and keep "
                           "them deactivated (Mesos 1.9+)"));
    m_deactivate->setToolTip(tr("DEACTIVATE_AGENT: no new offers for the selected machines' "
                                "agents; running tasks keep running"));
    m_reactivate->setToolTip(
        tr("REACTIVATE_AGENT: the selected machines' drained or deactivated agents get offers "
           "again"));
    connect(m_drain, &QAction::triggered, this, &AgentDrainActions::askDrain);
    connect(m_deactivate, &QAction::triggered, this, [this] {
        Q_EMIT requested(m_selection(), {AgentDrainRequest::Action::Deactivate, {}, false});
    });
    connect(m_reactivate, &QAction::triggered, this, [this] {
        Q_EMIT requested(m_selection(), {AgentDrainRequest::Action::Reactivate, {}, false});
    });
}

void AgentDrainActions::askDrain()
{
    const QList<MachineId> machines = m_selection();
    if (machines.isEmpty()) {
        // The flow says what to select; no point asking for options first.
        Q_EMIT requested(machines, {});
        return;
    }
    AgentDrainDialog dialog(int(machines.size()), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT requested(machines, dialog.request());
}
