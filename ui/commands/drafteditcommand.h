#pragma once

#include "planning/draftwindow.h"

#include <QList>
#include <QPointer>
#include <QUndoCommand>

class DraftSchedule;

/// One edit of the draft as an undo step: the windows before and after. The edit has already been
/// applied (and accepted by the DraftSchedule) when the command is pushed, so the first redo()
/// does nothing; undo and redo restore the saved states.
class DraftEditCommand : public QUndoCommand
{
public:
    DraftEditCommand(DraftSchedule *draft, const QString &text, QList<DraftWindow> before,
                     QList<DraftWindow> after);

    void undo() override;
    void redo() override;

private:
    QPointer<DraftSchedule> m_draft;
    QList<DraftWindow> m_before;
    QList<DraftWindow> m_after;
    bool m_applied = true;
};
