#pragma once

#include "machineid.h"
#include "net/mastererror.h"

#include <QObject>
#include <QPointer>

class ClusterMonitor;
class MasterClient;
class UserPrompts;
struct LiveSnapshot;

/// "Start maintenance" (`/machine/down`) or "End maintenance" (`/machine/up`) on some machines,
/// one run: refuse locally with the master's texts what it would refuse → a confirmation that
/// says what happens to running tasks → the call → on a failure, a read of the status decides
/// whether it was applied anyway (a lost answer whose resend was refused). It talks to the
/// endpoint it started with, even if the window connects elsewhere meanwhile. Deletes itself
/// when done.
class MaintenanceFlow : public QObject
{
    Q_OBJECT

public:
    MaintenanceFlow(MasterClient *client, ClusterMonitor *monitor, UserPrompts *prompts,
                    QObject *parent);

    /// @p down: take the machines down, else bring them up.
    void start(const QList<MachineId> &machines, bool down);

Q_SIGNALS:
    /// @p applied: the master now reports the machines in the asked mode.
    void finished(bool applied);

private:
    QString title() const;
    bool checkLocally(const LiveSnapshot *snapshot);
    bool confirm(const LiveSnapshot &snapshot);
    void send();
    void checkAfterFailure(const MasterError &error);
    void done(bool applied);

    MasterClient *m_client;
    QPointer<ClusterMonitor> m_monitor;
    UserPrompts *m_prompts;
    QList<MachineId> m_machines;
    bool m_down = true;
    bool m_sent = false; ///< the call went out: the monitor re-reads when done
};
