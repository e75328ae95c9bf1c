#include "live/drainreadiness.h"

#include <algorithm>

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

bool DrainReadiness::anyDeclined() const
{
    return std::any_of(blockers.cbegin(), blockers.cend(),
                       [](const Blocker &b) { return b.declined; });
}

QString DrainReadiness::describeNames(const QStringList &names) const
{
    switch (state) {
    case State::NotDraining:
        return QString();
    case State::Ready:
        return tr("ready");
    case State::Blocked:
        break;
    }
    QStringList parts;
    parts.reserve(blockers.size());
    for (qsizetype i = 0; i < blockers.size(); ++i)
        parts << (blockers[i].declined ? tr("%1 declined") : tr("%1 has not answered"))
                     .arg(names.value(i));
    return tr("blocked: %1").arg(parts.join(tr(", ", "between the blockers of a machine")));
}
