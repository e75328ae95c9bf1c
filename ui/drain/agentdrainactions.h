#pragma once

#include "live/agentdrain.h"
#include "machineid.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

/// The agent-draining commands (Mesos 1.9+) on the selected machines: Drain Agents… (asks for
/// the grace period and mark_gone), Deactivate Agents… and Reactivate Agents…. Shared by the
/// Maintenance menu, the machines panel and the timeline's context menu; they only emit the
/// intent, the controller's flow confirms and calls the master.
class AgentDrainActions : public QObject
{
    Q_OBJECT

public:
    AgentDrainActions(std::function<QList<MachineId>()> selection, QWidget *dialogParent);

    QList<QAction *> actions() const { return {m_drain, m_deactivate, m_reactivate}; }

Q_SIGNALS:
    void requested(const QList<MachineId> &machines, const AgentDrainRequest &request);

private:
    void askDrain();

    std::function<QList<MachineId>()> m_selection;
    QWidget *m_dialogParent;
    QAction *m_drain;
    QAction *m_deactivate;
    QAction *m_reactivate;
};
