#pragma once

#include "schedule.h"
#include "json/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/// The review record written next to an exported schedule ("Export for review…"): who, why, when,
/// for which master, what changes against the live schedule, whether the master would accept it,
/// machine counts and zones per window, and the SHA-256 of the schedule file, so a reviewer can
/// check that what they approved is what gets submitted. The schedule itself stays in its own file.
struct ScheduleReview
{
    struct WindowSummary
    {
        qint64 startNs = 0;
        std::optional<qint64> durationNs;
        int machines = 0;
        QHash<QString, int> zones; ///< zone → machines ("" = unknown)
    };

    /// The limits of the planning policy the schedule breaks, and why the author goes ahead.
    struct LimitOverride
    {
        QString reason;
        QStringList violations;
        friend bool operator==(const LimitOverride &, const LimitOverride &) = default;
    };

    QString author;
    QString reason;
    QDateTime createdAt;
    QString master;
    QString scheduleFile; ///< file name, relative to the review file
    QString sha256; ///< of the schedule file's bytes, hex
    bool valid = false;
    QString validationError;
    QStringList changes; ///< ScheduleDiff against the live schedule, one line each
    QList<WindowSummary> windows;
    std::optional<LimitOverride> limitOverride; ///< absent when the schedule keeps every limit

    static constexpr auto kFormat = "slipway-review/1";

    static ScheduleReview build(const Schedule &schedule, const QByteArray &scheduleFileBytes,
                                const std::optional<Schedule> &live,
                                const QList<MachineId> &downMachines,
                                const std::function<QString(const MachineId &)> &zoneOf);
    static QString sha256Of(const QByteArray &bytes);

    /// The review file's bytes (`slipway-review/1`, indented, same review → same bytes).
    QByteArray toJson() const;
    /// Reads a review file; errors name the JSON path of what is wrong.
    static Result<ScheduleReview> fromJson(QByteArrayView bytes);

    /// The review as a terminal shows it.
    QString render() const;

    /// What this review claims that @p scheduleBytes contradict, one line each: the window
    /// summary (start, duration, machines, zone totals) and the verdict, recomputed with the
    /// master's rules. Which machines are DOWN only the cluster knows, so a refusal for a DOWN
    /// machine that the schedule leaves out stands. Empty: everything checkable agrees.
    QStringList mismatches(const QByteArray &scheduleBytes) const;
    /// Whether @p name is a plain file name (the schedule must sit beside its review): not
    /// empty, no directory part, not `.` or `..`, not absolute.
    static bool isPlainFileName(const QString &name);
};
