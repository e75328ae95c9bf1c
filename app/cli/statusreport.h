#pragma once

#include "live/livesnapshot.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// What `slipwayctl status` says about a cluster, built from one LiveSnapshot: one row per
/// machine, DRAINING and DOWN machines first, and the totals. Pure, so tests can drive it without
/// a master.
class StatusReport
{
public:
    /// One framework's position on a draining machine.
    struct Answer
    {
        QString frameworkId;
        QString framework; ///< name, or the id when the master does not know the framework
        QString answer; ///< `ACCEPT`, `DECLINE` or `no answer`
        std::optional<qint64> timestampNs;
        /// Its live tasks on the machine, when the master's data counts them per framework.
        std::optional<int> tasks;
    };
    struct Row
    {
        MachineId id;
        MachineMode mode = MachineMode::Up;
        std::optional<Unavailability> window;
        int agents = 0;
        qint64 tasks = 0;
        QList<Answer> answers;
        DrainReadiness readiness;
        QString readinessText; ///< `ready`, `blocked: marathon declined`, or empty
    };

    /// @p nowNs is the reference for answer ages.
    StatusReport(const LiveSnapshot &snapshot, qint64 nowNs);

    const QList<Row> &rows() const { return m_rows; }
    int count(MachineMode mode) const;
    int readyCount() const { return m_ready; }
    int blockedCount() const { return m_blocked; }
    qint64 tasksOnDraining() const { return m_tasksOnDraining; }

    /// An aligned table and a summary line.
    QString toText() const;
    /// The same facts as a JSON document.
    QByteArray toJson() const;

    /// `45s`, `12m`, `3h`, `2d` (negative ages, from clock skew, count as 0).
    static QString age(qint64 ns);

private:
    QString summary() const;

    QList<Row> m_rows;
    qint64 m_nowNs = 0;
    int m_ready = 0;
    int m_blocked = 0;
    qint64 m_tasksOnDraining = 0;
};
