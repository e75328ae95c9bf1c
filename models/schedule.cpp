#include "schedule.h"

qsizetype Schedule::machineCount() const
{
    qsizetype n = 0;
    for (const MaintenanceWindow &w : windows)
        n += w.machines.size();
    return n;
}

std::optional<qsizetype> Schedule::windowOf(const MachineId &id) const
{
    for (qsizetype i = 0; i < windows.size(); ++i) {
        if (windows[i].machines.contains(id))
            return i;
    }
    return std::nullopt;
}
