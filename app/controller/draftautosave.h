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
class DraftAutosave : public QObject
{
    Q_OBJECT

public:
    /// @p directory: where drafts live (empty: the application's data location).
    DraftAutosave(PlanningSession *session, UserPrompts *prompts, const QString &directory,
                  QObject *parent);

    DraftStore *store() const { return m_store; }

    /// Drafts from now on belong to @p key (see DraftStore::setMaster); the restore offer is due
    /// again.
    void setMaster(const QString &key);
    /// The live schedule the current edits started from; the draft's base while unmodified.
    Schedule origin() const;
    /// Offers the saved draft of this master, once per master (after the first snapshot).
    void offerRestore();
    /// The draft was submitted: the saved copy is no longer needed.
    void submitted();
    /// Writes a modified draft now (at exit).
    void saveNow();

private:
    void draftChanged();

    QPointer<PlanningSession> m_session;
    UserPrompts *m_prompts;
    DraftStore *m_store;
    std::optional<Schedule> m_origin;
    bool m_restoreOffered = false;
};
