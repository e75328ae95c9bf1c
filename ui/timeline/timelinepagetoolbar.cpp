// TimelinePage, part two: the tool bar and its actions. The page's widgets, scrolling and
// selection are in timelinepage.cpp.
#include "timelinepage.h"

#include "timelineviewstate.h"

#include "planning/machinefilterproxymodel.h"
#include "theme/actionicons.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>

using namespace Qt::StringLiterals;

void TimelinePage::createActions()
{
    // Icons with short, fixed labels (iconText): the buttons never change width, so nothing moves
    // under the pointer; the long text stays in the menus and tooltips.
    auto add = [this](const QString &text, const QString &label, const QString &icon,
                      const QList<QKeySequence> &keys, auto slot) {
        auto *action = m_toolBar->addAction(ActionIcons::icon(icon), text);
        action->setIconText(label);
        action->setToolTip(text);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(tr("Zoom in"), tr("Zoom in"), u"zoom-in"_s, {QKeySequence::ZoomIn},
        [this] { m_state->zoomIn(); });
    add(tr("Zoom out"), tr("Zoom out"), u"zoom-out"_s, {QKeySequence::ZoomOut},
        [this] { m_state->zoomOut(); });
    add(tr("Fit schedule"), tr("Fit"), u"zoom-fit-best"_s, {QKeySequence(Qt::CTRL | Qt::Key_0)},
        &TimelinePage::fitSchedule);
    add(tr("Jump to now"), tr("Now"), u"go-jump-today"_s, {QKeySequence(Qt::CTRL | Qt::Key_T)},
        &TimelinePage::jumpToNow);
    QAction *utc = m_toolBar->addAction(tr("UTC"));
    utc->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    utc->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(utc);
    utc->setCheckable(true);
    utc->setToolTip(tr("Show times in UTC instead of local time, everywhere (Ctrl+U)"));
    // One time-zone setting for every view: the state carries it, the choice is remembered.
    utc->setChecked(QSettings().value(u"view/utc"_s, false).toBool());
    m_state->setUtc(utc->isChecked());
    connect(utc, &QAction::toggled, m_state, &TimelineViewState::setUtc);
    connect(m_state, &TimelineViewState::timeZoneChanged, utc, &QAction::setChecked);
    connect(utc, &QAction::triggered, this,
            [](bool on) { QSettings().setValue(u"view/utc"_s, on); });
    m_toolBar->addSeparator();

    // Fixed labels: the stack's own undo action renames itself after every edit ("Undo Move
    // window"), which made the tool bar change width. The command's name is in the tooltip.
    auto *undo = new QAction(ActionIcons::icon(u"edit-undo"_s), tr("Undo"), this);
    undo->setShortcuts({QKeySequence::Undo});
    connect(undo, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    // The menu may name the command ("Undo Move window"); the button keeps its fixed label.
    undo->setIconText(tr("Undo"));
    connect(m_undoStack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("Undo") : tr("Undo %1").arg(text));
        undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(text));
    });
    auto *redo = new QAction(ActionIcons::icon(u"edit-redo"_s), tr("Redo"), this);
    connect(redo, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    redo->setIconText(tr("Redo"));
    connect(m_undoStack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("Redo") : tr("Redo %1").arg(text));
        redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(text));
    });
    undo->setEnabled(m_undoStack->canUndo());
    redo->setEnabled(m_undoStack->canRedo());
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
    m_revertAction = add(tr("Revert to live"), tr("Revert"), u"document-revert"_s, {},
                         &TimelinePage::revertToLive);
    m_toolBar->addSeparator();

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filter"));
    m_filterEdit->setPlaceholderText(tr("Filter: hostname, IP, zone or mode"));
    m_filterEdit->setToolTip(tr("Show only the machines that match (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->addAction(ActionIcons::icon(u"edit-find"_s), QLineEdit::LeadingPosition);
    m_filterEdit->setFixedWidth(fontMetrics().averageCharWidth() * 30);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter,
            &MachineFilterProxyModel::setFilterText);
    m_toolBar->addWidget(m_filterEdit);

    auto *mode = new QComboBox(this);
    m_modeFilter = mode;
    mode->setObjectName(QStringLiteral("modeFilter"));
    mode->setToolTip(tr("Show only machines in this mode"));
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

    QAction *history = m_toolBar->addAction(ActionIcons::icon(u"view-history"_s), tr("History"));
    history->setToolTip(tr("Show or hide the list of edits"));
    history->setCheckable(true);
    history->setChecked(true);
    connect(history, &QAction::toggled, m_history->parentWidget(), [this](bool on) {
        m_history->setVisible(on);
        m_summary->setVisible(on);
    });
    // Icon-only where the icon says it all; the rest keep their short label.
    for (QAction *a : {m_toolBar->actions().at(0), m_toolBar->actions().at(1), undo, redo}) {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void TimelinePage::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}
