#pragma once

#include "live/drainhistory.h"
#include "live/drainreadiness.h"
#include "machineid.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

struct MachineLive;

/// The drain board's rules, pure: one entry per DRAINING machine with what an on-call person
/// needs (tasks left, burn-down, the frameworks that hold it up, ETA), and the order of
/// attention. A machine is **stuck** when it still has tasks and their number has not fallen for
/// stuckAfterMs; **blocked** when a framework with tasks there declined or never answered (the
/// DrainReadiness rule). Stuck and blocked come first, then stuck, then blocked, then the others
/// by ETA (soonest first, no ETA last), and machines with no tasks left at the end.
class DrainBoard
{
    Q_DECLARE_TR_FUNCTIONS(DrainBoard)

public:
    static constexpr qint64 kDefaultStuckAfterMs = 15 * 60 * 1000;

    enum class Attention {
        StuckAndBlocked,
        Stuck,
        Blocked,
        Draining, ///< tasks left, falling or not yet long flat, nobody refusing
        Drained, ///< no tasks left
    };

    struct Entry
    {
        MachineId id;
        int tasksLeft = 0;
        QList<DrainReadiness::Blocker> blockers;
        /// The live tasks of each blocker, in order; empty when not counted per framework.
        QList<int> blockerTasks;
        Attention attention = Attention::Draining;
        qint64 lastFallMs = 0; ///< when the tasks left last fell (absolute: entries stay equal
                               ///< from one refresh to the next while nothing happens)
        std::optional<qint64> etaMs; ///< when it has no tasks left at the recent rate
        QList<DrainHistory::Sample> burnDown;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    /// The entries of every DRAINING machine of @p machines (a snapshot's), in attention order.
    static QList<Entry> build(const QList<MachineLive> &machines,
                              const QHash<MachineId, DrainHistory> &histories, qint64 nowMs,
                              qint64 stuckAfterMs = kDefaultStuckAfterMs);
    static Attention attentionOf(int tasksLeft, bool blocked, qint64 sinceLastFallMs,
                                 qint64 stuckAfterMs);
    /// When the tasks left last fell (the start of the history when they never did).
    static qint64 lastFallMs(const DrainHistory &history);
    /// The attention order: true when @p a needs a person before @p b.
    static bool before(const Entry &a, const Entry &b);
    /// The total of tasks left over all @p histories now: at the latest sample time of any of
    /// them, the sum of each one's latest count. Nothing when there is no history. Recorded once
    /// per refresh into a DrainHistory of its own, it is the burn-down of the whole drain (and
    /// costs one pass over the draining machines, not over their samples).
    static std::optional<DrainHistory::Sample>
    totalNow(const QHash<MachineId, DrainHistory> &histories);

    /// "stuck 23 min", "blocked", "draining", "drained" (translated).
    static QString attentionText(Attention attention, qint64 sinceLastFallMs);
    /// "14:05:10" style ETA text is the view's; this is the remaining time: "3 min", "—".
    static QString etaText(const std::optional<qint64> &etaMs, qint64 nowMs);
    static QString durationText(qint64 ms);
};

Q_DECLARE_METATYPE(DrainHistory::Sample)
