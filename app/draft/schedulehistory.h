#pragma once

#include "schedule.h"

#include <QDateTime>
#include <QList>
#include <QString>

/// The schedules Slipway replaced on a master, kept locally so that a submit can be undone by
/// restoring the previous one. Each is a file the master accepts as it is.
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

private:
    QString directoryFor(const QString &master) const;
    QString m_directory;
};
