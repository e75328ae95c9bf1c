#include "alerts/frameworksightings.h"

#include "live/livesnapshot.h"

void FrameworkSightings::observe(const LiveSnapshot &snapshot, qint64 nowMs)
{
    const qint64 at = snapshot.takenAtMs > 0 ? snapshot.takenAtMs : nowMs;
    const QList<Framework> &frameworks = snapshot.cluster.frameworks;
    QSet<QString> present;
    present.reserve(frameworks.size());
    for (const Framework &fw : frameworks) {
        present.insert(fw.id);
        if (!m_seen.contains(fw.id)) {
            m_seen.insert(fw.id);
            if (m_looked)
                m_since.insert(fw.id, at);
        }
    }
    m_looked = true;
    if (m_seen.size() == present.size())
        return; // nobody left (every ID present was seen)
    m_seen.removeIf([&present](const QString &id) { return !present.contains(id); });
    m_since.removeIf(
        [&present](QHash<QString, qint64>::iterator it) { return !present.contains(it.key()); });
}

void FrameworkSightings::reset()
{
    m_seen.clear();
    m_since.clear();
    m_looked = false;
}
