#include "live/drainboard.h"

#include "live/livesnapshot.h"

#include <algorithm>
#include <limits>

DrainBoard::Attention DrainBoard::attentionOf(int tasksLeft, bool blocked, qint64 sinceLastFallMs,
                                              qint64 stuckAfterMs)
{
    if (tasksLeft <= 0)
        return Attention::Drained;
    const bool stuck = sinceLastFallMs >= stuckAfterMs;
    if (stuck && blocked)
        return Attention::StuckAndBlocked;
    if (stuck)
        return Attention::Stuck;
    return blocked ? Attention::Blocked : Attention::Draining;
}

qint64 DrainBoard::lastFallMs(const DrainHistory &history)
{
    const QList<DrainHistory::Sample> &s = history.samples();
    for (qsizetype i = s.size() - 1; i > 0; --i) {
        if (s[i].tasks < s[i - 1].tasks)
            return s[i].atMs;
    }
    return history.startedAtMs();
}

bool DrainBoard::before(const Entry &a, const Entry &b)
{
    if (a.attention != b.attention)
        return int(a.attention) < int(b.attention);
    switch (a.attention) {
    case Attention::StuckAndBlocked:
    case Attention::Stuck:
        // The longest stuck first.
        if (a.sinceLastFallMs != b.sinceLastFallMs)
            return a.sinceLastFallMs > b.sinceLastFallMs;
        break;
    case Attention::Blocked:
    case Attention::Draining: {
        const qint64 ea = a.etaMs.value_or(std::numeric_limits<qint64>::max());
        const qint64 eb = b.etaMs.value_or(std::numeric_limits<qint64>::max());
        if (ea != eb)
            return ea < eb;
        break;
    }
    case Attention::Drained:
        break;
    }
    if (a.tasksLeft != b.tasksLeft)
        return a.tasksLeft > b.tasksLeft;
    return a.id.lookupKey() < b.id.lookupKey();
}

QList<DrainBoard::Entry> DrainBoard::build(const QList<MachineLive> &machines,
                                           const QHash<MachineId, DrainHistory> &histories,
                                           qint64 nowMs, qint64 stuckAfterMs)
{
    QList<Entry> entries;
    for (const MachineLive &m : machines) {
        if (m.mode != MachineMode::Draining)
            continue;
        Entry e;
        e.id = m.id;
        e.tasksLeft = int(std::min<qint64>(m.tasks, std::numeric_limits<int>::max()));
        e.blockers = m.readiness.blockers;
        const auto h = histories.constFind(m.id);
        if (h != histories.cend()) {
            e.burnDown = h->samples();
            e.sinceLastFallMs = std::max<qint64>(0, nowMs - lastFallMs(*h));
            e.etaMs = e.tasksLeft > 0 ? h->etaMs() : std::optional<qint64>(nowMs);
        }
        const bool blocked = m.readiness.state == DrainReadiness::State::Blocked;
        e.attention = attentionOf(e.tasksLeft, blocked, e.sinceLastFallMs, stuckAfterMs);
        if (e.attention == Attention::Stuck || e.attention == Attention::StuckAndBlocked)
            e.etaMs.reset(); // not falling: no honest ETA
        entries.append(std::move(e));
    }
    std::stable_sort(entries.begin(), entries.end(), &DrainBoard::before);
    return entries;
}

QList<DrainHistory::Sample>
DrainBoard::totalTasksLeft(const QHash<MachineId, DrainHistory> &histories)
{
    // A sweep over every sample as a change of that machine's count: sort by time, add up.
    struct Change
    {
        qint64 atMs;
        int delta;
    };
    QList<Change> changes;
    for (const DrainHistory &h : histories) {
        int previous = 0;
        for (const DrainHistory::Sample &s : h.samples()) {
            changes.append({s.atMs, s.tasks - previous});
            previous = s.tasks;
        }
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change &a, const Change &b) { return a.atMs < b.atMs; });
    QList<DrainHistory::Sample> total;
    qint64 sum = 0;
    for (const Change &c : std::as_const(changes)) {
        sum += c.delta;
        const int value = int(std::clamp<qint64>(sum, 0, std::numeric_limits<int>::max()));
        if (!total.isEmpty() && total.constLast().atMs == c.atMs)
            total.last().tasks = value;
        else
            total.append({c.atMs, value});
    }
    return total;
}

QString DrainBoard::durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min").arg(s / 60);
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString DrainBoard::attentionText(Attention attention, qint64 sinceLastFallMs)
{
    switch (attention) {
    case Attention::StuckAndBlocked:
        return tr("stuck %1, blocked").arg(durationText(sinceLastFallMs));
    case Attention::Stuck:
        return tr("stuck %1").arg(durationText(sinceLastFallMs));
    case Attention::Blocked:
        return tr("blocked");
    case Attention::Draining:
        return tr("draining");
    case Attention::Drained:
        return tr("no tasks left");
    }
    return QString();
}

QString DrainBoard::etaText(const std::optional<qint64> &etaMs, qint64 nowMs)
{
    if (!etaMs)
        return QStringLiteral("—");
    if (*etaMs <= nowMs)
        return tr("now");
    return tr("in %1").arg(durationText(*etaMs - nowMs));
}
