#pragma once

#include "schedule.h"
#include "simtypes.h"

#include <QList>
#include <QString>

#include <optional>

/// What the master keeps in its registry: the schedule and the DRAINING/DOWN machines. Saved
/// atomically (QSaveFile) so a crash never leaves half a file.
class StateFile
{
public:
    struct Contents
    {
        Schedule schedule;
        QList<MachineEntry> machines;
    };

    explicit StateFile(const QString &path)
        : m_path(path)
    { }

    /// Nothing when the file does not exist; an error text when it cannot be read.
    std::optional<Contents> load(QString *error) const;
    bool save(const Schedule &schedule, const QList<MachineEntry> &machines, QString *error) const;

private:
    QString m_path;
};
