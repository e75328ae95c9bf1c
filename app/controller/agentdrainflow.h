#pragma once

#include "agent.h"
#include "live/agentdrain.h"
#include "machineid.h"
#include "net/mastererror.h"

#include <QObject>
#include <QPointer>

class ClusterMonitor;
class MasterClient;
class UserPrompts;
struct LiveSnapshot;

/// Agent draining on some machines, one run (API.md §6.11–6.12): the machines' agents from the
/// live snapshot → the master's refusals checked locally with its texts → the same kind of impact
/// confirmation as Machine Down (tasks that will be killed, per machine); for `mark_gone`, which
/// cannot be undone, one machine at a time and its hostname typed → one call per agent → a
/// report of what the master refused. It talks to the endpoint it started with. Deletes itself
/// when done.
class AgentDrainFlow : public QObject
{
    Q_OBJECT

public:
    AgentDrainFlow(MasterClient *client, ClusterMonitor *monitor, UserPrompts *prompts,
                   QObject *parent);

    void start(const QList<MachineId> &machines, const AgentDrainRequest &request);

Q_SIGNALS:
    /// @p applied: the master accepted the call for every agent.
    void finished(bool applied);

private:
    QString title() const;
    bool collect(const LiveSnapshot &snapshot);
    /// The master's refusal of this request for @p agent, in its words; empty when it accepts.
    QString refusal(const Agent &agent, const LiveSnapshot &snapshot) const;
    bool confirm();
    void sendNext();
    void done(bool applied);

    MasterClient *m_client;
    QPointer<ClusterMonitor> m_monitor;
    UserPrompts *m_prompts;
    QList<MachineId> m_machines;
    AgentDrainRequest m_request;
    QList<Agent> m_agents; ///< to call, in machine order
    QStringList m_failures;
    int m_next = 0;
    bool m_sent = false;
};
