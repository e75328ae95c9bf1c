// TimelineView, part two: mouse, keyboard, context menu and the editing commands. The view's
// geometry and painting are in timelineview.cpp.
#include "timelineview.h"

#include "exacttimedialog.h"
#include "timelinepainter.h"
#include "timelineviewstate.h"

#include "commands/scheduleeditor.h"
#include "planning/draftschedule.h"
#include "planning/machinetablemodel.h"
#include "planning/zonegroupmodel.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (!model() || !m_state)
        return;
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const Hit hit = hitTest(pos);
    m_pressModifiers = event->modifiers();
    TimelineDrag::Press press;
    press.pos = pos;
    press.timeNs = hit.timeNs;
    press.row = hit.row;
    if (event->button() == Qt::MiddleButton) {
        press.intent = TimelineDrag::Mode::Panning;
        m_lastPanX = pos.x();
        m_drag.start(press);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    switch (hit.part) {
    case Hit::Part::Header:
        if (auto *groups = qobject_cast<ZoneGroupModel *>(model())) {
            const QString zone = groups->zoneOfRow(hit.row);
            groups->setCollapsed(zone, !groups->isCollapsed(zone));
        }
        return;
    case Hit::Part::None:
        press.intent = TimelineDrag::Mode::Panning;
        m_lastPanX = pos.x();
        break;
    case Hit::Part::Empty: {
        press.intent = TimelineDrag::Mode::Creating;
        const QList<int> selected = selectedMachineRows();
        press.rows = selected.contains(hit.row) ? selected : QList<int> {hit.row};
        break;
    }
    case Hit::Part::Body:
    case Hit::Part::StartEdge:
    case Hit::Part::EndEdge:
        press.intent = hit.part == Hit::Part::Body ? TimelineDrag::Mode::Moving
            : hit.part == Hit::Part::StartEdge     ? TimelineDrag::Mode::ResizingStart
                                                   : TimelineDrag::Mode::ResizingEnd;
        press.window = hit.plan.windowId;
        press.original = *hit.plan.planned;
        break;
    }
    m_drag.start(press);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag.mode() == TimelineDrag::Mode::Idle || !m_state) {
        updateHover(pos);
        return;
    }
    const qint64 time = m_state->scale().timeForX(pos.x());
    const bool changed = m_drag.moveTo(pos, time, snapStep(event->modifiers() | m_pressModifiers),
                                       m_state->timeZone());
    if (m_drag.mode() == TimelineDrag::Mode::Panning) {
        m_state->panBy(m_lastPanX - pos.x());
        m_lastPanX = pos.x();
        return;
    }
    if (changed)
        viewport()->update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag.mode() == TimelineDrag::Mode::Pressed) {
        const int row = m_drag.press().row;
        m_drag.reset();
        if (row >= 0)
            clickRow(row, event->modifiers());
    } else if (m_drag.isEditing()) {
        commitDrag();
        m_drag.reset();
    } else {
        m_drag.reset();
    }
    viewport()->update();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Hit hit = hitTest(event->position().toPoint());
    if (hit.part == Hit::Part::Body || hit.part == Hit::Part::StartEdge
        || hit.part == Hit::Part::EndEdge) {
        clickRow(hit.row, Qt::NoModifier);
        editCurrentWindowTimes();
    }
}

void TimelineView::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    if (!selectionModel())
        return;
    const QModelIndex index = model()->index(row, 0);
    QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::ClearAndSelect;
    if (modifiers & Qt::ControlModifier)
        flags = QItemSelectionModel::Toggle;
    if ((modifiers & Qt::ShiftModifier) && currentIndex().isValid()) {
        const int lastColumn = model()->columnCount() - 1;
        const int from = std::min(row, currentIndex().row());
        const int to = std::max(row, currentIndex().row());
        selectionModel()->select(
            QItemSelection(model()->index(from, 0), model()->index(to, lastColumn)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        return;
    }
    selectionModel()->setCurrentIndex(index, flags | QItemSelectionModel::Rows);
}

void TimelineView::commitDrag()
{
    if (!m_editor)
        return;
    const TimelineDrag::Press &press = m_drag.press();
    const Unavailability preview = m_drag.preview();
    switch (m_drag.mode()) {
    case TimelineDrag::Mode::Creating: {
        QList<MachineId> machines;
        for (int row : press.rows)
            machines.append(machineAtRow(row));
        if (m_editor->createWindow(machines, preview) && !press.rows.contains(currentIndex().row()))
            clickRow(press.row, Qt::NoModifier);
        break;
    }
    case TimelineDrag::Mode::Moving:
        if (preview != press.original)
            m_editor->setWindowTimes(press.window, preview, tr("Move window"));
        break;
    case TimelineDrag::Mode::ResizingStart:
    case TimelineDrag::Mode::ResizingEnd:
        if (preview != press.original)
            m_editor->setWindowTimes(press.window, preview, tr("Resize window"));
        break;
    default:
        break;
    }
}

void TimelineView::updateHover(QPoint pos)
{
    const Hit hit = hitTest(pos);
    switch (hit.part) {
    case Hit::Part::StartEdge:
    case Hit::Part::EndEdge:
        viewport()->setCursor(Qt::SizeHorCursor);
        break;
    case Hit::Part::Body:
        viewport()->setCursor(Qt::SizeAllCursor);
        break;
    case Hit::Part::Header:
        viewport()->setCursor(Qt::PointingHandCursor);
        break;
    default:
        viewport()->unsetCursor();
    }
    if (m_state)
        m_state->setHoveredWindow(hit.part == Hit::Part::Body || hit.part == Hit::Part::StartEdge
                                          || hit.part == Hit::Part::EndEdge
                                      ? hit.plan.windowId
                                      : 0);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (!m_state) {
        QAbstractItemView::wheelEvent(event);
        return;
    }
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() != 0)
            m_state->zoomBy(std::pow(1.2, delta.y() / 120.0), event->position().x());
        event->accept();
        return;
    }
    if (delta.x() != 0 || (event->modifiers() & Qt::ShiftModifier)) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        m_state->panBy(-d / 120.0 * viewport()->width() / 10.0);
        event->accept();
        return;
    }
    QAbstractItemView::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    // On a zone header: Left collapses, Right expands, Return or Space toggles.
    auto *groups = qobject_cast<ZoneGroupModel *>(model());
    if (groups && currentIndex().isValid() && groups->isHeader(currentIndex().row())) {
        const QString zone = groups->zoneOfRow(currentIndex().row());
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
            groups->setCollapsed(zone, event->key() == Qt::Key_Left);
            event->accept();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            groups->setCollapsed(zone, !groups->isCollapsed(zone));
            event->accept();
            return;
        default:
            break;
        }
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int steps = event->key() == Qt::Key_Left ? -1 : 1;
        if (shift)
            resizeCurrentWindow(steps);
        else
            moveCurrentWindow(steps);
        event->accept();
        return;
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (m_state)
            m_state->zoomIn();
        event->accept();
        return;
    case Qt::Key_Minus:
        if (m_state)
            m_state->zoomOut();
        event->accept();
        return;
    // The actions carry these keys as shortcuts; when a shortcut cannot fire (the window is not
    // active yet, say, just after a dialog closed) the key still arrives here.
    case Qt::Key_Return:
    case Qt::Key_Enter:
        editCurrentWindowTimes();
        event->accept();
        return;
    case Qt::Key_Delete:
        if (shift)
            removeSelectionFromWindows();
        else
            deleteCurrentWindow();
        event->accept();
        return;
    case Qt::Key_Insert:
        createWindowForSelection();
        event->accept();
        return;
    case Qt::Key_Escape:
        if (m_drag.mode() != TimelineDrag::Mode::Idle) {
            m_drag.reset();
            viewport()->update();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractItemView::keyPressEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipFor(hitTest(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    case QEvent::Leave:
        if (m_state)
            m_state->setHoveredWindow(0);
        break;
    default:
        break;
    }
    return QAbstractItemView::viewportEvent(event);
}

QString TimelineView::toolTipFor(const Hit &hit) const
{
    if (!hit.plan.planned || !m_editor || !m_editor->draft() || !m_state
        || (hit.part != Hit::Part::Body && hit.part != Hit::Part::StartEdge
            && hit.part != Hit::Part::EndEdge))
        return {};
    const DraftWindow *w = m_editor->draft()->window(hit.plan.windowId);
    if (!w)
        return {};
    const QLocale locale;
    const QTimeZone tz = m_state->timeZone();
    auto format = [&](qint64 ns) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, tz),
                               QLocale::ShortFormat);
    };
    const Unavailability &u = w->window.unavailability;
    QStringList names;
    constexpr qsizetype shown = 8;
    for (qsizetype i = 0; i < std::min(shown, w->window.machines.size()); ++i)
        names.append(w->window.machines[i].displayName().toHtmlEscaped());
    if (w->window.machines.size() > shown)
        names.append(tr("… and %n more", nullptr, int(w->window.machines.size() - shown)));

    QStringList lines;
    lines << tr("<b>%n machine(s)</b>", nullptr, int(w->window.machines.size()))
          << names.join(QStringLiteral("<br>"));
    lines << tr("Start: %1 (%2)").arg(format(u.startNs), m_state->timeZoneName());
    if (u.durationNs) {
        const qint64 minutes = *u.durationNs / TimeScale::Minute;
        lines << tr("End: %1").arg(format(*u.endNs()))
              << tr("Duration: %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    } else {
        lines << tr("Open-ended: no end");
    }
    const MachinePlan &plan = hit.plan;
    const QModelIndex index = model()->index(hit.row, 0);
    lines << tr("This machine: %1").arg(machineModeName(plan.mode));
    const QString answers = index.data(MachineTableModel::AnswersRole).toString();
    if (!answers.isEmpty())
        lines << tr("Answers:<br>%1")
                     .arg(answers.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    switch (plan.change) {
    case DraftSchedule::Change::Added:
        lines << tr("New in the draft");
        break;
    case DraftSchedule::Change::Moved:
        lines << tr("Moved in the draft (live: %1)").arg(format(plan.base->startNs));
        break;
    default:
        break;
    }
    const qint64 now = m_state->nowNs();
    if (plan.mode != MachineMode::Down && u.startNs < now)
        lines << tr("Overdue: planned to start at %1, not DOWN yet").arg(format(u.startNs));
    else if (plan.mode == MachineMode::Down && u.endNs() && *u.endNs() < now)
        lines << tr("Overrun: planned to end at %1, still DOWN").arg(format(*u.endNs()));
    if (plan.locked())
        lines << tr("<i>Locked: this machine is DOWN, and the master refuses to remove a DOWN "
                    "machine from the schedule.</i>");
    return lines.join(QStringLiteral("<br>"));
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!model())
        return;
    QPoint pos = event->pos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const QRect rect = visualRect(currentIndex());
        pos = rect.isValid() ? rect.center() : QPoint(viewport()->width() / 2, 0);
    }
    const Hit hit = hitTest(pos);
    if (hit.row >= 0 && hit.part != Hit::Part::Header && selectionModel()
        && !selectionModel()->isRowSelected(hit.row, QModelIndex()))
        clickRow(hit.row, Qt::NoModifier);
    else if (hit.row >= 0 && selectionModel())
        selectionModel()->setCurrentIndex(model()->index(hit.row, 0),
                                          QItemSelectionModel::NoUpdate);
    m_menuWindow = hit.plan.windowId;
    updateActions();
    QMenu menu(this);
    menu.addAction(m_newAction);
    menu.addAction(m_editTimesAction);
    menu.addAction(m_deleteAction);
    menu.addSeparator();
    menu.addAction(m_removeMachinesAction);
    menu.addAction(m_mergeAction);
    menu.addAction(m_addToWindowAction);
    menu.exec(viewport()->mapToGlobal(pos));
    m_menuWindow = 0;
    updateActions();
}

void TimelineView::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newAction = make(tr("&New window for selected machines"), QKeySequence(Qt::Key_Insert),
                       &TimelineView::createWindowForSelection);
    m_editTimesAction = make(tr("&Exact times…"), QKeySequence(Qt::Key_Return),
                             &TimelineView::editCurrentWindowTimes);
    m_deleteAction = make(tr("&Delete window"), QKeySequence(Qt::Key_Delete),
                          &TimelineView::deleteCurrentWindow);
    m_removeMachinesAction
        = make(tr("&Take selected machines out of their window"),
               QKeySequence(Qt::SHIFT | Qt::Key_Delete), &TimelineView::removeSelectionFromWindows);
    m_mergeAction = make(tr("&Merge selected machines into one window"),
                         QKeySequence(Qt::CTRL | Qt::Key_M), &TimelineView::mergeSelection);
    m_addToWindowAction = new QAction(tr("&Add selected machines to this window"), this);
    connect(m_addToWindowAction, &QAction::triggered, this, [this] {
        if (m_editor)
            m_editor->addMachinesToWindow(selectedMachines(), m_menuWindow);
    });
    updateActions();
}

QList<QAction *> TimelineView::editActions() const
{
    return {m_newAction, m_editTimesAction, m_deleteAction, m_removeMachinesAction, m_mergeAction};
}

void TimelineView::updateActions()
{
    const bool editable = m_editor != nullptr;
    const bool hasWindow = currentWindow() != 0;
    m_newAction->setEnabled(editable);
    m_editTimesAction->setEnabled(editable);
    m_deleteAction->setEnabled(editable && hasWindow);
    m_removeMachinesAction->setEnabled(editable);
    m_mergeAction->setEnabled(editable);
    m_addToWindowAction->setEnabled(editable && m_menuWindow != 0);
    m_addToWindowAction->setVisible(m_menuWindow != 0);
}

void TimelineView::createWindowForSelection()
{
    if (!m_editor || !m_state)
        return;
    const QList<MachineId> machines = selectedMachines();
    const qint64 step = TimeScale::Hour;
    Unavailability u;
    u.startNs = TimeScale::snap(m_state->nowNs() + step / 2, step, m_state->timeZone());
    u.durationNs = 2 * TimeScale::Hour;
    m_editor->createWindow(machines, u);
}

void TimelineView::editCurrentWindowTimes()
{
    if (!m_editor || !m_editor->draft() || !m_state)
        return;
    if (auto *groups = qobject_cast<ZoneGroupModel *>(model());
        groups && currentIndex().isValid() && groups->isHeader(currentIndex().row())) {
        const QString zone = groups->zoneOfRow(currentIndex().row());
        groups->setCollapsed(zone, !groups->isCollapsed(zone));
        return;
    }
    const WindowId id = currentWindow();
    const DraftWindow *w = m_editor->draft()->window(id);
    if (!w) {
        // No window yet: the dialog creates one for the selected machines.
        const QList<MachineId> machines = selectedMachines();
        if (machines.isEmpty())
            return;
        Unavailability u;
        u.startNs = TimeScale::snap(m_state->nowNs() + TimeScale::Hour / 2, TimeScale::Hour,
                                    m_state->timeZone());
        u.durationNs = 2 * TimeScale::Hour;
        ExactTimeDialog dialog(u, m_state->timeZone(), int(machines.size()), this);
        if (dialog.exec() == QDialog::Accepted)
            m_editor->createWindow(machines, dialog.unavailability());
        return;
    }
    ExactTimeDialog dialog(w->window.unavailability, m_state->timeZone(),
                           int(w->window.machines.size()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_editor->setWindowTimes(id, dialog.unavailability(), tr("Set window times"));
}

void TimelineView::deleteCurrentWindow()
{
    if (m_editor)
        m_editor->deleteWindow(currentWindow());
}

void TimelineView::removeSelectionFromWindows()
{
    if (m_editor)
        m_editor->removeMachines(selectedMachines());
}

void TimelineView::mergeSelection()
{
    if (m_editor)
        m_editor->mergeMachines(selectedMachines(), currentWindow());
}

void TimelineView::moveCurrentWindow(int steps)
{
    if (m_editor && m_state)
        m_editor->moveWindowBy(currentWindow(), steps * m_state->scale().snapStep());
}

void TimelineView::resizeCurrentWindow(int steps)
{
    if (m_editor && m_state)
        m_editor->resizeWindowBy(currentWindow(), steps * m_state->scale().snapStep());
}
