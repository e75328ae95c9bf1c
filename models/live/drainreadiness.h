#pragma once

#include "inverseofferstatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// Whether a DRAINING machine can be taken down without surprising anyone: it is **ready** when it
/// has no tasks left, or when every framework with tasks on it has accepted the inverse offer (its
/// latest answer counts); it is **blocked** while one of them declined or has not answered, and
/// the blockers are named. This is the one readiness rule: the machine table and timeline, the
/// down confirmation and `slipwayctl status` all map this result.
struct DrainReadiness
{
    Q_DECLARE_TR_FUNCTIONS(DrainReadiness)

public:
    enum class State { NotDraining, Ready, Blocked };

    struct Blocker
    {
        QString frameworkId;
        bool declined = false; ///< false: no answer yet
        friend bool operator==(const Blocker &, const Blocker &) = default;
    };

    State state = State::NotDraining;
    QList<Blocker> blockers;

    static DrainReadiness evaluate(bool draining, qint64 taskCount,
                                   const QStringList &frameworksWithTasks,
                                   const QList<InverseOfferStatus> &answers);

    /// Blocked, and at least one blocker said no (rather than not answering yet).
    bool anyDeclined() const;

    /// "ready", "blocked: marathon declined, spark has not answered" (translated), with framework
    /// names looked up through @p nameOf (id → name; the id is shown when the name is unknown).
    template<typename NameOf>
    QString describe(NameOf nameOf) const;

    friend bool operator==(const DrainReadiness &, const DrainReadiness &) = default;

private:
    /// describe() with the blockers' names already looked up, in the order of blockers.
    QString describeNames(const QStringList &names) const;
};

template<typename NameOf>
QString DrainReadiness::describe(NameOf nameOf) const
{
    QStringList names;
    names.reserve(blockers.size());
    for (const Blocker &b : blockers) {
        QString name = nameOf(b.frameworkId);
        names << (name.isEmpty() ? b.frameworkId : name);
    }
    return describeNames(names);
}
