#pragma once

#include "rowlayout.h"
#include "timelinedrag.h"
#include "timelinerowbackground.h"
#include "timescale.h"

#include "planning/machineplan.h"

#include <QPalette>
#include <QRect>
#include <QSet>

#include <optional>

class PlanningChecks;
class QAbstractItemModel;
class QItemSelectionModel;
class QPainter;

/// Everything one repaint of the timeline needs, gathered by the view.
struct TimelinePaintContext
{
    const QAbstractItemModel *model = nullptr;
    const QItemSelectionModel *selection = nullptr;
    RowLayout rows;
    TimeScale scale;
    QTimeZone timeZone;
    QRect viewport;
    QRect exposed;
    qint64 nowNs = 0;
    WindowId hovered = 0;
    WindowId current = 0;
    int currentRow = -1;
    const TimelineDrag *drag = nullptr;
    QPalette palette;
    /// Up to date for this scale and size; none: rows and grid are drawn as vectors (pictures).
    const TimelineRowBackground *background = nullptr;
    const PlanningChecks *checks = nullptr; ///< marks windows that break a planning limit
    bool dragViolates = false; ///< the drag's proposed interval breaks a limit
};

/// Paints the timeline in named steps: background with grid → selection → base ghosts → bars →
/// drag preview → agent-drain marks → now-line. Only visible rows are visited, each with one data()
/// call, so the cost of a frame depends on the viewport, not on the number of machines. Bar
/// geometry comes from TimelineDelegate and every meaningful colour from TimelineTheme.
class TimelinePainter
{
public:
    explicit TimelinePainter(const TimelinePaintContext &context);
    void paint(QPainter *p) const;

private:
    struct VisibleRow
    {
        int row = 0;
        int top = 0;
        bool header = false;
        QString zoneLabel;
        MachinePlan plan;
    };

    void collectRows();
    void paintBackground(QPainter *p) const;
    void paintVectorBackground(QPainter *p) const;
    void paintSelection(QPainter *p) const;
    void paintGhosts(QPainter *p) const;
    void paintBars(QPainter *p) const;
    void paintBar(QPainter *p, const VisibleRow &row, const Unavailability &u, bool preview) const;
    void paintLock(QPainter *p, const QRectF &bar) const;
    void paintViolation(QPainter *p, const QRectF &bar) const;
    void paintPlannedVsActual(QPainter *p, const VisibleRow &row, const Unavailability &u,
                              const QRectF &bar) const;
    void paintDragPreview(QPainter *p) const;
    void paintAgentDrain(QPainter *p) const;
    void paintNowLine(QPainter *p) const;

    const TimelinePaintContext &m_ctx;
    QList<VisibleRow> m_rows;
    QSet<int> m_createRows;
};
