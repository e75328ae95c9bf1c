#pragma once

#include "machineid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Something on the cluster that needs a person: its kind, how bad it is, since when, the
/// machines it is about, the cause in words and what resolves it. Two alerts with the same key()
/// have the same cause: AlertTracker raises each cause once and clears it when it goes away.
struct Alert
{
    Q_DECLARE_TR_FUNCTIONS(Alert)

public:
    enum class Kind {
        DrainingPastStart,
        DownPastEnd,
        ReadyIdle,
        StuckDrain,
        SilentFramework,
        AgentLost,
        ScheduleChanged,
    };
    static constexpr int kKindCount = 7;
    enum class Severity { Info, Warning, Critical };
    /// What Slipway itself can do about it (a button in the Alerts panel).
    enum class Action { None, StartMaintenance, BringUp, Acknowledge };

    Kind kind = Kind::DrainingPastStart;
    Severity severity = Severity::Warning;
    qint64 sinceMs = 0; ///< when the cause began (or was first seen), ms since the epoch
    QList<MachineId> machines;
    QString cause; ///< what happened, translated
    QString suggestion; ///< what resolves it, translated
    QStringList details; ///< more lines, e.g. a schedule change line by line
    Action action = Action::None;
    QString subject; ///< what the cause is about besides its kind: a window, machine, framework

    /// The identity of the cause: kind and subject.
    QString key() const;

    /// `draining-past-start`, …: the stable names the CLI prints and the JSON carries.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    /// "Draining past start", …: translated, for titles and filters.
    static QString kindTitle(Kind kind);
    /// `info`, `warning`, `critical`.
    static QString severityName(Severity severity);
    static QString severityTitle(Severity severity);
    /// The button's text for @p action ("Bring Up", …); empty for None.
    static QString actionTitle(Action action);

    friend bool operator==(const Alert &, const Alert &) = default;
};
