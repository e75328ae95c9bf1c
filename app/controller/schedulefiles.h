#pragma once

#include <QObject>

class ClusterMonitor;
class PlanningSession;
class ScheduleHistory;
struct LiveSnapshot;
struct Schedule;
class UserPrompts;

/// The schedule files of the Maintenance menu: export the draft or the live schedule exactly as
/// the master accepts it, export the draft for review (the schedule, a review file and a picture of
/// the timeline beside it), draw the draft's timeline as a picture,
/// import a schedule into the draft, and restore a schedule that a submit replaced. Every question
/// and answer goes through UserPrompts; an import or restore is one undo step.
class ScheduleFiles : public QObject
{
    Q_OBJECT

public:
    ScheduleFiles(PlanningSession *session, ClusterMonitor *monitor, ScheduleHistory *history,
                  UserPrompts *prompts, QObject *parent);

    /// @p live: the master's schedule, else the draft.
    void exportSchedule(bool live);
    /// Writes the draft to @p path and its review beside it; @p master names where it is meant.
    void exportForReview(const QString &author, const QString &reason, const QString &path,
                         const QString &master);
    /// Asks for a .png or .svg file and draws the draft's timeline into it, marked against the
    /// live schedule of @p master (TimelineImage).
    void exportTimelineImage(const QString &master);
    /// Asks for a file and imports it into the draft.
    void importSchedule();
    /// Offers the schedules that submits to @p master replaced; the chosen one becomes the draft.
    void restoreReplaced(const QString &master);
    /// Reads @p path into the draft as one undo step named @p undoText; false when refused.
    bool importFile(const QString &path, const QString &undoText);

private:
    /// Draws the draft against the live schedule into @p path; an error text, empty on success.
    QString writeTimelineImage(const QString &path, const QString &title) const;
    /// Offers to keep the DOWN machines that @p schedule (from the file @p name) leaves out;
    /// false when the user declines.
    bool keepDownMachines(Schedule &schedule, const LiveSnapshot &snapshot, const QString &name);

    PlanningSession *m_session;
    ClusterMonitor *m_monitor;
    ScheduleHistory *m_history;
    UserPrompts *m_prompts;
};
