#pragma once

#include <QHash>
#include <QSet>
#include <QString>

struct LiveSnapshot;

/// When this console first saw each framework, for data that does not say when a framework
/// registered (the v0 state summary): a framework that appears after the first look counts from
/// the look that first showed it; one already there at the first look may have registered long
/// ago, and stays unknown. A framework that goes away is forgotten, so that one registering again
/// counts afresh. AlertTracker keeps one, and so does `slipwayctl alerts` while it watches: a
/// framework cannot owe an answer since before it registered (AlertInput::frameworkSince).
class FrameworkSightings
{
public:
    /// Takes in the frameworks of @p snapshot, seen at its time (or @p nowMs without one).
    void observe(const LiveSnapshot &snapshot, qint64 nowMs);
    /// Framework ID → first seen (ms since the epoch), for those first seen after the first look.
    const QHash<QString, qint64> &since() const { return m_since; }
    void reset();

private:
    QSet<QString> m_seen;
    QHash<QString, qint64> m_since;
    bool m_looked = false;
};
