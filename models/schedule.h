#pragma once

#include "maintenancewindow.h"

#include <QList>

#include <optional>

/// The master's one maintenance schedule: windows in posted order, machines in posted spelling.
struct Schedule
{
    QList<MaintenanceWindow> windows;

    qsizetype machineCount() const;
    bool isEmpty() const { return windows.isEmpty(); }
    /// Index of the window holding @p id (master equality), if any.
    std::optional<qsizetype> windowOf(const MachineId &id) const;

    friend bool operator==(const Schedule &, const Schedule &) = default;
};
