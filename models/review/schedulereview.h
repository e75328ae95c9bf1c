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
        /// "host (ip)" of each machine, naturally sorted; empty in reviews written before
        /// Slipway listed them (then nothing is checked against it).
        QStringList hostnames;
    };

    /// A machine the master reports DOWN when the review was made, and its zone ("" = unknown).
    struct DownMachine
    {
        QString machine; ///< "host (ip)"
        QString zone;
        friend bool operator==(const DownMachine &, const DownMachine &) = default;
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
    QList<WindowSummary> windows; ///< in time order (older reviews: in the schedule's order)
    QList<DownMachine> down;
    QString pictureFile; ///< the timeline picture beside the review, when one was written
    std::optional<LimitOverride> limitOverride; ///< absent when the schedule keeps every limit

    static constexpr auto kFormat = "slipway-review/1";

    static ScheduleReview build(const Schedule &schedule, const QByteArray &scheduleFileBytes,
                                const std::optional<Schedule> &live,
                                const QList<MachineId> &downMachines,
                                const std::function<QString(const MachineId &)> &zoneOf);
    static QString sha256Of(const QByteArray &bytes);
    /// The windows of @p schedule summarised, in time order (start, then duration, machines and
    /// hostnames), as build() writes them.
    static QList<WindowSummary> summarize(const Schedule &schedule,
                                          const std::function<QString(const MachineId &)> &zoneOf);
    /// A duration as people say it: "2 hours 30 minutes", "1 day", "45 seconds"; "open-ended"
    /// for none.
    static QString durationInWords(const std::optional<qint64> &ns);

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
