#pragma once

#include "planning/draftwindow.h"
#include "unavailability.h"

#include <QObject>
#include <QTimeZone>

class QAction;
class QPoint;
class TimelineView;

/// The timeline's editing commands: the actions (with their shortcuts, shared with the machine
/// list), their enabled state, the context menu, and what each does through the view's
/// ScheduleEditor. The view keeps the mouse and keys and calls in here.
class TimelineActions : public QObject
{
    Q_OBJECT
public:
    explicit TimelineActions(TimelineView *view);

    /// The default window that "New window" and the exact-times dialog propose: two hours from
    /// the next whole hour (wall-clock in @p timeZone) after @p nowNs.
    static Unavailability defaultNewWindow(qint64 nowNs, const QTimeZone &timeZone);

    /// The commands with shortcuts, also in the context menu.
    QList<QAction *> editActions() const;
    /// Enables what the editor, the current row and the menu's window allow.
    void update();
    /// Commands on the selected machines from outside the timeline (agent draining), shown at
    /// the end of the context menu.
    void setMachineActions(const QList<QAction *> &actions) { m_machineActions = actions; }
    /// Shows the context menu at @p globalPos; @p window is the bar under it (0 for none).
    void execContextMenu(const QPoint &globalPos, WindowId window);

    void createWindowForSelection();
    /// The exact-times dialog for the current window, or for a new one for the selection; on
    /// a zone header, toggles the zone instead.
    void editCurrentWindowTimes();
    void deleteCurrentWindow();
    void removeSelectionFromWindows();
    void mergeSelection();
    void moveCurrentWindow(int steps);
    void resizeCurrentWindow(int steps);

private:
    QAction *make(const QString &text, const QKeySequence &key, void (TimelineActions::*slot)());

    TimelineView *m_view;
    WindowId m_menuWindow = 0;
    QAction *m_new = nullptr;
    QAction *m_editTimes = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_removeMachines = nullptr;
    QAction *m_merge = nullptr;
    QAction *m_addToWindow = nullptr;
    QList<QAction *> m_machineActions;
};
