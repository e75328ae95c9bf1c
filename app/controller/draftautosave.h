#pragma once

#include "schedule.h"

#include <QObject>
#include <QPointer>

#include <optional>

class DraftStore;
class PlanningSession;
class UserPrompts;

/// Keeps the session's draft on disk for the current master: saves it shortly after every change,
/// offers the saved draft of an earlier run once per master, and remembers the origin — the live
/// schedule the current edits started from, which a submit compares the master against.
///
/// Nothing on disk is lost without a word: until the saved draft has been offered (restored or
/// declined) nothing is written over it; a declined or unrestorable draft is set aside beside it,
/// not deleted; the file is removed only when the person undoes their own edits or the draft was
/// submitted. Another process editing the same master's draft is named, and this one saves nothing.
class DraftAutosave : public QObject
{
    Q_OBJECT

public:
    /// @p directory: where drafts live (empty: the application's data location).
    DraftAutosave(PlanningSession *session, UserPrompts *prompts, const QString &directory,
                  QObject *parent);

    DraftStore *store() const { return m_store; }
    QString master() const { return m_master; }

    /// Drafts from now on belong to @p master (spelled as typed; see MasterKey). A different
    /// master than before saves the previous one's draft and clears the session (the draft and
    /// its undo history), so one cluster's plan never becomes another's. The saved draft of the
    /// new master is offered on the next pass of the event loop.
    void setMaster(const QString &master);
    /// The live schedule the current edits started from; the draft's base while unmodified.
    Schedule origin() const;
    /// Offers the saved draft of this master, once; autosave starts after it.
    void offerRestore();
    /// The draft was submitted: forget the saved copy, or save the edits made meanwhile.
    void submitted();
    /// Writes a modified draft now (at exit and before switching masters).
    void saveNow();

private:
    void draftChanged();
    void resolved();

    QPointer<PlanningSession> m_session;
    UserPrompts *m_prompts;
    DraftStore *m_store;
    QString m_master;
    std::optional<Schedule> m_origin;
    bool m_resolved = false; ///< the saved draft of this master was offered (or there was none)
};
