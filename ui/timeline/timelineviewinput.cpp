// TimelineView, part two: mouse, keyboard, tooltips and the context menu. The view's geometry and
// painting are in timelineview.cpp; the commands are TimelineActions'.
#include "timelineview.h"

#include "timelineactions.h"
#include "timelinedelegate.h"
#include "timelineviewstate.h"

#include "commands/scheduleeditor.h"
#include "planning/draftschedule.h"
#include "planning/machinetablemodel.h"
#include "planning/planningchecks.h"
#include "planning/zonegroupmodel.h"

#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

TimelineView::Hit TimelineView::hitTest(QPoint pos) const
{
    Hit hit;
    if (!m_state || !model())
        return hit;
    const RowLayout rows = rowLayout();
    hit.row = rows.rowAt(pos.y());
    hit.timeNs = m_state->scale().timeForX(pos.x());
    if (hit.row < 0)
        return hit;
    const QModelIndex index = model()->index(hit.row, 0);
    if (index.data(ZoneGroupModel::GroupHeaderRole).toBool()) {
        hit.part = Hit::Part::Header;
        return hit;
    }
    hit.plan = index.data(MachineTableModel::PlanRole).value<MachinePlan>();
    hit.part = Hit::Part::Empty;
    if (!hit.plan.planned)
        return hit;
    // The whole bar, not its visible part: a bar whose start is scrolled out of view is moved by
    // a press at the left edge, never resized at a start the person cannot see.
    const QRectF bar
        = TimelineDelegate::barGeometry(*hit.plan.planned, m_state->scale(), rows.yForRow(hit.row),
                                        rows.rowHeight(), viewport()->width());
    using State = TimelineDelegate::InteractionState;
    switch (TimelineDelegate::interactionStateFor(pos.x(), bar, !hit.plan.planned->durationNs)) {
    case State::None:
        break;
    case State::Move:
        hit.part = Hit::Part::Body;
        break;
    case State::ResizeStart:
        hit.part = Hit::Part::StartEdge;
        break;
    case State::ResizeEnd:
        hit.part = Hit::Part::EndEdge;
        break;
    }
    return hit;
}

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
        toggleZone(hit.row);
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
    if (changed) {
        updateDragViolations(pos);
        viewport()->update();
    }
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
    clearDragViolations();
    viewport()->update();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Hit hit = hitTest(event->position().toPoint());
    if (hit.onBar()) {
        clickRow(hit.row, Qt::NoModifier);
        m_actions->editCurrentWindowTimes();
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
        m_state->setHoveredWindow(hit.onBar() ? hit.plan.windowId : 0);
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
    if (handleZoneKey(event))
        return;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int steps = event->key() == Qt::Key_Left ? -1 : 1;
        if (shift)
            m_actions->resizeCurrentWindow(steps);
        else
            m_actions->moveCurrentWindow(steps);
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
        m_actions->editCurrentWindowTimes();
        event->accept();
        return;
    case Qt::Key_Delete:
        if (shift)
            m_actions->removeSelectionFromWindows();
        else
            m_actions->deleteCurrentWindow();
        event->accept();
        return;
    case Qt::Key_Insert:
        m_actions->createWindowForSelection();
        event->accept();
        return;
    case Qt::Key_Escape:
        if (m_drag.mode() != TimelineDrag::Mode::Idle) {
            m_drag.reset();
            clearDragViolations();
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

bool TimelineView::handleZoneKey(QKeyEvent *event)
{
    // On a zone header: Left collapses, Right expands, Return or Space toggles.
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !current.data(ZoneGroupModel::GroupHeaderRole).toBool())
        return false;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        setZoneCollapsed(current.row(), event->key() == Qt::Key_Left);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        toggleZone(current.row());
        break;
    default:
        return false;
    }
    event->accept();
    return true;
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
    if (!hit.onBar() && hit.part == Hit::Part::Empty
        && hit.plan.agentDrain != AgentDrain::State::None)
        return tr("This machine's agent: %1 (agent draining, not a maintenance window)")
            .arg(AgentDrain::name(hit.plan.agentDrain));
    if (!hit.onBar() || !hit.plan.planned || !m_editor || !m_editor->draft() || !m_state)
        return {};
    const DraftWindow *w = m_editor->draft()->window(hit.plan.windowId);
    if (!w)
        return {};
    TimelineDelegate::ToolTipFacts facts;
    facts.window = w->window;
    facts.plan = hit.plan;
    facts.answers = model()->index(hit.row, 0).data(MachineTableModel::AnswersRole).toString();
    facts.nowNs = m_state->nowNs();
    facts.timeZone = m_state->timeZone();
    facts.timeZoneName = m_state->timeZoneName();
    return TimelineDelegate::toolTip(facts) + planningToolTip(hit.plan.windowId);
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
    m_actions->execContextMenu(viewport()->mapToGlobal(pos), hit.plan.windowId);
}
