#include "timelinepainter.h"

#include "timelinedelegate.h"

#include "planning/machinetablemodel.h"
#include "planning/planningchecks.h"
#include "planning/zonegroupmodel.h"
#include "theme/timelinetheme.h"

#include <QAbstractItemModel>
#include <QItemSelectionModel>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace {

bool inWindow(const TimelineDrag *drag, WindowId id)
{
    return drag && drag->isEditing() && drag->mode() != TimelineDrag::Mode::Creating
        && drag->press().window == id;
}

} // namespace

TimelinePainter::TimelinePainter(const TimelinePaintContext &context)
    : m_ctx(context)
{
    collectRows();
}

void TimelinePainter::collectRows()
{
    const RowLayout &rows = m_ctx.rows;
    const int first = std::max(rows.firstVisibleRow(), rows.rowAt(m_ctx.exposed.top()));
    int last = rows.rowAt(m_ctx.exposed.bottom());
    if (last < 0)
        last = rows.lastVisibleRow(m_ctx.viewport.height());
    if (!m_ctx.model || first < 0)
        return;
    m_rows.reserve(last - first + 1);
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_ctx.model->index(row, 0);
        VisibleRow v;
        v.row = row;
        v.top = rows.yForRow(row);
        v.header = index.data(ZoneGroupModel::GroupHeaderRole).toBool();
        if (v.header)
            v.zoneLabel = index.data(Qt::DisplayRole).toString();
        else
            v.plan = index.data(MachineTableModel::PlanRole).value<MachinePlan>();
        m_rows.append(std::move(v));
    }
    if (m_ctx.drag && m_ctx.drag->mode() == TimelineDrag::Mode::Creating) {
        const auto &create = m_ctx.drag->press().rows;
        m_createRows = QSet<int>(create.cbegin(), create.cend());
    }
}

void TimelinePainter::paint(QPainter *p) const
{
    paintBackground(p);
    paintSelection(p);
    paintGhosts(p);
    paintBars(p);
    paintDragPreview(p);
    paintAgentDrain(p);
    paintNowLine(p);
}

void TimelinePainter::paintBackground(QPainter *p) const
{
    // Rows (and the grid in them) are copied from pre-rendered strips; only the area below the
    // last row is drawn here.
    const QPalette &pal = m_ctx.palette;
    const int width = m_ctx.viewport.width();
    const int h = m_ctx.rows.rowHeight();
    int covered = m_ctx.exposed.top();
    if (!m_ctx.background) {
        paintVectorBackground(p);
        covered = m_ctx.exposed.bottom() + 1;
    }
    for (const VisibleRow &r : m_rows) {
        if (!m_ctx.background)
            break;
        const auto kind = r.header ? TimelineRowBackground::Header
            : r.row % 2            ? TimelineRowBackground::Alternate
                                   : TimelineRowBackground::Base;
        p->drawImage(QPoint(0, r.top), m_ctx.background->strip(kind));
        covered = r.top + h;
    }
    while (covered <= m_ctx.exposed.bottom()) {
        // Below the last row: repeat the plain strip (it carries the grid) down to the bottom.
        const QImage &strip = m_ctx.background->strip(TimelineRowBackground::Base);
        p->drawImage(QPoint(0, covered), strip);
        covered += h;
    }
    p->setPen(pal.color(QPalette::Text));
    for (const VisibleRow &r : m_rows) {
        if (r.header)
            p->drawText(QRect(6, r.top, width - 12, h), Qt::AlignVCenter | Qt::AlignLeft,
                        r.zoneLabel);
    }
}

void TimelinePainter::paintVectorBackground(QPainter *p) const
{
    // Without strips (a picture, SVG above all): rows filled, then the grid as lines.
    const int width = m_ctx.viewport.width();
    const int h = m_ctx.rows.rowHeight();
    p->fillRect(m_ctx.exposed,
                TimelineRowBackground::rowColor(TimelineRowBackground::Base, m_ctx.palette));
    for (const VisibleRow &r : m_rows) {
        const auto kind = r.header ? TimelineRowBackground::Header
            : r.row % 2            ? TimelineRowBackground::Alternate
                                   : TimelineRowBackground::Base;
        if (kind != TimelineRowBackground::Base)
            p->fillRect(QRect(0, r.top, width, h),
                        TimelineRowBackground::rowColor(kind, m_ctx.palette));
    }
    TimelineRowBackground::paintGrid(p, m_ctx.scale, m_ctx.timeZone, m_ctx.exposed, m_ctx.palette);
}

void TimelinePainter::paintSelection(QPainter *p) const
{
    if (!m_ctx.selection)
        return;
    QColor color = m_ctx.palette.color(QPalette::Highlight);
    color.setAlpha(45);
    const int width = m_ctx.viewport.width();
    const int h = m_ctx.rows.rowHeight();
    for (const VisibleRow &r : m_rows) {
        if (!r.header && m_ctx.selection->isRowSelected(r.row, QModelIndex()))
            p->fillRect(QRect(0, r.top, width, h), color);
    }
    if (m_ctx.currentRow >= 0) {
        const int top = m_ctx.rows.yForRow(m_ctx.currentRow);
        QColor frame = m_ctx.palette.color(QPalette::Highlight);
        frame.setAlpha(140);
        p->setPen(QPen(frame, 1, Qt::DotLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(QRect(0, top, width - 1, h - 1));
    }
}

void TimelinePainter::paintGhosts(QPainter *p) const
{
    // Where the live schedule has the machine, when the draft differs: a dashed outline.
    const int h = m_ctx.rows.rowHeight();
    const int width = m_ctx.viewport.width();
    QColor moved = m_ctx.palette.color(QPalette::Text);
    moved.setAlpha(110);
    p->setBrush(Qt::NoBrush);
    for (const VisibleRow &r : m_rows) {
        if (r.header || !r.plan.base)
            continue;
        const bool removed = r.plan.change == DraftSchedule::Change::Removed;
        const bool dragged = inWindow(m_ctx.drag, r.plan.windowId);
        if (!removed && r.plan.change != DraftSchedule::Change::Moved && !dragged)
            continue;
        const Unavailability ghost = dragged ? *r.plan.planned : *r.plan.base;
        const auto rect = TimelineDelegate::paintedBar(ghost, m_ctx.scale, r.top, h, width);
        if (!rect)
            continue;
        p->setPen(QPen(removed ? TimelineTheme::color(TimelineTheme::RemovedFromDraft) : moved, 1.2,
                       Qt::DashLine));
        p->drawRect(rect->adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelinePainter::paintBars(QPainter *p) const
{
    for (const VisibleRow &r : m_rows) {
        if (r.header || !r.plan.planned)
            continue;
        if (inWindow(m_ctx.drag, r.plan.windowId))
            paintBar(p, r, m_ctx.drag->preview(), true);
        else
            paintBar(p, r, *r.plan.planned, false);
    }
}

void TimelinePainter::paintBar(QPainter *p, const VisibleRow &row, const Unavailability &u,
                               bool preview) const
{
    const int width = m_ctx.viewport.width();
    const auto rect
        = TimelineDelegate::paintedBar(u, m_ctx.scale, row.top, m_ctx.rows.rowHeight(), width);
    if (!rect)
        return;
    const MachinePlan &plan = row.plan;
    const QColor fill = TimelineTheme::barFill(plan.windowId, plan.mode);
    if (!u.durationNs) {
        // Open-ended: fades out to the right.
        const double fadeFrom = std::max(rect->left(),
                                         std::min(rect->right() - TimelineDelegate::FadeWidth,
                                                  double(width) - TimelineDelegate::FadeWidth));
        QLinearGradient gradient(fadeFrom, 0, rect->right(), 0);
        gradient.setColorAt(0, fill);
        QColor clear = fill;
        clear.setAlpha(0);
        gradient.setColorAt(1, clear);
        // Solid up to the fade, the gradient only where it fades: gradients cost per pixel.
        const QRectF solid(rect->left(), rect->top(), fadeFrom - rect->left(), rect->height());
        if (solid.width() > 0)
            p->fillRect(solid, fill);
        p->fillRect(QRectF(fadeFrom, rect->top(), rect->right() - fadeFrom, rect->height()),
                    gradient);
    } else {
        p->fillRect(*rect, fill);
    }
    if (plan.mode == MachineMode::Draining)
        p->fillRect(*rect, QBrush(TimelineTheme::drainingHatch(fill), Qt::BDiagPattern));

    const bool highlighted = plan.windowId == m_ctx.hovered || plan.windowId == m_ctx.current;
    QPen border(TimelineTheme::barBorder(fill), 1);
    if (plan.change == DraftSchedule::Change::Added)
        border = QPen(m_ctx.palette.color(QPalette::Text), 1, Qt::DashLine);
    if (highlighted || preview)
        border = QPen(m_ctx.palette.color(QPalette::Highlight), 2);
    p->setPen(border);
    p->setBrush(Qt::NoBrush);
    if (u.durationNs)
        p->drawRect(rect->adjusted(0.5, 0.5, -0.5, -0.5));
    else
        p->drawLine(rect->topLeft(), rect->bottomLeft());

    if (plan.readiness != MachinePlan::Readiness::NotDraining && rect->width() >= 10) {
        p->setPen(Qt::NoPen);
        p->setBrush(TimelineTheme::readinessColor(plan.readiness));
        const double d = rect->height() - 6;
        p->drawEllipse(QRectF(rect->left() + 3, rect->top() + 3, d, d));
    }
    if (plan.locked() && rect->width() >= 22)
        paintLock(p, *rect);
    if (preview ? m_ctx.dragViolates : m_ctx.checks && m_ctx.checks->isViolating(plan.windowId))
        paintViolation(p, *rect);
    if (!preview)
        paintPlannedVsActual(p, row, u, *rect);
}

void TimelinePainter::paintPlannedVsActual(QPainter *p, const VisibleRow &row,
                                           const Unavailability &u, const QRectF &bar) const
{
    // Planned against what happened: a window that should have started while its machine is not
    // DOWN yet is overdue (a line from the start to now under the bar); a DOWN machine whose
    // window should have ended overruns (a band from the end to now).
    const qint64 now = m_ctx.nowNs;
    const double nowX = m_ctx.scale.xForTime(now);
    const bool down = row.plan.mode == MachineMode::Down;
    const auto end = u.endNs();
    if (!down && u.startNs < now) {
        const double right = std::min(nowX, end ? m_ctx.scale.xForTime(*end) : nowX);
        p->fillRect(QRectF(bar.left(), bar.bottom() - 2, std::max(1.0, right - bar.left()), 3),
                    TimelineTheme::color(TimelineTheme::Overdue));
    } else if (down && end && *end < now) {
        const double left = m_ctx.scale.xForTime(*end);
        p->fillRect(QRectF(left, bar.top() + bar.height() / 3, std::max(1.0, nowX - left),
                           bar.height() / 3),
                    QBrush(TimelineTheme::color(TimelineTheme::Overrun), Qt::Dense4Pattern));
    }
}

void TimelinePainter::paintLock(QPainter *p, const QRectF &bar) const
{
    // A small padlock: the master refuses to drop a DOWN machine from the schedule.
    const double h = bar.height() - 4;
    const QRectF body(bar.right() - h - 3, bar.top() + 2 + h * 0.45, h * 0.8, h * 0.55);
    const QColor mark = TimelineTheme::color(TimelineTheme::LockMark);
    p->setPen(QPen(mark, 1.4));
    p->setBrush(Qt::NoBrush);
    p->drawArc(QRectF(body.left() + h * 0.15, bar.top() + 2, h * 0.5, h * 0.7), 0, 180 * 16);
    p->setPen(Qt::NoPen);
    p->setBrush(mark);
    p->drawRect(body);
}

void TimelinePainter::paintDragPreview(QPainter *p) const
{
    if (!m_ctx.drag || m_ctx.drag->mode() != TimelineDrag::Mode::Creating)
        return;
    QColor color = m_ctx.palette.color(QPalette::Highlight);
    color.setAlpha(150);
    p->setPen(QPen(m_ctx.palette.color(QPalette::Highlight), 1, Qt::DashLine));
    p->setBrush(color);
    for (const VisibleRow &r : m_rows) {
        if (!m_createRows.contains(r.row))
            continue;
        const auto rect
            = TimelineDelegate::paintedBar(m_ctx.drag->preview(), m_ctx.scale, r.top,
                                           m_ctx.rows.rowHeight(), m_ctx.viewport.width());
        if (rect)
            p->drawRect(*rect);
        if (rect && m_ctx.dragViolates)
            paintViolation(p, *rect);
    }
}

void TimelinePainter::paintViolation(QPainter *p, const QRectF &bar) const
{
    // A red frame and a red strip along the bottom: visible over any window colour.
    const QColor red = TimelineTheme::color(TimelineTheme::LimitViolation);
    p->setPen(QPen(red, 2));
    p->setBrush(Qt::NoBrush);
    p->drawRect(bar.adjusted(1, 1, -1, -1));
    p->fillRect(QRectF(bar.left(), bar.bottom() - 3, bar.width(), 3), red);
}

void TimelinePainter::paintAgentDrain(QPainter *p) const
{
    // An agent's drain state is a fact of now, not of a window: a labelled mark that ends at the
    // now-line (kept inside the viewport when now is scrolled out of view).
    const int h = m_ctx.rows.rowHeight() - 2 * TimelineDelegate::BarInset;
    const QFontMetrics fm(p->font());
    const int nowX = int(std::lround(m_ctx.scale.xForTime(m_ctx.nowNs)));
    for (const VisibleRow &r : m_rows) {
        if (r.header || r.plan.agentDrain == AgentDrain::State::None)
            continue;
        const QString text = AgentDrain::name(r.plan.agentDrain);
        const int w = fm.horizontalAdvance(text) + 12;
        const int right = std::clamp(nowX - 3, w, std::max(w, m_ctx.viewport.width() - 2));
        const QRect mark(right - w, r.top + TimelineDelegate::BarInset, w, h);
        p->setPen(Qt::NoPen);
        p->setBrush(TimelineTheme::agentDrainColor(r.plan.agentDrain));
        p->drawRoundedRect(mark, h / 2.0, h / 2.0);
        p->setPen(TimelineTheme::color(TimelineTheme::ModeBadgeText));
        p->drawText(mark, Qt::AlignCenter, text);
    }
}

void TimelinePainter::paintNowLine(QPainter *p) const
{
    const double x = m_ctx.scale.xForTime(m_ctx.nowNs);
    if (x < m_ctx.exposed.left() - 2 || x > m_ctx.exposed.right() + 2)
        return;
    p->fillRect(QRect(int(std::lround(x)) - 1, m_ctx.exposed.top(), 2, m_ctx.exposed.height()),
                TimelineTheme::color(TimelineTheme::NowLine));
}
