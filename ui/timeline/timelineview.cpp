#include "timelineview.h"

#include "timelineaccessible.h"
#include "timelineactions.h"
#include "timelinepainter.h"
#include "timelineviewstate.h"

#include "commands/scheduleeditor.h"
#include "planning/draftschedule.h"
#include "planning/machinetablemodel.h"
#include "planning/planningchecks.h"
#include "planning/zonegroupmodel.h"
#include "saturating.h"

#include <QAccessible>
#include <QLoggingCategory>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

Q_LOGGING_CATEGORY(lcTimeline, "slipway.timeline", QtWarningMsg)

TimelineView::TimelineView(QWidget *parent)
    : QAbstractItemView(parent)
{
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    // The painter covers every pixel; Qt need not clear the viewport first.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setAutoFillBackground(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollMode(ScrollPerPixel);
    setAutoScroll(false);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &TimelineView::onHorizontalScrollBarMoved);
    m_nowTimer.setInterval(30'000);
    connect(&m_nowTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_nowTimer.start();
    m_actions = new TimelineActions(this);
    TimelineAccessible::install();
}

TimelineView::~TimelineView() = default;

void TimelineView::setViewState(TimelineViewState *state)
{
    for (const auto &c : std::as_const(m_stateConnections))
        disconnect(c);
    m_stateConnections.clear();
    m_state = state;
    if (!state)
        return;
    auto repaint = [this] {
        viewport()->update();
    };
    m_stateConnections = {
        connect(state, &TimelineViewState::scaleChanged, this,
                [this] {
                    updateHorizontalScrollBar();
                    viewport()->update();
                }),
        connect(state, &TimelineViewState::timeZoneChanged, this, repaint),
        connect(state, &TimelineViewState::hoveredWindowChanged, this, repaint),
        connect(state, &TimelineViewState::rowHeightChanged, this,
                [this] {
                    updateGeometries();
                    viewport()->update();
                }),
    };
    state->setViewportWidth(viewport()->width());
    updateGeometries();
}

void TimelineView::setEditor(ScheduleEditor *editor)
{
    m_editor = editor;
    if (editor && editor->draft())
        connect(editor->draft(), &DraftSchedule::windowsChanged, this, [this] {
            updateDraftExtent();
            updateHorizontalScrollBar();
            m_actions->update();
        });
    updateDraftExtent();
    m_actions->update();
}

QList<QAction *> TimelineView::editActions() const
{
    return m_actions->editActions();
}

void TimelineView::setZoneCollapsed(int row, bool collapsed)
{
    m_zones.setCollapsed(qobject_cast<ZoneGroupModel *>(model()), selectionModel(), row, collapsed);
}

void TimelineView::toggleZone(int row)
{
    m_zones.toggle(qobject_cast<ZoneGroupModel *>(model()), selectionModel(), row);
}

RowLayout TimelineView::rowLayout() const
{
    return RowLayout(m_state ? m_state->rowHeight() : 22, model() ? model()->rowCount() : 0,
                     verticalScrollBar()->value());
}

MachineId TimelineView::machineAtRow(int row) const
{
    return model()->index(row, 0).data(MachineTableModel::MachineIdRole).value<MachineId>();
}

QList<int> TimelineView::selectedMachineRows() const
{
    QList<int> rows;
    if (!selectionModel() || !model())
        return rows;
    const QModelIndexList selected = selectionModel()->selectedRows(0);
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected) {
        if (!index.data(ZoneGroupModel::GroupHeaderRole).toBool())
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<MachineId> TimelineView::selectedMachines() const
{
    QList<MachineId> machines;
    const QList<int> rows = selectedMachineRows();
    machines.reserve(rows.size());
    for (int row : rows)
        machines.append(machineAtRow(row));
    if (machines.isEmpty() && currentIndex().isValid()
        && !currentIndex().data(ZoneGroupModel::GroupHeaderRole).toBool())
        machines.append(machineAtRow(currentIndex().row()));
    return machines;
}

WindowId TimelineView::currentWindow() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return 0;
    return current.data(MachineTableModel::WindowIdRole).value<WindowId>();
}

QRect TimelineView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const RowLayout rows = rowLayout();
    return QRect(0, rows.yForRow(index.row()), viewport()->width(), rows.rowHeight());
}

void TimelineView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid())
        return;
    const RowLayout rows = rowLayout();
    const int top = index.row() * rows.rowHeight();
    const int height = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    switch (hint) {
    case PositionAtTop:
        bar->setValue(top);
        break;
    case PositionAtBottom:
        bar->setValue(top + rows.rowHeight() - height);
        break;
    case PositionAtCenter:
        bar->setValue(top - (height - rows.rowHeight()) / 2);
        break;
    case EnsureVisible:
        if (top < bar->value())
            bar->setValue(top);
        else if (top + rows.rowHeight() > bar->value() + height)
            bar->setValue(top + rows.rowHeight() - height);
        break;
    }
}

QModelIndex TimelineView::indexAt(const QPoint &point) const
{
    if (!model())
        return {};
    const int row = rowLayout().rowAt(point.y());
    return row < 0 ? QModelIndex() : model()->index(row, 0);
}

QModelIndex TimelineView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers)
{
    if (!model() || model()->rowCount() == 0)
        return {};
    const int count = model()->rowCount();
    const int page = std::max(1, viewport()->height() / rowLayout().rowHeight() - 1);
    int row = currentIndex().isValid() ? currentIndex().row() : 0;
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        --row;
        break;
    case MoveDown:
    case MoveNext:
        ++row;
        break;
    case MovePageUp:
        row -= page;
        break;
    case MovePageDown:
        row += page;
        break;
    case MoveHome:
        row = 0;
        break;
    case MoveEnd:
        row = count - 1;
        break;
    case MoveLeft:
    case MoveRight:
        break;
    }
    return model()->index(std::clamp(row, 0, count - 1), 0);
}

int TimelineView::horizontalOffset() const
{
    return 0;
}

int TimelineView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool TimelineView::isIndexHidden(const QModelIndex &) const
{
    return false;
}

void TimelineView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!model() || !selectionModel())
        return;
    const RowLayout rows = rowLayout();
    int first = rows.rowAt(std::max(0, rect.top()));
    int last = rows.rowAt(std::min(viewport()->height() - 1, rect.bottom()));
    if (first < 0 || last < 0)
        return;
    if (first > last)
        std::swap(first, last);
    const int lastColumn = model()->columnCount() - 1;
    selectionModel()->select(
        QItemSelection(model()->index(first, 0), model()->index(last, lastColumn)),
        command | QItemSelectionModel::Rows);
}

QRegion TimelineView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    const RowLayout rows = rowLayout();
    for (const QItemSelectionRange &range : selection) {
        const int top = rows.yForRow(range.top());
        const int bottom = rows.yForRow(range.bottom() + 1);
        if (bottom < 0 || top > viewport()->height())
            continue;
        region += QRect(0, top, viewport()->width(), bottom - top);
    }
    return region;
}

void TimelineView::updateGeometries()
{
    const RowLayout rows = rowLayout();
    QScrollBar *bar = verticalScrollBar();
    bar->setSingleStep(rows.rowHeight());
    bar->setPageStep(viewport()->height());
    bar->setRange(0, std::max(0, rows.contentHeight() - viewport()->height()));
    qCDebug(lcTimeline) << "rows" << rows.rowCount() << "content height" << rows.contentHeight();
    updateHorizontalScrollBar();
    QAbstractItemView::updateGeometries();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QAbstractItemView::currentChanged(current, previous);
    m_actions->update();
    viewport()->update();
    if (current.isValid() && hasFocus() && QAccessible::isActive()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(current.row());
        QAccessible::updateAccessibility(&focus);
    }
}

void TimelineView::updateHorizontalScrollBar()
{
    if (!m_state)
        return;
    // The scroll bar spans the schedule and now, with room either side, plus whatever is in view.
    const qint64 now = m_state->nowNs();
    qint64 lo = now - 7 * TimeScale::Day;
    qint64 hi = now + 30 * TimeScale::Day;
    if (m_draftExtent) {
        lo = std::min(lo, m_draftExtent->startNs - TimeScale::Day);
        hi = std::max(hi, m_draftExtent->endNs + 7 * TimeScale::Day);
    }
    const qint64 start = m_state->visibleStartNs();
    const qint64 span = m_state->visibleEndNs() - start;
    lo = std::min(lo, start);
    hi = std::max(hi, start + span);
    m_scrollOriginNs = lo;
    m_syncingScrollBar = true;
    QScrollBar *bar = horizontalScrollBar();
    bar->setRange(0, int((hi - span - lo) / TimeScale::Second));
    bar->setPageStep(int(span / TimeScale::Second));
    bar->setSingleStep(std::max(1, int(span / TimeScale::Second / 20)));
    bar->setValue(int((start - lo) / TimeScale::Second));
    m_syncingScrollBar = false;
}

void TimelineView::updateDraftExtent()
{
    // Computed when the draft changes, not on every pan: the scroll bar is updated per frame.
    m_draftExtent.reset();
    if (m_editor && m_editor->draft())
        m_draftExtent = m_editor->draft()->timeExtent(0);
}

void TimelineView::onHorizontalScrollBarMoved(int value)
{
    if (m_syncingScrollBar || !m_state)
        return;
    m_state->setScale(m_state->scale().withOrigin(m_scrollOriginNs + value * TimeScale::Second));
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    if (m_state)
        m_state->setViewportWidth(viewport()->width());
    updateGeometries();
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    if (!m_state || !model())
        return;
    TimelinePaintContext ctx;
    ctx.model = model();
    ctx.selection = selectionModel();
    ctx.rows = rowLayout();
    ctx.scale = m_state->scale();
    ctx.timeZone = m_state->timeZone();
    ctx.viewport = viewport()->rect();
    ctx.exposed = event->rect();
    ctx.nowNs = m_state->nowNs();
    ctx.hovered = m_state->hoveredWindow();
    ctx.current = currentWindow();
    ctx.currentRow = currentIndex().isValid() ? currentIndex().row() : -1;
    ctx.drag = &m_drag;
    ctx.palette = palette();
    m_background.update(ctx.scale, ctx.timeZone, ctx.viewport.width(), ctx.rows.rowHeight(),
                        ctx.palette, viewport()->devicePixelRatioF());
    ctx.background = &m_background;
    ctx.checks = m_checks;
    ctx.dragViolates = !m_dragViolations.isEmpty();
    QPainter p(viewport());
    TimelinePainter(ctx).paint(&p);
}

qint64 TimelineView::snapStep(Qt::KeyboardModifiers modifiers) const
{
    if (!m_state || (modifiers & Qt::AltModifier))
        return 0;
    return m_state->scale().snapStep();
}
