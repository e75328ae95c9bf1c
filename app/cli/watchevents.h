#pragma once

#include "alerts/alert.h"
#include "live/livesnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

/// What `slipwayctl watch` prints: one line per event, as text or as one JSON object per line.
/// snapshot() compares a refresh with the previous one (mode changes, new answers, tasks left on
/// each draining machine); the alert lines come from AlertTracker's signals. Pure, for tests.
class WatchEvents
{
    Q_DECLARE_TR_FUNCTIONS(WatchEvents)

public:
    explicit WatchEvents(bool json)
        : m_json(json)
    { }

    QStringList snapshot(const LiveSnapshot &snapshot, qint64 nowMs);
    QString alertRaised(const Alert &alert, qint64 nowMs) const;
    QString alertCleared(const Alert &alert, qint64 nowMs) const;
    /// The master became unreachable (@p error) or reachable again (empty @p error).
    QString connection(const QString &error, qint64 nowMs) const;

private:
    struct Seen
    {
        MachineMode mode = MachineMode::Up;
        qint64 tasks = -1;
        QHash<QString, InverseOfferStatus> answers; ///< latest per framework
    };

    QString modeLine(const MachineId &id, MachineMode from, MachineMode to, qint64 nowMs) const;
    QString answerLine(const LiveSnapshot &s, const MachineId &id, const InverseOfferStatus &a,
                       qint64 nowMs) const;
    QString tasksLine(const MachineId &id, qint64 tasks, qint64 nowMs) const;

    bool m_json;
    QHash<MachineId, Seen> m_seen; ///< DRAINING and DOWN machines of the last refresh
};
