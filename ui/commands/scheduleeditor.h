#pragma once

#include "machineid.h"
#include "planning/draftwindow.h"
#include "unavailability.h"

#include <QObject>
#include <QPointer>

#include "planning/draftschedule.h"
#include <QUndoStack>

/// Turns what the user asks for into edits of the draft: each accepted edit becomes exactly one
/// command on the undo stack; a refused edit pushes nothing and reports why through
/// editRefused(). The timeline, its context menu and the keyboard all edit through here.
class ScheduleEditor : public QObject
{
    Q_OBJECT
public:
    ScheduleEditor(DraftSchedule *draft, QUndoStack *undoStack, QObject *parent = nullptr);

    DraftSchedule *draft() const { return m_draft; }
    QUndoStack *undoStack() const { return m_undoStack; }

    bool createWindow(const QList<MachineId> &machines, const Unavailability &unavailability,
                      WindowId *created = nullptr);
    /// Move, resize or exact times; @p text names the undo step.
    bool setWindowTimes(WindowId id, const Unavailability &unavailability, const QString &text);
    bool moveWindowBy(WindowId id, qint64 deltaNs);
    /// Moves the end (an open-ended window gets a duration of @p deltaNs if positive).
    bool resizeWindowBy(WindowId id, qint64 deltaNs);
    bool deleteWindow(WindowId id);
    bool removeMachines(const QList<MachineId> &machines);
    bool addMachinesToWindow(const QList<MachineId> &machines, WindowId id);
    /// The selected machines into one window: the first of @p machines that has one.
    bool mergeMachines(const QList<MachineId> &machines, WindowId preferred = 0);
    /// Replaces the whole draft (import, restore), as one undoable step.
    bool replaceDraft(const Schedule &schedule, const QString &text);
    /// Discards the draft's edits, as one undoable step.
    bool revertToLive();

Q_SIGNALS:
    void editRefused(const QString &reason);

private:
    template<typename Edit>
    bool perform(const QString &text, Edit &&edit);

    QPointer<DraftSchedule> m_draft;
    QPointer<QUndoStack> m_undoStack;
};
