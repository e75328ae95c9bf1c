#pragma once

#include "schedule.h"

#include <QDateTime>
#include <QList>
#include <QString>

/// The schedules Slipway replaced on a master, kept locally so that a submit can be undone by
/// restoring the previous one. Each is a file the master accepts as it is.
struct ScheduleReview;

class ScheduleHistory
{
public:
    struct Entry
    {
        QString path;
        QDateTime replacedAt;
    };

    explicit ScheduleHistory(const QString &directory = QString());

    /// Keeps @p schedule, replaced on @p master just now; returns the file, empty on failure.
    QString keep(const QString &master, const Schedule &schedule) const;
    QList<Entry> entries(const QString &master) const;
    /// Keeps the record of a submit to @p master that went ahead against the planning limits:
    /// the schedule sent and its review (with the override and its reason) beside it, as
    /// "Export for Review" writes them. Returns the review file, empty on failure.
    QString keepOverride(const QString &master, const QByteArray &scheduleBytes,
                         ScheduleReview review) const;

private:
    QString directoryFor(const QString &master) const;
    QString m_directory;
};
