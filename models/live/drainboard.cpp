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
        if (a.lastFallMs != b.lastFallMs)
            return a.lastFallMs < b.lastFallMs;
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
    // Hostnames compare without building keys: this runs n·log n times per refresh.
    const int byHost = a.id.hostnameOrEmpty().compare(b.id.hostnameOrEmpty(), Qt::CaseInsensitive);
    if (byHost != 0)
        return byHost < 0;
    return a.id.ipOrEmpty() < b.id.ipOrEmpty();
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
        if (m.countsPerFramework()) {
            e.blockerTasks.reserve(e.blockers.size());
            for (const DrainReadiness::Blocker &b : std::as_const(e.blockers))
                e.blockerTasks.append(m.tasksOf(b.frameworkId).value_or(0));
        }
        const auto h = histories.constFind(m.id);
        if (h != histories.cend()) {
            e.burnDown = h->samples();
            e.lastFallMs = lastFallMs(*h);
            e.etaMs = e.tasksLeft > 0 ? h->etaMs() : std::optional<qint64>(nowMs);
        }
        const bool blocked = m.readiness.state == DrainReadiness::State::Blocked;
        if (h == histories.cend())
            e.lastFallMs = nowMs;
        e.attention = attentionOf(e.tasksLeft, blocked, std::max<qint64>(0, nowMs - e.lastFallMs),
                                  stuckAfterMs);
        if (e.attention == Attention::Stuck || e.attention == Attention::StuckAndBlocked)
            e.etaMs.reset(); // not falling: no honest ETA
        entries.append(std::move(e));
    }
    std::stable_sort(entries.begin(), entries.end(), &DrainBoard::before);
    return entries;
}

std::optional<DrainHistory::Sample>
DrainBoard::totalNow(const QHash<MachineId, DrainHistory> &histories)
{
    if (histories.isEmpty())
        return std::nullopt;
    qint64 at = std::numeric_limits<qint64>::min();
    qint64 sum = 0;
    for (const DrainHistory &h : histories) {
        if (h.samples().isEmpty())
            continue;
        at = std::max(at, h.samples().constLast().atMs);
        sum += h.tasksLeft();
    }
    if (at == std::numeric_limits<qint64>::min())
        return std::nullopt;
    return DrainHistory::Sample {at, int(std::min<qint64>(sum, std::numeric_limits<int>::max()))};
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
