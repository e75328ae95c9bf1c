#pragma once

#include "alerts/alert.h"
#include "alerts/alertsettings.h"
#include "alerts/frameworksightings.h"
#include "live/drainhistory.h"
#include "schedule.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

struct LiveSnapshot;

/// The alerts over time: after each refresh it computes the causes that hold (AlertRules) and
/// compares them with the last refresh's, by cause (Alert::key()). A new cause is raised once; it
/// keeps its "since" across refreshes while it lasts, and is cleared when it goes away; only then
/// may it be raised again. It also keeps the baseline schedule for schedule-changed: the live
/// schedule when it started, or what this console submitted or acknowledged since; and when it
/// first saw each framework, for masters that do not say when one registered.
class AlertTracker : public QObject
{
    Q_OBJECT

public:
    explicit AlertTracker(QObject *parent = nullptr);

    void setSettings(const AlertSettings &settings) { m_settings = settings; }
    const AlertSettings &settings() const { return m_settings; }

    /// Applies a refresh: emits alertRaised / alertCleared per cause, then alertsChanged if
    /// anything (even a text) changed.
    void update(const LiveSnapshot &snapshot, const QHash<MachineId, DrainHistory> &histories,
                qint64 nowMs);
    /// The current alerts, in the rules' order.
    const QList<Alert> &alerts() const { return m_alerts; }
    qsizetype count() const { return m_alerts.size(); }
    const Alert *find(const QString &key) const;

    /// @p schedule is what this console expects on the master now (it submitted it, or a person
    /// acknowledged a change): a schedule-changed alert for it clears at once.
    void acknowledgeSchedule(const Schedule &schedule);
    /// Another master: forgets every alert (without clearing them one by one) and the baseline.
    void reset();

Q_SIGNALS:
    void alertRaised(const Alert &alert);
    void alertCleared(const Alert &alert);
    void alertsChanged();

private:
    void rebaseline(const LiveSnapshot &snapshot);
    void apply(QList<Alert> next);

    AlertSettings m_settings;
    QList<Alert> m_alerts;
    std::optional<Schedule> m_baseline;
    QList<MachineId> m_lastDown;
    QHash<QString, qint64> m_firstSeen; ///< causes without a time of their own
    QSet<QString> m_answered; ///< frameworks seen answering an inverse offer
    FrameworkSightings m_sightings;
};
