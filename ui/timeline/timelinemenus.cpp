#include "timelinemenus.h"

#include "selectmachinesdialog.h"
#include "shortcutsdialog.h"
#include "timelinelegend.h"
#include "timelinepage.h"
#include "timelineview.h"
#include "timelineviewstate.h"

#include "commands/scheduleeditor.h"

#include "planning/machinetablemodel.h"
#include "planning/planningsession.h"
#include "theme/actionicons.h"
#include "theme/apppalette.h"

#include <QAction>
#include <QActionGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TimelineMenus::TimelineMenus(TimelinePage *page, QObject *parent)
    : QObject(parent)
    , m_page(page)
{
    m_find = new QAction(ActionIcons::icon(u"edit-find"_s), tr("&Find Machine"), this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setToolTip(tr("Type into the machine filter"));
    connect(m_find, &QAction::triggered, page, &TimelinePage::focusFilter);
    // Also where the page is used without a menu bar (tests, other windows).
    page->addAction(m_find);

    m_selectMachines = new QAction(tr("Select &Machines…"), this);
    m_selectMachines->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_selectMachines->setToolTip(tr("Select the machines of a pasted list of hostnames"));
    connect(m_selectMachines, &QAction::triggered, this, [this] { selectMachines(); });

    m_legend = new QAction(ActionIcons::icon(u"help-legend"_s), tr("&Legend"), this);
    m_legend->setToolTip(tr("What the timeline's colours, dots and marks mean"));
    connect(m_legend, &QAction::triggered, this, &TimelineMenus::showLegend);
}

void TimelineMenus::addEditActions(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_find);
    menu->addAction(m_selectMachines);
    menu->addSeparator();
    for (QAction *a : m_page->timeline()->editActions())
        menu->addAction(a);
}

void TimelineMenus::addViewActions(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_legend);
    // Colours: the system's, dark or high contrast; applied now and remembered.
    QMenu *colours = menu->addMenu(tr("&Colours"));
    auto *group = new QActionGroup(colours);
    const AppPalette::Scheme saved = AppPalette::saved();
    for (auto scheme :
         {AppPalette::Scheme::System, AppPalette::Scheme::Dark, AppPalette::Scheme::HighContrast}) {
        QAction *a = colours->addAction(AppPalette::name(scheme));
        a->setCheckable(true);
        a->setChecked(scheme == saved);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [scheme] {
            AppPalette::apply(scheme);
            AppPalette::save(scheme);
        });
    }
    if (saved != AppPalette::Scheme::System)
        AppPalette::apply(saved);
}

void TimelineMenus::addHelpActions(QMenu *menu)
{
    menu->addAction(m_legend);
    QAction *keys = menu->addAction(tr("&Keyboard Shortcuts"));
    connect(keys, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(m_page->window()->findChild<QMenuBar *>(), m_page);
        dialog.exec();
    });
}

void TimelineMenus::selectMachines(const QString &text)
{
    MachineTableModel *table = m_page->machineModel();
    QList<MachineId> machines;
    machines.reserve(table->rowCount());
    for (int row = 0; row < table->rowCount(); ++row)
        machines.append(table->machineAt(row));
    SelectMachinesDialog dialog(machines, m_page);
    dialog.setText(text);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList missing = selectMachinesFromText(dialog.text());
    if (missing.isEmpty())
        return;
    QMessageBox box(
        QMessageBox::Information, tr("Select Machines"),
        tr("%n machine(s) of the list are not in the cluster.", nullptr, int(missing.size())),
        QMessageBox::Ok, m_page);
    // One name a line, never broken at a dash.
    QStringList names;
    for (const QString &name : missing.mid(0, 20))
        names << u"<nobr>"_s + name.toHtmlEscaped() + u"</nobr>"_s;
    box.setInformativeText(
        u"<p>"_s
        + tr("The others are selected. Not found: %1").arg(u"<br>"_s + names.join(u"<br>"_s))
        + u"</p>"_s);
    box.setDetailedText(missing.join(u'\n'));
    box.exec();
}

QStringList TimelineMenus::selectMachinesFromText(const QString &text)
{
    MachineTableModel *table = m_page->machineModel();
    QList<MachineId> machines;
    machines.reserve(table->rowCount());
    for (int row = 0; row < table->rowCount(); ++row)
        machines.append(table->machineAt(row));
    const MachineListText::Match match
        = MachineListText::match(MachineListText::parse(text), machines);
    if (!match.found.isEmpty()) {
        QItemSelection selection;
        for (const MachineId &id : match.found) {
            const QModelIndex index = table->index(table->rowOf(id), 0);
            selection.select(index, index.siblingAtColumn(table->columnCount() - 1));
        }
        // Shows the first (clearing a filter that hides it), then selects them all.
        m_page->showMachine(match.found.first());
        m_page->session()->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Q_EMIT m_page->statusMessage(
            tr("%n machine(s) selected.", nullptr, int(match.found.size())), 6000);
    }
    return match.notFound;
}

void TimelineMenus::showLegend()
{
    if (!m_legendWindow) {
        auto *window = new QDialog(m_page->window());
        window->setObjectName(QStringLiteral("legendWindow"));
        window->setWindowTitle(tr("Timeline Legend"));
        auto *scroll = new QScrollArea(window);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto *legend = new TimelineLegend(scroll);
        scroll->setWidget(legend);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
        connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::close);
        auto *layout = new QVBoxLayout(window);
        layout->addWidget(scroll, 1);
        layout->addWidget(buttons);
        // Wide enough for a sentence a line; as tall as the legend, as far as the screen allows.
        const QSize hint = legend->sizeHint();
        window->resize(std::max(hint.width(), legend->fontMetrics().averageCharWidth() * 90),
                       std::min(hint.height() + buttons->sizeHint().height() + 40, 640));
        m_legendWindow = window;
    }
    m_legendWindow->show();
    m_legendWindow->raise();
    m_legendWindow->activateWindow();
}
