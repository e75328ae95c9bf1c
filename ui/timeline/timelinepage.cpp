#include "timelinepage.h"

#include "capacityband.h"
#include "machinelistdelegate.h"
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

    m_list = new QTreeView(this);
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

    m_ruler = new TimelineRuler(this);
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
    connect(m_list, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (m_groups->isHeader(index.row()))
            m_timeline->toggleZone(index.row());
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
    splitter->setSizes({440, 900, 200});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
}

void TimelinePage::createActions()
{
    auto add = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = m_toolBar->addAction(text);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(tr("Zoom in"), {QKeySequence::ZoomIn}, [this] { m_state->zoomIn(); });
    add(tr("Zoom out"), {QKeySequence::ZoomOut}, [this] { m_state->zoomOut(); });
    add(tr("Fit schedule"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, &TimelinePage::fitSchedule);
    add(tr("Jump to now"), {QKeySequence(Qt::CTRL | Qt::Key_T)}, &TimelinePage::jumpToNow);
    QAction *utc = m_toolBar->addAction(tr("UTC"));
    utc->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    utc->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(utc);
    utc->setCheckable(true);
    utc->setToolTip(tr("Show times in UTC instead of local time"));
    connect(utc, &QAction::toggled, m_state, &TimelineViewState::setUtc);
    m_toolBar->addSeparator();

    QAction *undo = m_undoStack->createUndoAction(this, tr("Undo"));
    undo->setShortcuts({QKeySequence::Undo});
    QAction *redo = m_undoStack->createRedoAction(this, tr("Redo"));
    // Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on some); a key listed twice
    // would make the shortcut ambiguous and do nothing.
    QList<QKeySequence> redoKeys {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    for (QAction *a : {undo, redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_toolBar->addAction(a);
    }
    m_revertAction = add(tr("Revert to live"), {}, &TimelinePage::revertToLive);
    m_toolBar->addSeparator();

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filter"));
    m_filterEdit->setPlaceholderText(tr("Filter: hostname, IP, zone or mode"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMaximumWidth(260);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter,
            &MachineFilterProxyModel::setFilterText);
    m_toolBar->addWidget(m_filterEdit);

    auto *mode = new QComboBox(this);
    m_modeFilter = mode;
    mode->setObjectName(QStringLiteral("modeFilter"));
    mode->addItem(tr("All modes"), -1);
    mode->addItem(machineModeName(MachineMode::Up), int(MachineMode::Up));
    mode->addItem(machineModeName(MachineMode::Draining), int(MachineMode::Draining));
    mode->addItem(machineModeName(MachineMode::Down), int(MachineMode::Down));
    connect(mode, &QComboBox::currentIndexChanged, this, [this, mode](int index) {
        const int value = mode->itemData(index).toInt();
        m_filter->setModeFilter(value < 0 ? std::nullopt
                                          : std::optional<MachineMode>(MachineMode(value)));
    });
    m_toolBar->addWidget(mode);

    QAction *history = m_toolBar->addAction(tr("History"));
    history->setCheckable(true);
    history->setChecked(true);
    connect(history, &QAction::toggled, m_history->parentWidget(), [this](bool on) {
        m_history->setVisible(on);
        m_summary->setVisible(on);
    });
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
