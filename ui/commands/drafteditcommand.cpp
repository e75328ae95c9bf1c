#include "drafteditcommand.h"

#include "planning/draftschedule.h"

DraftEditCommand::DraftEditCommand(DraftSchedule *draft, const QString &text,
                                   QList<DraftWindow> before, QList<DraftWindow> after)
    : QUndoCommand(text)
    , m_draft(draft)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void DraftEditCommand::undo()
{
    if (m_draft)
        m_draft->restore(m_before);
}

void DraftEditCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    if (m_draft)
        m_draft->restore(m_after);
}
