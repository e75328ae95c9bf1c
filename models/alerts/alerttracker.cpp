#include "alerts/alerttracker.h"

#include "alerts/alertrules.h"
#include "live/livesnapshot.h"

#include <QSet>

AlertTracker::AlertTracker(QObject *parent)
    : QObject(parent)
{ }

const Alert *AlertTracker::find(const QString &key) const
{
    for (const Alert &a : m_alerts) {
        if (a.key() == key)
            return &a;
    }
    return nullptr;
}

void AlertTracker::update(const LiveSnapshot &snapshot,
                          const QHash<MachineId, DrainHistory> &histories, qint64 nowMs)
{
    rebaseline(snapshot);
    m_sightings.observe(snapshot, nowMs);
    const AlertInput input {snapshot,
                            histories,
                            nowMs,
                            m_settings,
                            m_baseline ? &*m_baseline : nullptr,
                            &m_firstSeen,
                            &m_answered,
                            &m_sightings.since()};
    QHash<QString, qint64> candidates;
    QList<Alert> next = AlertRules::compute(input, &candidates);
    m_firstSeen = std::move(candidates); // a cause that went away starts afresh
    for (const DrainingMachine &d : snapshot.status.draining) {
        for (const InverseOfferStatus &a : d.statuses) {
            if (a.answer != InverseOfferStatus::Answer::Unknown)
                m_answered.insert(a.frameworkId);
        }
    }
    apply(std::move(next));
    m_lastDown = snapshot.status.down;
}

// A DOWN machine leaves the schedule only through /machine/up (a posted schedule must keep it):
// that is maintenance ending, not someone editing the plan, so the baseline follows it.
void AlertTracker::rebaseline(const LiveSnapshot &snapshot)
{
    if (!m_baseline) {
        m_baseline = snapshot.schedule;
        return;
    }
    if (m_lastDown.isEmpty() || *m_baseline == snapshot.schedule)
        return;
    QSet<MachineId> broughtUp;
    for (const MachineId &id : std::as_const(m_lastDown)) {
        const MachineLive *m = snapshot.machine(id);
        if (!m || m->mode == MachineMode::Up)
            broughtUp.insert(id);
    }
    if (broughtUp.isEmpty())
        return;
    for (auto w = m_baseline->windows.begin(); w != m_baseline->windows.end();) {
        w->machines.removeIf([&](const MachineId &id) { return broughtUp.contains(id); });
        w = w->machines.isEmpty() ? m_baseline->windows.erase(w) : w + 1;
    }
}

void AlertTracker::apply(QList<Alert> next)
{
    QHash<QString, qsizetype> previous;
    previous.reserve(m_alerts.size());
    for (qsizetype i = 0; i < m_alerts.size(); ++i)
        previous.insert(m_alerts[i].key(), i);
    QSet<QString> present;
    present.reserve(next.size());
    QList<qsizetype> raised;
    bool changed = false;
    for (qsizetype i = 0; i < next.size(); ++i) {
        Alert &a = next[i];
        const QString key = a.key();
        present.insert(key);
        const auto it = previous.constFind(key);
        if (it == previous.cend()) {
            raised.append(i);
            continue;
        }
        const Alert &old = m_alerts[*it];
        a.sinceMs = qMin(a.sinceMs, old.sinceMs); // the cause has lasted since it was first seen
        changed = changed || !(a == old);
    }
    QList<Alert> cleared;
    for (const Alert &old : std::as_const(m_alerts)) {
        if (!present.contains(old.key()))
            cleared.append(old);
    }
    changed = changed || !raised.isEmpty() || !cleared.isEmpty() || next.size() != m_alerts.size();
    m_alerts = std::move(next);
    for (const Alert &a : std::as_const(cleared))
        Q_EMIT alertCleared(a);
    for (const qsizetype i : std::as_const(raised))
        Q_EMIT alertRaised(m_alerts[i]);
    if (changed)
        Q_EMIT alertsChanged();
}

void AlertTracker::acknowledgeSchedule(const Schedule &schedule)
{
    m_baseline = schedule;
    QList<Alert> next = m_alerts;
    next.removeIf([](const Alert &a) { return a.kind == Alert::Kind::ScheduleChanged; });
    if (next.size() != m_alerts.size())
        apply(std::move(next));
}

void AlertTracker::reset()
{
    m_baseline.reset();
    m_lastDown.clear();
    m_firstSeen.clear();
    m_answered.clear();
    m_sightings.reset();
    if (m_alerts.isEmpty())
        return;
    m_alerts.clear();
    Q_EMIT alertsChanged();
}
