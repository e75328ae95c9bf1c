#include "scheduleeditor.h"

#include "drafteditcommand.h"
#include "planning/draftschedule.h"
#include "saturating.h"

#include <QLoggingCategory>
#include <QUndoStack>

Q_LOGGING_CATEGORY(lcEditor, "slipway.timeline.edit", QtWarningMsg)

ScheduleEditor::ScheduleEditor(DraftSchedule *draft, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_undoStack(undoStack)
{ }

template<typename Edit>
bool ScheduleEditor::perform(const QString &text, Edit &&edit)
{
    if (!m_draft || !m_undoStack)
        return false;
    QList<DraftWindow> before = m_draft->windows();
    if (const DraftSchedule::Refusal refusal = edit()) {
        qCDebug(lcEditor) << "refused:" << text << *refusal;
        Q_EMIT editRefused(*refusal);
        return false;
    }
    QList<DraftWindow> after = m_draft->windows();
    if (after == before)
        return true;
    m_undoStack->push(new DraftEditCommand(m_draft, text, std::move(before), std::move(after)));
    return true;
}

bool ScheduleEditor::createWindow(const QList<MachineId> &machines,
                                  const Unavailability &unavailability, WindowId *created)
{
    return perform(tr("New window (%n machine(s))", nullptr, int(machines.size())),
                   [&] { return m_draft->addWindow(machines, unavailability, created); });
}

bool ScheduleEditor::setWindowTimes(WindowId id, const Unavailability &unavailability,
                                    const QString &text)
{
    return perform(text, [&] { return m_draft->setUnavailability(id, unavailability); });
}

bool ScheduleEditor::moveWindowBy(WindowId id, qint64 deltaNs)
{
    const DraftWindow *w = m_draft ? m_draft->window(id) : nullptr;
    if (!w) {
        Q_EMIT editRefused(tr("The current machine is in no window."));
        return false;
    }
    Unavailability u = w->window.unavailability;
    u.startNs = Saturating::add(u.startNs, deltaNs);
    return setWindowTimes(id, u, tr("Move window"));
}

bool ScheduleEditor::resizeWindowBy(WindowId id, qint64 deltaNs)
{
    const DraftWindow *w = m_draft ? m_draft->window(id) : nullptr;
    if (!w) {
        Q_EMIT editRefused(tr("The current machine is in no window."));
        return false;
    }
    Unavailability u = w->window.unavailability;
    if (!u.durationNs) {
        if (deltaNs <= 0) {
            Q_EMIT editRefused(
                tr("An open-ended window cannot be shortened; give it an end first."));
            return false;
        }
        u.durationNs = deltaNs;
    } else {
        u.durationNs = Saturating::add(*u.durationNs, deltaNs);
        if (*u.durationNs <= 0) {
            Q_EMIT editRefused(tr("A window cannot be shorter than one step."));
            return false;
        }
    }
    return setWindowTimes(id, u, tr("Resize window"));
}

bool ScheduleEditor::deleteWindow(WindowId id)
{
    return perform(tr("Delete window"), [&] { return m_draft->removeWindow(id); });
}

bool ScheduleEditor::removeMachines(const QList<MachineId> &machines)
{
    return perform(tr("Take %n machine(s) out of their window", nullptr, int(machines.size())),
                   [&] { return m_draft->removeMachines(machines); });
}

bool ScheduleEditor::addMachinesToWindow(const QList<MachineId> &machines, WindowId id)
{
    return perform(tr("Add %n machine(s) to window", nullptr, int(machines.size())),
                   [&] { return m_draft->moveMachinesToWindow(machines, id); });
}

bool ScheduleEditor::mergeMachines(const QList<MachineId> &machines, WindowId preferred)
{
    WindowId target = preferred;
    for (qsizetype i = 0; target == 0 && i < machines.size(); ++i)
        target = m_draft ? m_draft->windowIdOf(machines[i]) : 0;
    if (target == 0) {
        Q_EMIT editRefused(tr("None of the selected machines is in a window; create one first."));
        return false;
    }
    return perform(tr("Merge %n machine(s) into one window", nullptr, int(machines.size())),
                   [&] { return m_draft->moveMachinesToWindow(machines, target); });
}

bool ScheduleEditor::revertToLive()
{
    return perform(tr("Revert to live"), [&] {
        m_draft->revertToBase();
        return DraftSchedule::Refusal();
    });
}

bool ScheduleEditor::replaceDraft(const Schedule &schedule, const QString &text)
{
    return perform(text, [&] { return m_draft->replaceSchedule(schedule); });
}
