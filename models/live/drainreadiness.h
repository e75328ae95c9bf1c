#pragma once

#include "inverseofferstatus.h"

#include <QList>
#include <QString>
#include <QStringList>

/// Whether a DRAINING machine can be taken down without surprising anyone: it is **ready** when it
/// has no tasks left, or when every framework with tasks on it has accepted the inverse offer; it
/// is
/// **blocked** while one of them declined or has not answered, and the blockers are named.
struct DrainReadiness
{
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

    /// "ready", "blocked: marathon declined, spark has not answered", with framework names
    /// looked up through @p nameOf (id → name; the id is shown when the name is unknown).
    template<typename NameOf>
    QString describe(NameOf nameOf) const;

    friend bool operator==(const DrainReadiness &, const DrainReadiness &) = default;
};

template<typename NameOf>
QString DrainReadiness::describe(NameOf nameOf) const
{
    switch (state) {
    case State::NotDraining:
        return QString();
    case State::Ready:
        return QStringLiteral("ready");
    case State::Blocked:
        break;
    }
    QStringList parts;
    for (const Blocker &b : blockers) {
        QString name = nameOf(b.frameworkId);
        if (name.isEmpty())
            name = b.frameworkId;
        parts << name
                + (b.declined ? QStringLiteral(" declined") : QStringLiteral(" has not answered"));
    }
    return QStringLiteral("blocked: ") + parts.join(QStringLiteral(", "));
}
