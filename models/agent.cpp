#include "agent.h"

QString Agent::ipFromPid(const QString &pid)
{
    const qsizetype at = pid.indexOf(u'@');
    const qsizetype colon = pid.lastIndexOf(u':');
    if (at < 0 || colon <= at)
        return QString();
    return pid.mid(at + 1, colon - at - 1);
}
