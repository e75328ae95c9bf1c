#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

/// How a SimulatedMaster behaves beyond its scenario (the command-line switches).
struct SimOptions
{
    double speed = 1.0; ///< simulated seconds per real second
    QList<QPair<QString, QString>> credentials; ///< non-empty: HTTP Basic auth on, as the master
    QUrl leader; ///< set: act as a non-leading master
    bool noLeader = false; ///< act as a master that knows no leader (503 `No leader elected`)
    QString stateFile; ///< persist schedule and modes here
    QByteArray acls; ///< the master's --acls JSON; empty: everything allowed
    int latencyMs = 0;
    double failRate = 0; ///< share of requests answered 503
    quint64 seed = 1; ///< for --fail-rate
    QString hostname = QStringLiteral("127.0.0.1"); ///< what the master calls itself
    int maxConnections = 512; ///< HTTP connections open at once; more get 503
    // The event stream's failure modes, for tests and demos (simulated seconds; 0: never).
    double heartbeatSecs = 15.0; ///< heartbeat_interval_seconds, and the heartbeat period
    double streamLifetimeSecs = 0; ///< close each event stream this long after it opened
    double streamSilentAfterSecs = 0; ///< then send nothing more on it, leaving it open (hung)
    bool v0Only = false; ///< a master before Mesos 1.0: /api/v1 is 404
    /// SUBSCRIBE is answered `403 Forbidden.` (after the pipeline of API.md §6.1), other calls
    /// as usual: the stream refused by authorization, the console left to poll.
    bool forbidSubscribe = false;
    /// With `leader`: lead for this long, then redirect there (closing event streams); < 0: never.
    double resignAfterSecs = -1;
};
