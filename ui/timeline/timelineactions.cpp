#include "timelineactions.h"

#include "exacttimedialog.h"
#include "timelineview.h"
#include "timelineviewstate.h"
#include "timescale.h"

#include "commands/scheduleeditor.h"
#include "planning/draftschedule.h"
#include "planning/zonegroupmodel.h"

#include <QAction>
#include <QMenu>

TimelineActions::TimelineActions(TimelineView *view)
    : QObject(view)
    , m_view(view)
{
    m_new = make(tr("&New window for selected machines"), QKeySequence(Qt::Key_Insert),
                 &TimelineActions::createWindowForSelection);
    m_editTimes = make(tr("&Exact times…"), QKeySequence(Qt::Key_Return),
                       &TimelineActions::editCurrentWindowTimes);
    m_delete = make(tr("&Delete window"), QKeySequence(Qt::Key_Delete),
                    &TimelineActions::deleteCurrentWindow);
    m_removeMachines = make(tr("&Take selected machines out of their window"),
                            QKeySequence(Qt::SHIFT | Qt::Key_Delete),
                            &TimelineActions::removeSelectionFromWindows);
    m_merge = make(tr("&Merge selected machines into one window"),
                   QKeySequence(Qt::CTRL | Qt::Key_M), &TimelineActions::mergeSelection);
    m_addToWindow = new QAction(tr("&Add selected machines to this window"), this);
    connect(m_addToWindow, &QAction::triggered, this, [this] {
        if (ScheduleEditor *editor = m_view->editor())
            editor->addMachinesToWindow(m_view->selectedMachines(), m_menuWindow);
    });
    update();
}

QAction *TimelineActions::make(const QString &text, const QKeySequence &key,
                               void (TimelineActions::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    m_view->addAction(action);
    return action;
}

Unavailability TimelineActions::defaultNewWindow(qint64 nowNs, const QTimeZone &timeZone)
{
    Unavailability u;
    u.startNs = TimeScale::snap(nowNs + TimeScale::Hour / 2, TimeScale::Hour, timeZone);
    u.durationNs = 2 * TimeScale::Hour;
    return u;
}

QList<QAction *> TimelineActions::editActions() const
{
    return {m_new, m_editTimes, m_delete, m_removeMachines, m_merge};
}

void TimelineActions::update()
{
    const bool editable = m_view->editor() != nullptr;
    const bool hasWindow = m_view->currentWindow() != 0;
    m_new->setEnabled(editable);
    m_editTimes->setEnabled(editable);
    m_delete->setEnabled(editable && hasWindow);
    m_removeMachines->setEnabled(editable);
    m_merge->setEnabled(editable);
    m_addToWindow->setEnabled(editable && m_menuWindow != 0);
    m_addToWindow->setVisible(m_menuWindow != 0);
}

void TimelineActions::execContextMenu(const QPoint &globalPos, WindowId window)
{
    m_menuWindow = window;
    update();
    QMenu menu(m_view);
    menu.addAction(m_new);
    menu.addAction(m_editTimes);
    menu.addAction(m_delete);
    menu.addSeparator();
    menu.addAction(m_removeMachines);
    menu.addAction(m_merge);
    menu.addAction(m_addToWindow);
    if (!m_machineActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_machineActions);
    }
    menu.exec(globalPos);
    m_menuWindow = 0;
    update();
}

void TimelineActions::createWindowForSelection()
{
    ScheduleEditor *editor = m_view->editor();
    TimelineViewState *state = m_view->viewState();
    if (editor && state)
        editor->createWindow(m_view->selectedMachines(),
                             defaultNewWindow(state->nowNs(), state->timeZone()));
}

void TimelineActions::editCurrentWindowTimes()
{
    ScheduleEditor *editor = m_view->editor();
    TimelineViewState *state = m_view->viewState();
    if (!editor || !editor->draft() || !state)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.data(ZoneGroupModel::GroupHeaderRole).toBool()) {
        m_view->toggleZone(current.row());
        return;
    }
    const WindowId id = m_view->currentWindow();
    const DraftWindow *w = editor->draft()->window(id);
    if (!w) {
        // No window yet: the dialog creates one for the selected machines.
        const QList<MachineId> machines = m_view->selectedMachines();
        if (machines.isEmpty())
            return;
        ExactTimeDialog dialog(defaultNewWindow(state->nowNs(), state->timeZone()),
                               state->timeZone(), int(machines.size()), m_view);
        if (dialog.exec() == QDialog::Accepted)
            editor->createWindow(machines, dialog.unavailability());
        return;
    }
    ExactTimeDialog dialog(w->window.unavailability, state->timeZone(),
                           int(w->window.machines.size()), m_view);
    if (dialog.exec() == QDialog::Accepted)
        editor->setWindowTimes(id, dialog.unavailability(), tr("Set window times"));
}

void TimelineActions::deleteCurrentWindow()
{
    if (ScheduleEditor *editor = m_view->editor())
        editor->deleteWindow(m_view->currentWindow());
}

void TimelineActions::removeSelectionFromWindows()
{
    if (ScheduleEditor *editor = m_view->editor())
        editor->removeMachines(m_view->selectedMachines());
}

void TimelineActions::mergeSelection()
{
    if (ScheduleEditor *editor = m_view->editor())
        editor->mergeMachines(m_view->selectedMachines(), m_view->currentWindow());
}

void TimelineActions::moveCurrentWindow(int steps)
{
    ScheduleEditor *editor = m_view->editor();
    if (editor && m_view->viewState())
        editor->moveWindowBy(m_view->currentWindow(),
                             steps * m_view->viewState()->scale().snapStep());
}

void TimelineActions::resizeCurrentWindow(int steps)
{
    ScheduleEditor *editor = m_view->editor();
    if (editor && m_view->viewState())
        editor->resizeWindowBy(m_view->currentWindow(),
                               steps * m_view->viewState()->scale().snapStep());
}
