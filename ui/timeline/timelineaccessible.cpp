#include "timelineaccessible.h"

#include "timelinedelegate.h"
#include "timelineview.h"
#include "timelineviewstate.h"

#include "commands/scheduleeditor.h"
#include "machinemode.h"
#include "planning/draftschedule.h"
#include "planning/machinetablemodel.h"
#include "planning/zonegroupmodel.h"

#include <QDateTime>
#include <QItemSelectionModel>
#include <QLocale>
#include <QScrollBar>
#include <QTextDocumentFragment>

namespace {

MachinePlan planOf(const QModelIndex &index)
{
    return index.data(MachineTableModel::PlanRole).value<MachinePlan>();
}

bool isHeader(const QModelIndex &index)
{
    return index.data(ZoneGroupModel::GroupHeaderRole).toBool();
}

QRect toScreen(const TimelineView *view, const QRect &rect)
{
    const QRect visible = rect.intersected(view->viewport()->rect());
    return visible.isEmpty()
        ? QRect()
        : QRect(view->viewport()->mapToGlobal(visible.topLeft()), visible.size());
}

/// The window bar of one machine row.
class BarAccessible : public QAccessibleInterface
{
public:
    BarAccessible(TimelineView *view, const QPersistentModelIndex &index)
        : m_view(view)
        , m_index(index)
    { }

    bool isValid() const override
    {
        return m_view && m_index.isValid() && planOf(m_index).planned.has_value();
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name:
            return TimelineAccessible::barName(m_view, m_index);
        case QAccessible::Description:
            return TimelineAccessible::barDescription(m_view, m_index);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        if (!isValid() || !m_view->viewState())
            return {};
        const RowLayout rows = m_view->rowLayout();
        const auto bar = TimelineDelegate::paintedBar(
            *planOf(m_index).planned, m_view->viewState()->scale(), rows.yForRow(m_index.row()),
            rows.rowHeight(), m_view->viewport()->width());
        return bar ? toScreen(m_view, bar->toAlignedRect()) : QRect();
    }
    QAccessible::Role role() const override { return QAccessible::Graphic; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.invisible = rect().isEmpty();
        s.offscreen = s.invisible;
        s.readOnly = planOf(m_index).locked();
        return s;
    }

private:
    QPointer<TimelineView> m_view;
    QPersistentModelIndex m_index;
};

/// One row: a zone header or a machine.
class RowAccessible : public QAccessibleInterface
{
public:
    RowAccessible(TimelineView *view, const QPersistentModelIndex &index)
        : m_view(view)
        , m_index(index)
    { }
    ~RowAccessible() override
    {
        if (m_bar)
            QAccessible::deleteAccessibleInterface(m_bar);
    }

    int row() const { return m_index.row(); }
    bool isValid() const override { return m_view && m_index.isValid(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    int childCount() const override
    {
        return isValid() && !isHeader(m_index) && planOf(m_index).planned ? 1 : 0;
    }
    QAccessibleInterface *child(int index) const override
    {
        if (index != 0 || childCount() == 0)
            return nullptr;
        if (!m_bar)
            m_bar = QAccessible::registerAccessibleInterface(new BarAccessible(m_view, m_index));
        return QAccessible::accessibleInterface(m_bar);
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return m_bar && child
                && QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child)) == m_bar
            ? 0
            : -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        QAccessibleInterface *bar = child(0);
        return bar && bar->rect().contains(x, y) ? bar : nullptr;
    }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name:
            return TimelineAccessible::rowName(m_view, m_index);
        case QAccessible::Description:
            return TimelineAccessible::rowDescription(m_view, m_index);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        return isValid() ? toScreen(m_view, m_view->visualRect(m_index)) : QRect();
    }
    QAccessible::Role role() const override { return QAccessible::Row; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid())
            return s;
        s.invisible = rect().isEmpty();
        s.offscreen = s.invisible;
        s.focusable = true;
        s.focused = m_view->hasFocus() && m_view->currentIndex().row() == m_index.row();
        if (isHeader(m_index)) {
            s.expandable = true;
            s.collapsed = m_index.data(ZoneGroupModel::GroupCollapsedRole).toBool();
            s.expanded = !s.collapsed;
        } else {
            s.selectable = true;
            s.multiSelectable = true;
            s.selected = m_view->selectionModel()
                && m_view->selectionModel()->isRowSelected(m_index.row(), QModelIndex());
        }
        return s;
    }

private:
    QPointer<TimelineView> m_view;
    QPersistentModelIndex m_index;
    mutable QAccessible::Id m_bar = 0;
};

QAccessibleInterface *BarAccessible::parent() const
{
    QAccessibleInterface *view
        = m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    return view && m_index.isValid() ? view->child(m_index.row()) : nullptr;
}

QAccessibleInterface *timelineFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("TimelineView") && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<TimelineView *>(object));
    return nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(TimelineView *view)
    : QAccessibleWidget(view, QAccessible::Table)
{ }

TimelineAccessible::~TimelineAccessible()
{
    for (QAccessible::Id id : std::as_const(m_rows))
        QAccessible::deleteAccessibleInterface(id);
}

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(timelineFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

TimelineView *TimelineAccessible::view() const
{
    return static_cast<TimelineView *>(widget());
}

QString TimelineAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
        return QCoreApplication::translate("TimelineAccessible", "Maintenance timeline");
    case QAccessible::Description: {
        const TimelineViewState *state = view()->viewState();
        if (!state)
            return {};
        const QLocale locale;
        const auto format = [&](qint64 ns) {
            return locale.toString(
                QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, state->timeZone()),
                QLocale::ShortFormat);
        };
        return QCoreApplication::translate("TimelineAccessible", "%n row(s), from %1 to %2 (%3)",
                                           nullptr, childCount())
            .arg(format(state->visibleStartNs()), format(state->visibleEndNs()),
                 state->timeZoneName());
    }
    default:
        return QAccessibleWidget::text(t);
    }
}

int TimelineAccessible::childCount() const
{
    return view()->model() ? view()->model()->rowCount() : 0;
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    // Rows follow their model index through inserts and moves; one that now sits elsewhere (or
    // is gone) is replaced here.
    if (const auto it = m_rows.constFind(index); it != m_rows.cend()) {
        auto *row = static_cast<RowAccessible *>(QAccessible::accessibleInterface(*it));
        if (row && row->isValid() && row->row() == index)
            return row;
        QAccessible::deleteAccessibleInterface(*it);
        m_rows.remove(index);
    }
    auto *row = new RowAccessible(view(), view()->model()->index(index, 0));
    m_rows.insert(index, QAccessible::registerAccessibleInterface(row));
    return row;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (it.value() == id)
            return static_cast<const RowAccessible *>(child)->row();
    }
    return -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = view()->indexAt(local);
    return index.isValid() ? child(index.row()) : nullptr;
}

QAccessibleInterface *TimelineAccessible::focusChild() const
{
    const QModelIndex current = view()->currentIndex();
    return view()->hasFocus() && current.isValid() ? child(current.row()) : nullptr;
}

QString TimelineAccessible::rowName(const TimelineView *, const QModelIndex &index)
{
    if (isHeader(index)) // "▾ zone-a (3 machines)": the arrow is decoration
        return index.data(Qt::DisplayRole).toString().mid(2);
    return index.data(MachineTableModel::MachineIdRole).value<MachineId>().displayName();
}

QString TimelineAccessible::rowDescription(const TimelineView *view, const QModelIndex &index)
{
    if (isHeader(index))
        return index.data(ZoneGroupModel::GroupCollapsedRole).toBool()
            ? QCoreApplication::translate("TimelineAccessible", "Zone, collapsed")
            : QCoreApplication::translate("TimelineAccessible", "Zone, expanded");
    const MachinePlan plan = planOf(index);
    const QString mode = machineModeName(plan.mode);
    if (!plan.planned)
        return QCoreApplication::translate("TimelineAccessible", "%1, no maintenance window")
            .arg(mode);
    return QCoreApplication::translate("TimelineAccessible", "%1, window %2")
        .arg(mode, barName(view, index));
}

QString TimelineAccessible::barName(const TimelineView *view, const QModelIndex &index)
{
    const MachinePlan plan = planOf(index);
    const TimelineViewState *state = view->viewState();
    if (!plan.planned || !state)
        return {};
    const QLocale locale;
    const auto format = [&](qint64 ns) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, state->timeZone()),
                               QLocale::ShortFormat);
    };
    const Unavailability &u = *plan.planned;
    if (!u.endNs())
        return QCoreApplication::translate("TimelineAccessible", "from %1, open-ended")
            .arg(format(u.startNs));
    return QCoreApplication::translate("TimelineAccessible", "%1 to %2")
        .arg(format(u.startNs), format(*u.endNs()));
}

QString TimelineAccessible::barDescription(const TimelineView *view, const QModelIndex &index)
{
    const MachinePlan plan = planOf(index);
    const TimelineViewState *state = view->viewState();
    const DraftWindow *w = view->editor() && view->editor()->draft()
        ? view->editor()->draft()->window(plan.windowId)
        : nullptr;
    if (!plan.planned || !state || !w)
        return {};
    // What the tooltip says, as plain text.
    TimelineDelegate::ToolTipFacts facts;
    facts.window = w->window;
    facts.plan = plan;
    facts.answers = index.data(MachineTableModel::AnswersRole).toString();
    facts.nowNs = state->nowNs();
    facts.timeZone = state->timeZone();
    facts.timeZoneName = state->timeZoneName();
    return QTextDocumentFragment::fromHtml(TimelineDelegate::toolTip(facts)).toPlainText();
}
