#include "agent.h"

#include <limits>

QString Agent::ipFromPid(const QString &pid)
{
    const qsizetype at = pid.indexOf(u'@');
    const qsizetype colon = pid.lastIndexOf(u':');
    if (at < 0 || colon <= at)
        return QString();
    return pid.mid(at + 1, colon - at - 1);
}

void Agent::addFrameworksTo(QStringList &machineFrameworks) const
{
    if (machineFrameworks.isEmpty()) {
        machineFrameworks = frameworkIds; // mostly one agent per machine: share the list
        return;
    }
    for (const QString &fw : frameworkIds) {
        if (!machineFrameworks.contains(fw))
            machineFrameworks.append(fw);
    }
}

void Agent::addFrameworksTo(QStringList &machineFrameworks, QList<int> &machineCounts) const
{
    if (machineFrameworks.isEmpty()) {
        // Mostly one agent per machine: share both lists.
        machineFrameworks = frameworkIds;
        machineCounts = frameworkTaskCounts;
        return;
    }
    const bool counted = countsPerFramework() && machineCounts.size() == machineFrameworks.size();
    if (!counted)
        machineCounts.clear(); // a total without its parts: unknown, never a wrong number
    for (qsizetype i = 0; i < frameworkIds.size(); ++i) {
        const QString &fw = frameworkIds.at(i);
        const qsizetype at = machineFrameworks.indexOf(fw);
        if (at < 0) {
            machineFrameworks.append(fw);
            if (counted)
                machineCounts.append(frameworkTaskCounts.at(i));
        } else if (counted) {
            const qint64 sum = qint64(machineCounts.at(at)) + frameworkTaskCounts.at(i);
            machineCounts[at] = int(qMin<qint64>(sum, std::numeric_limits<int>::max()));
        }
    }
}
