#include "timelinepage.h"

#include "capacityband.h"
#include "machinelistdelegate.h"
#include "machinelistview.h"
#include "timelineactions.h"
#include "timelineruler.h"
#include "timelineview.h"
#include "timelineviewstate.h"

#include "commands/scheduleeditor.h"
#include "planning/draftschedule.h"
#include "planning/linkedselectionmodel.h"
#include "planning/machinefilterproxymodel.h"
#include "planning/machinetablemodel.h"
#include "planning/zonegroupmodel.h"
#include "saturating.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

TimelinePage::TimelinePage(PlanningSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_draft(session->draft())
    , m_machines(session->machineModel())
    , m_filter(session->filterModel())
    , m_groups(session->groupModel())
    , m_undoStack(session->undoStack())
    , m_editor(session->editor())
{
    createModels();
    createWidgets();
    createActions();
    connectScrolling();
    updateHeaderSpans();
    updateRevertAction();
}

TimelinePage::~TimelinePage() = default;

void TimelinePage::createModels()
{
    m_state = new TimelineViewState(this);
    m_state->setRowHeight(std::max(22, fontMetrics().height() + 8));

    connect(m_editor, &ScheduleEditor::editRefused, this,
            [this](const QString &reason) { Q_EMIT statusMessage(reason, 8000); });
    connect(m_draft, &DraftSchedule::windowsChanged, this, &TimelinePage::updateRevertAction);
    // A new base can make the draft equal to it (or not) without a window changing.
    connect(m_draft, &DraftSchedule::machinesChanged, this, &TimelinePage::updateRevertAction);
    connect(m_state, &TimelineViewState::timeZoneChanged, m_machines,
            &MachineTableModel::setDisplayUtc);
    connect(m_groups, &QAbstractItemModel::layoutChanged, this, &TimelinePage::updateHeaderSpans);
    connect(m_groups, &QAbstractItemModel::modelReset, this, &TimelinePage::updateHeaderSpans);
    connect(m_groups, &QAbstractItemModel::rowsInserted, this, &TimelinePage::updateHeaderSpans);
    connect(m_groups, &QAbstractItemModel::rowsRemoved, this, &TimelinePage::updateHeaderSpans);
}

void TimelinePage::createWidgets()
{
    m_toolBar = new QToolBar(tr("Timeline"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Submit and the maintenance actions sit in a tool bar of their own at the right, which
    // never shrinks: at any width they stay on screen, only the view tools overflow.
    m_maintenanceBar = new QToolBar(tr("Maintenance"), this);
    m_maintenanceBar->setObjectName(QStringLiteral("maintenanceBar"));
    m_maintenanceBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_maintenanceBar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);

    m_list = new MachineListView(this);
    m_list->setObjectName(QStringLiteral("machineList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_delegate = new MachineListDelegate(m_state->rowHeight(), this);
    m_list->setItemDelegate(m_delegate);
    m_list->setModel(m_groups);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(MachineTableModel::HostnameColumn, Qt::AscendingOrder);
    m_list->header()->resizeSection(MachineTableModel::HostnameColumn, 150);
    m_list->header()->resizeSection(MachineTableModel::IpColumn, 100);
    m_list->header()->resizeSection(MachineTableModel::ZoneColumn, 90);
    m_list->header()->resizeSection(MachineTableModel::ModeColumn, 80);
    // The zone headers name the zone: its column would only repeat them, in a narrow pane.
    m_list->setColumnHidden(MachineTableModel::ZoneColumn, true);

    m_ruler = new TimelineRuler(this);
    m_ruler->setObjectName(QStringLiteral("ruler"));
    m_ruler->setViewState(m_state);
    m_timeline = new TimelineView(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setViewState(m_state);
    m_timeline->setModel(m_groups);
    // The list and the timeline show the session's one selection, as the machines panel does.
    auto *selection = new LinkedSelectionModel(m_groups, m_session->selectionModel(), this);
    m_list->setSelectionModel(selection);
    m_timeline->setSelectionModel(selection);
    m_timeline->setEditor(m_editor);
    m_timeline->setChecks(m_session->checks());
    connect(m_timeline, &TimelineView::dragViolationsChanged, this, [this](const QStringList &v) {
        Q_EMIT statusMessage(v.join(QStringLiteral("; ")), 0);
    });
    connect(m_list, &MachineListView::zoneToggleRequested, m_timeline, &TimelineView::toggleZone);
    connect(m_list, &MachineListView::zoneCollapseRequested, m_timeline,
            &TimelineView::setZoneCollapsed);
    // A double-click on a machine edits its window's exact times, as one on its bar does.
    connect(m_list, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_groups->isHeader(index.row()))
            m_timeline->actions()->editCurrentWindowTimes();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimelinePage::selectedMachinesChanged);
    // The edit shortcuts work wherever the focus is on the page, the list included.
    m_list->addActions(m_timeline->editActions());

    m_history = new QUndoView(m_undoStack, this);
    m_history->setEmptyLabel(tr("Live schedule"));
    m_history->setObjectName(QStringLiteral("history"));

    // The list's header sits level with the ruler: a spacer makes up the difference.
    m_listSpacer = new QWidget(this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_listSpacer);
    leftLayout->addWidget(m_list);
    m_bandSpacer = new QWidget(this);
    leftLayout->addWidget(m_bandSpacer);

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(0);
    auto *rulerRow = new QHBoxLayout;
    // The ruler spans exactly the timeline's viewport: inside its frame, left of its scroll bar.
    const int frame = m_timeline->frameWidth();
    rulerRow->setContentsMargins(frame, 0, 0, 0);
    rulerRow->setSpacing(0);
    rulerRow->addWidget(m_ruler);
    rulerRow->addSpacing(style()->pixelMetric(QStyle::PM_ScrollBarExtent) + frame);
    centerLayout->addLayout(rulerRow);
    centerLayout->addWidget(m_timeline);
    createCapacityBand(centerLayout, frame);
    const int headerHeight = m_list->header()->sizeHint().height();
    const int rulerHeight = std::max(m_ruler->sizeHint().height(), headerHeight);
    m_ruler->setFixedHeight(rulerHeight);
    m_listSpacer->setFixedHeight(rulerHeight - headerHeight);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(tr("History"), this);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_history);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(center);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    // In proportion when the window is narrower: the timeline keeps most of a 1024 px window.
    splitter->setSizes({340, 1060, 170});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bars = new QHBoxLayout;
    bars->setSpacing(0);
    bars->addWidget(m_toolBar, 1);
    bars->addWidget(m_maintenanceBar);
    layout->addLayout(bars);
    layout->addWidget(splitter, 1);
}

void TimelinePage::connectScrolling()
{
    // The list and the timeline scroll as one: their viewports are equally tall and their rows
    // equally high, so the pixel offsets match.
    QScrollBar *listBar = m_list->verticalScrollBar();
    QScrollBar *timelineBar = m_timeline->verticalScrollBar();
    connect(timelineBar, &QScrollBar::valueChanged, listBar, &QScrollBar::setValue);
    connect(listBar, &QScrollBar::valueChanged, timelineBar, &QScrollBar::setValue);
    connect(listBar, &QScrollBar::rangeChanged, this, [timelineBar, listBar] {
        if (timelineBar->value() != listBar->value())
            listBar->setValue(timelineBar->value());
    });
    // A zone collapsed or expanded (by a click, Return, an arrow key, in either view) changes
    // both views' rows: once both have taken it in, the list is laid out and takes the
    // timeline's offset, rather than waiting for the next scroll to line up.
    auto relevel = [this, listBar, timelineBar] {
        m_list->doItemsLayout();
        listBar->setValue(timelineBar->value());
    };
    connect(m_groups, &QAbstractItemModel::rowsInserted, this, relevel, Qt::QueuedConnection);
    connect(m_groups, &QAbstractItemModel::rowsRemoved, this, relevel, Qt::QueuedConnection);
}

void TimelinePage::updateHeaderSpans()
{
    for (int row : m_groups->headerRows())
        m_list->setFirstColumnSpanned(row, QModelIndex(), true);
}

void TimelinePage::updateRevertAction()
{
    if (m_revertAction)
        m_revertAction->setEnabled(m_draft->isModified());
}

void TimelinePage::setMachineActions(const QList<QAction *> &actions)
{
    m_timeline->actions()->setMachineActions(actions);
}

QList<MachineId> TimelinePage::selectedMachines() const
{
    return m_timeline->selectedMachines();
}

void TimelinePage::fitSchedule()
{
    // An open-ended window shows its first half day.
    if (const auto extent = m_draft->timeExtent(12 * TimeScale::Hour)) {
        m_state->showRange(extent->startNs, extent->endNs);
        return;
    }
    const qint64 now = m_state->nowNs();
    m_state->showRange(now - 6 * TimeScale::Hour, now + 2 * TimeScale::Day);
}

void TimelinePage::jumpToNow()
{
    m_state->centerOn(m_state->nowNs());
}

void TimelinePage::revertToLive()
{
    if (!m_draft->isModified())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Revert to live"),
        tr("Discard every change in the draft and start again from the live schedule?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard && m_editor->revertToLive())
        Q_EMIT statusMessage(tr("The draft is the live schedule again."), 4000);
}

bool TimelinePage::showMachine(const MachineId &machine)
{
    const int row = m_machines->rowOf(machine);
    if (row < 0)
        return false;
    const QModelIndex source = m_machines->index(row, 0);
    QModelIndex filtered = m_filter->mapFromSource(source);
    if (!filtered.isValid()) {
        m_filterEdit->clear();
        m_modeFilter->setCurrentIndex(0); // all modes
        filtered = m_filter->mapFromSource(source);
    }
    const QModelIndex grouped = m_groups->mapFromSource(filtered);
    if (!grouped.isValid())
        return false;
    m_list->selectionModel()->setCurrentIndex(
        grouped, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(grouped, QAbstractItemView::PositionAtCenter);
    m_timeline->scrollTo(grouped, QAbstractItemView::PositionAtCenter);
    if (const DraftWindow *w = m_draft->window(m_draft->windowIdOf(machine)))
        m_state->centerOn(w->window.unavailability.startNs);
    return true;
}

void TimelinePage::createCapacityBand(QVBoxLayout *layout, int frame)
{
    // Like the ruler, the band spans exactly the timeline's viewport; a spacer under the list
    // keeps the list's rows level with the timeline's.
    m_band = new CapacityBand(this);
    m_band->setObjectName(QStringLiteral("capacityBand"));
    m_band->setViewState(m_state);
    m_band->setChecks(m_session->checks());
    m_band->setFixedHeight(m_band->sizeHint().height());
    m_bandSpacer->setFixedHeight(m_band->sizeHint().height());
    auto *row = new QHBoxLayout;
    row->setContentsMargins(frame, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_band);
    row->addSpacing(style()->pixelMetric(QStyle::PM_ScrollBarExtent) + frame);
    layout->addLayout(row);
}

void TimelinePage::setCapacityBandVisible(bool visible)
{
    m_band->setVisible(visible);
    m_bandSpacer->setVisible(visible);
}
