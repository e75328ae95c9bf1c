#include "live/drainreadiness.h"

DrainReadiness DrainReadiness::evaluate(bool draining, qint64 taskCount,
                                        const QStringList &frameworksWithTasks,
                                        const QList<InverseOfferStatus> &answers)
{
    DrainReadiness r;
    if (!draining)
        return r;
    r.state = State::Ready;
    if (taskCount <= 0)
        return r;
    for (const QString &framework : frameworksWithTasks) {
        // Several agents may report for one machine: the latest answer of the framework counts.
        const InverseOfferStatus *latest = nullptr;
        for (const InverseOfferStatus &a : answers) {
            if (a.frameworkId == framework && (!latest || a.timestampNs >= latest->timestampNs))
                latest = &a;
        }
        if (latest && latest->answer == InverseOfferStatus::Answer::Accept)
            continue;
        r.blockers.append(
            {framework, latest && latest->answer == InverseOfferStatus::Answer::Decline});
    }
    if (!r.blockers.isEmpty())
        r.state = State::Blocked;
    return r;
}
