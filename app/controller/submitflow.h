#pragma once

#include "live/livesnapshot.h"
#include "net/mastererror.h"
#include "planning/planningpolicy.h"
#include "review/schedulereview.h"
#include "schedule.h"

#include <QObject>
#include <QPointer>

#include <optional>

class ClusterMonitor;
class DraftSchedule;
class UserPrompts;
class MasterClient;
class ScheduleHistory;

/// "Submit schedule…", one run of it: local validation with the master's rules → a fresh read of
/// the live schedule → if it moved since the draft's base, show their change next to ours and offer
/// to rebase → a structural preview (and who will start draining) → POST → re-read to confirm the
/// master holds exactly what was sent. Right before the POST the live schedule is read once more; a
/// change made while the person was confirming goes back to the rebase step. A rejection shows the
/// master's text and keeps the draft; a dropped connection during the POST ends in a re-read that
/// says whether it was applied. The replaced schedule is kept in the local history; edits made
/// while the submit ran stay in the draft. The flow talks to the endpoint it started with, even if
/// the window connects elsewhere meanwhile. Deletes itself when done.
class SubmitFlow : public QObject
{
    Q_OBJECT

public:
    SubmitFlow(MasterClient *client, ClusterMonitor *monitor, UserPrompts *prompts,
               DraftSchedule *draft, ScheduleHistory *history, const QString &master,
               const Schedule &origin, QObject *parent);

    void start();
    /// The master's planning policy: the preview shows the churn, and a schedule that breaks a
    /// limit is only sent with an override and its reason (issue 13). Limits are shown in
    /// @p timeZone.
    void setPolicy(const PlanningPolicy &policy, const QTimeZone &timeZone);
    /// The override the person gave for the schedule sent; nothing when it kept every limit.
    const std::optional<ScheduleReview::LimitOverride> &limitOverride() const { return m_override; }
    /// The session moved to another master: finish against ours, but leave the draft alone.
    void detach();

Q_SIGNALS:
    void finished(bool submitted);

private:
    void checkLive(const Schedule &live);
    void preview(const Schedule &live, const Schedule &final);
    void recheck(const Schedule &live, const Schedule &final);
    void post(const Schedule &live, const Schedule &final);
    void confirmApplied(const Schedule &live, const Schedule &final, const MasterError &postError);
    /// After success: the draft follows @p final; returns whether edits made meanwhile were kept.
    bool adoptSubmitted(const Schedule &final);
    QList<MachineId> downMachines() const;
    void done(bool submitted);
    bool overrideLimits(const QStringList &violations);
    /// After a submit with an override: its record (ScheduleHistory::keepOverride), else empty.
    QString recordOverride(const Schedule &live, const Schedule &final) const;

    MasterClient *m_client;
    QPointer<ClusterMonitor> m_monitor;
    UserPrompts *m_prompts;
    QPointer<DraftSchedule> m_draft;
    ScheduleHistory *m_history;
    QString m_master;
    Schedule m_origin; ///< the live schedule the draft's edits started from
    std::optional<LiveSnapshot> m_snapshot; ///< the cluster when the flow started
    Schedule m_confirmedDraft; ///< the draft as the person confirmed it
    PlanningPolicy m_policy;
    QTimeZone m_timeZone = QTimeZone::utc();
    std::optional<ScheduleReview::LimitOverride> m_override;
};
