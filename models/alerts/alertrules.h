#pragma once

#include "alerts/alert.h"
#include "alerts/alertsettings.h"
#include "live/drainhistory.h"
#include "live/livesnapshot.h"

#include <QHash>
#include <QList>
#include <QSet>

/// The alert rules: which causes hold right now, computed from one live snapshot, the drain
/// histories the monitor keeps, a baseline schedule and the time. Pure: the same input gives the
/// same alerts, so the GUI and `slipwayctl alerts`/`watch` agree. AlertTracker adds memory.
///
/// - draining-past-start: machines of a window still DRAINING (and not ready) a grace after
///   the window started; one alert per window.
/// - down-past-end: machines of a window still DOWN a grace after it ended; per window.
/// - ready-idle: machines ready (drainreadiness) inside their window for longer than a grace,
///   while nobody started maintenance; per window.
/// - stuck-drain: a DRAINING machine whose tasks left have not fallen for the stuck period (needs
///   its drain history), naming the frameworks that hold them; per machine.
/// - silent-framework: a framework that has answered no inverse offer on any draining machine
///   where it has tasks, for longer than a grace; per framework. Its offers count as out since
///   another framework answered on the machine, but never since before it registered.
/// - agent-lost: a DRAINING machine without a connected agent (disconnected, unreachable or
///   never registered); per machine, critical inside its window.
/// - schedule-changed: the live schedule differs from the baseline (what this console last saw
///   as agreed), structurally described.
struct AlertInput
{
    const LiveSnapshot &snapshot;
    const QHash<MachineId, DrainHistory> &histories;
    qint64 nowMs = 0;
    AlertSettings settings;
    const Schedule *baseline = nullptr; ///< none: no schedule-changed alert
    /// When causes without a time of their own (a silent framework, a lost agent) were first
    /// seen, by Alert::key(); AlertTracker keeps it across refreshes.
    const QHash<QString, qint64> *firstSeen = nullptr;
    /// Frameworks seen answering an inverse offer before (answers are wiped whenever a schedule
    /// is posted): those are not silent.
    const QSet<QString> *answeredBefore = nullptr;
    /// Since when each framework has been known, where the snapshot does not say when it
    /// registered (Framework::registeredAtMs): it cannot have owed an answer since before that.
    /// FrameworkSightings keeps it.
    const QHash<QString, qint64> *frameworkSince = nullptr;
};

namespace AlertRules {

/// The alerts that hold. @p candidates, when given, receives every cause of the kinds without
/// a time of their own that holds now, due or not yet, with the time it is counted from.
QList<Alert> compute(const AlertInput &input, QHash<QString, qint64> *candidates = nullptr);

/// Since when @p m (DRAINING, ready) has been ready, as far as the data tells: the latest accept
/// of a framework with tasks there, else the start of the last stretch without tasks in its
/// history; never before @p windowStartMs.
qint64 readySinceMs(const MachineLive &m, const DrainHistory *history, qint64 windowStartMs);
/// When the tasks left on a machine last fell (the history's start if they never did); nothing
/// without samples.
std::optional<qint64> lastFallMs(const DrainHistory &history);

} // namespace AlertRules
