#include "schedulediff.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

QHash<MachineId, qsizetype> windowIndex(const Schedule &s)
{
    QHash<MachineId, qsizetype> index;
    index.reserve(s.machineCount());
    for (qsizetype w = 0; w < s.windows.size(); ++w) {
        for (const MachineId &m : s.windows[w].machines)
            index.insert(m, w);
    }
    return index;
}

// Pairs each draft window with a base window, greedily by the number of shared machines.
QList<qsizetype> pairWindows(const Schedule &base, const Schedule &draft,
                             const QHash<MachineId, qsizetype> &baseIndex)
{
    QList<qsizetype> draftToBase(draft.windows.size(), -1);
    struct Candidate
    {
        qsizetype shared;
        bool sameTime;
        qsizetype draft;
        qsizetype base;
    };
    QList<Candidate> candidates;
    for (qsizetype d = 0; d < draft.windows.size(); ++d) {
        QHash<qsizetype, qsizetype> shared;
        for (const MachineId &m : draft.windows[d].machines) {
            if (const auto it = baseIndex.constFind(m); it != baseIndex.cend())
                ++shared[*it];
        }
        for (auto it = shared.cbegin(); it != shared.cend(); ++it)
            candidates.append(
                {it.value(),
                 base.windows[it.key()].unavailability == draft.windows[d].unavailability, d,
                 it.key()});
        // A window with the same time but no shared machines still counts as the same window.
        for (qsizetype b = 0; b < base.windows.size(); ++b) {
            if (!shared.contains(b)
                && base.windows[b].unavailability == draft.windows[d].unavailability)
                candidates.append({0, true, d, b});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.shared != b.shared)
            return a.shared > b.shared;
        if (a.sameTime != b.sameTime)
            return a.sameTime;
        return a.draft != b.draft ? a.draft < b.draft : a.base < b.base;
    });
    QList<bool> baseTaken(base.windows.size(), false);
    for (const Candidate &c : candidates) {
        if (draftToBase[c.draft] != -1 || baseTaken[c.base])
            continue;
        draftToBase[c.draft] = c.base;
        baseTaken[c.base] = true;
    }
    return draftToBase;
}

QString formatNs(qint64 ns, const QTimeZone &timeZone)
{
    // UTC as "…Z", other zones with their offset.
    if (timeZone == QTimeZone::utc())
        return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODate);
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, timeZone).toString(Qt::ISODate);
}

QString formatDuration(std::optional<qint64> ns)
{
    if (!ns)
        return u"open-ended"_s;
    const qint64 minutes = *ns / 60000000000LL;
    if (minutes % 60 == 0)
        return u"%1h"_s.arg(minutes / 60);
    return u"%1h%2m"_s.arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace

QString ScheduleDiff::formatUnavailability(const Unavailability &u, const QTimeZone &timeZone)
{
    return formatNs(u.startNs, timeZone) + u" for "_s + formatDuration(u.durationNs);
}

ScheduleDiff ScheduleDiff::compute(const Schedule &base, const Schedule &draft)
{
    ScheduleDiff diff;
    const QHash<MachineId, qsizetype> baseIndex = windowIndex(base);
    const QHash<MachineId, qsizetype> draftIndex = windowIndex(draft);
    const QList<qsizetype> draftToBase = pairWindows(base, draft, baseIndex);
    QList<qsizetype> baseToDraft(base.windows.size(), -1);
    for (qsizetype d = 0; d < draftToBase.size(); ++d) {
        if (draftToBase[d] >= 0)
            baseToDraft[draftToBase[d]] = d;
    }

    for (qsizetype d = 0; d < draft.windows.size(); ++d) {
        const MaintenanceWindow &w = draft.windows[d];
        const qsizetype b = draftToBase[d];
        if (b < 0) {
            diff.windows.append({WindowChange::Kind::Added, -1, d, std::nullopt, w.unavailability,
                                 w.machines.size()});
            continue;
        }
        const Unavailability &before = base.windows[b].unavailability;
        const bool moved = before.startNs != w.unavailability.startNs;
        const bool resized = before.durationNs != w.unavailability.durationNs;
        if (moved || resized) {
            const WindowChange::Kind kind = moved && resized ? WindowChange::Kind::MovedAndResized
                : moved                                      ? WindowChange::Kind::Moved
                                                             : WindowChange::Kind::Resized;
            diff.windows.append({kind, b, d, before, w.unavailability, w.machines.size()});
        }
    }
    for (qsizetype b = 0; b < base.windows.size(); ++b) {
        if (baseToDraft[b] < 0)
            diff.windows.append({WindowChange::Kind::Removed, b, -1, base.windows[b].unavailability,
                                 std::nullopt, base.windows[b].machines.size()});
    }

    for (qsizetype d = 0; d < draft.windows.size(); ++d) {
        for (const MachineId &m : draft.windows[d].machines) {
            const Unavailability &after = draft.windows[d].unavailability;
            const auto it = baseIndex.constFind(m);
            if (it == baseIndex.cend()) {
                diff.machines.append({MachineChange::Kind::Added, m, -1, d, std::nullopt, after});
                continue;
            }
            const Unavailability &before = base.windows[*it].unavailability;
            if (draftToBase[d] != *it)
                diff.machines.append(
                    {MachineChange::Kind::MovedBetweenWindows, m, *it, d, before, after});
            else if (before != after)
                diff.machines.append({MachineChange::Kind::Retimed, m, *it, d, before, after});
        }
    }
    for (qsizetype b = 0; b < base.windows.size(); ++b) {
        for (const MachineId &m : base.windows[b].machines) {
            if (!draftIndex.contains(m))
                diff.machines.append({MachineChange::Kind::Removed, m, b, -1,
                                      base.windows[b].unavailability, std::nullopt});
        }
    }
    return diff;
}

qsizetype ScheduleDiff::count(MachineChange::Kind kind) const
{
    return std::count_if(machines.cbegin(), machines.cend(),
                         [kind](const MachineChange &c) { return c.kind == kind; });
}

qsizetype ScheduleDiff::count(WindowChange::Kind kind) const
{
    return std::count_if(windows.cbegin(), windows.cend(),
                         [kind](const WindowChange &c) { return c.kind == kind; });
}

QStringList ScheduleDiff::describe(const QTimeZone &timeZone) const
{
    QStringList lines;
    for (const WindowChange &w : windows) {
        switch (w.kind) {
        case WindowChange::Kind::Added:
            lines << u"+ window %1: %2, %3 machine(s)"_s.arg(w.draftIndex + 1)
                         .arg(formatUnavailability(*w.after, timeZone))
                         .arg(w.machineCount);
            break;
        case WindowChange::Kind::Removed:
            lines << u"- window %1: %2, %3 machine(s)"_s.arg(w.baseIndex + 1)
                         .arg(formatUnavailability(*w.before, timeZone))
                         .arg(w.machineCount);
            break;
        case WindowChange::Kind::Moved:
        case WindowChange::Kind::Resized:
        case WindowChange::Kind::MovedAndResized:
            lines << u"~ window %1: %2 -> %3"_s.arg(w.draftIndex + 1)
                         .arg(formatUnavailability(*w.before, timeZone),
                              formatUnavailability(*w.after, timeZone));
            break;
        }
    }
    for (const MachineChange &m : machines) {
        const QString name = m.machine.displayName();
        switch (m.kind) {
        case MachineChange::Kind::Added:
            lines << u"+ %1 (window %2)"_s.arg(name).arg(m.draftWindow + 1);
            break;
        case MachineChange::Kind::Removed:
            lines << u"- %1 (was in window %2)"_s.arg(name).arg(m.baseWindow + 1);
            break;
        case MachineChange::Kind::MovedBetweenWindows:
            lines << u"> %1: window %2 -> window %3"_s.arg(name)
                         .arg(m.baseWindow + 1)
                         .arg(m.draftWindow + 1);
            break;
        case MachineChange::Kind::Retimed:
            break; // covered by its window's line
        }
    }
    return lines;
}
