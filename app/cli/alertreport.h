#pragma once

#include "alerts/alert.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

/// How slipwayctl prints alerts: `alerts` as blocks and a summary line (or one JSON document),
/// `watch` one line (or one JSON object) per alert raised or cleared. Times in UTC.
class AlertReport
{
    Q_DECLARE_TR_FUNCTIONS(AlertReport)

public:
    /// `warning draining-past-start since 2026-05-01T10:00:00Z`, the cause, the machines, the
    /// action; then "3 alerts: 1 critical, 2 warning" (or "No alerts.").
    static QString toText(const QList<Alert> &alerts);
    /// `{"alerts":[{"kind","severity","since","machines","text",…}],"count":N}`
    static QByteArray toJson(const QList<Alert> &alerts);
    /// One alert as a compact JSON object (no newline), with @p extra fields first, e.g.
    /// `"event":"raised"`.
    static QByteArray alertJson(const Alert &alert, const QList<QPair<QByteArray, QString>> &extra);
    /// One line: `severity kind: cause [machines]`.
    static QString line(const Alert &alert);
    static QString isoTime(qint64 ms);
};
