#pragma once

#include "rowlayout.h"
#include "timelinedrag.h"
#include "timelinerowbackground.h"
#include "zonecollapse.h"

#include "machineid.h"
#include "planning/machineplan.h"

#include <QAbstractItemView>
#include <QPointer>
#include <QTimer>

class PlanningChecks;
class QAction;
class ScheduleEditor;
class TimelineActions;
class TimelineViewState;

/// The maintenance timeline: one row per row of its model (a ZoneGroupModel over the machine
/// table), each machine's window drawn as a bar at its time. It shares model and selection with
/// the machine list, reads the zoom and range from a TimelineViewState, and edits the draft only
/// through a ScheduleEditor: a drag previews without touching the model and commits one undo step
/// on release; a refused edit leaves the bar where it was.
///
/// Mouse: drag on an empty part of a row creates a window (for all selected rows when the row is
/// selected); drag a bar to move its window, its edges to resize; Alt disables snapping; middle
/// button or Shift+wheel pans; Ctrl+wheel zooms. Keys: arrows move the current window by a snap
/// step, Shift+arrows resize it, +/- zoom, and the actions() carry the other commands.
/// Bar geometry, hit zones and tooltips are TimelineDelegate's, the commands and context menu
/// TimelineActions', the painting TimelinePainter's; the view keeps the events.
class TimelineView : public QAbstractItemView
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setViewState(TimelineViewState *state);
    TimelineViewState *viewState() const { return m_state; }
    void setEditor(ScheduleEditor *editor);
    ScheduleEditor *editor() const { return m_editor; }
    /// Where limits are checked: bars that break one are marked, and a drag is checked per step.
    void setChecks(PlanningChecks *checks);
    /// The limits the drag in progress breaks, described; empty when it keeps them all.
    QStringList dragViolations() const { return m_dragViolations; }

    /// Machines of the selected rows (zone headers skipped), in row order.
    QList<MachineId> selectedMachines() const;
    /// The window of the current row, 0 when it has none.
    WindowId currentWindow() const;
    RowLayout rowLayout() const;
    const TimelineDrag &drag() const { return m_drag; }

    /// The editing commands, also in the context menu; add them to widgets that should share
    /// their shortcuts (the machine list).
    QList<QAction *> editActions() const;
    TimelineActions *actions() const { return m_actions; }

    /// Collapses or expands the zone of @p row (a header or any row in it) for every view of the
    /// model; the selection inside a collapsed zone comes back when it is expanded.
    void setZoneCollapsed(int row, bool collapsed);
    void toggleZone(int row);

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

Q_SIGNALS:
    /// The limits the drag in progress breaks changed (empty when it keeps them or ended).
    void dragViolationsChanged(const QStringList &violations);

private:
    struct Hit
    {
        enum class Part { None, Header, Empty, Body, StartEdge, EndEdge };
        Part part = Part::None;
        int row = -1;
        qint64 timeNs = 0;
        MachinePlan plan;
        bool onBar() const
        {
            return part == Part::Body || part == Part::StartEdge || part == Part::EndEdge;
        }
    };

    Hit hitTest(QPoint pos) const;
    QList<int> selectedMachineRows() const;
    MachineId machineAtRow(int row) const;
    qint64 snapStep(Qt::KeyboardModifiers modifiers) const;
    void clickRow(int row, Qt::KeyboardModifiers modifiers);
    void commitDrag();
    void updateHover(QPoint pos);
    void updateHorizontalScrollBar();
    void updateDraftExtent();
    void onHorizontalScrollBarMoved(int value);
    QString toolTipFor(const Hit &hit) const;
    bool handleZoneKey(QKeyEvent *event);
    void updateDragViolations(QPoint pos);
    void clearDragViolations();
    QString planningToolTip(WindowId id) const;

    QPointer<TimelineViewState> m_state;
    QPointer<ScheduleEditor> m_editor;
    QPointer<PlanningChecks> m_checks;
    QStringList m_dragViolations;
    TimelineDrag m_drag;
    TimelineRowBackground m_background;
    int m_lastPanX = 0;
    Qt::KeyboardModifiers m_pressModifiers;
    qint64 m_scrollOriginNs = 0;
    std::optional<DraftSchedule::TimeExtent> m_draftExtent;
    bool m_syncingScrollBar = false;
    QTimer m_nowTimer;
    QList<QMetaObject::Connection> m_stateConnections;
    ZoneCollapse m_zones;
    TimelineActions *m_actions = nullptr;
};
