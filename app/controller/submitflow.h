#pragma once

#include "net/mastererror.h"
#include "schedule.h"

#include <QObject>
#include <QPointer>

class ClusterMonitor;
class DraftSchedule;
class UserPrompts;
class MasterClient;
class ScheduleHistory;

/// "Submit schedule…", one run of it: local validation with the master's rules → a fresh read of
/// the live schedule → if it moved since the draft's base, show their change next to ours and offer
/// to rebase → a structural preview (and who will start draining) → POST → re-read to confirm the
/// master holds exactly what was sent. A rejection shows the master's text and keeps the draft; a
/// dropped connection during the POST ends in a re-read that says whether it was applied. The
/// replaced schedule is kept in the local history. Deletes itself when done.
class SubmitFlow : public QObject
{
    Q_OBJECT

public:
    SubmitFlow(MasterClient *client, ClusterMonitor *monitor, UserPrompts *prompts,
               DraftSchedule *draft, ScheduleHistory *history, const QString &master,
               const Schedule &origin, QObject *parent);

    void start();

Q_SIGNALS:
    void finished(bool submitted);

private:
    void checkLive(const Schedule &live);
    void preview(const Schedule &live, const Schedule &final);
    void post(const Schedule &live, const Schedule &final);
    void confirmApplied(const Schedule &live, const Schedule &final, const MasterError &postError);
    void done(bool submitted);

    MasterClient *m_client;
    ClusterMonitor *m_monitor;
    UserPrompts *m_prompts;
    QPointer<DraftSchedule> m_draft;
    ScheduleHistory *m_history;
    QString m_master;
    Schedule m_origin; ///< the live schedule the draft's edits started from
};
