#include "agent.h"

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
