#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Command"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);

    if (menus) {
        for (const QAction *top : menus->actions()) {
            const QMenu *menu = top->menu();
            if (!menu)
                continue;
            for (const QAction *a : menu->actions()) {
                if (!a->isSeparator() && !a->shortcuts().isEmpty()) {
                    QStringList keys;
                    for (const QKeySequence &k : a->shortcuts())
                        keys << k.toString(QKeySequence::NativeText);
                    addRow(plain(top->text()), plain(a->text()), keys.join(QStringLiteral(", ")));
                }
            }
        }
    }
    const QString timeline = tr("Timeline");
    addRow(timeline, tr("Move the current window by a snap step"), tr("Left, Right"));
    addRow(timeline, tr("Resize the current window"), tr("Shift+Left, Shift+Right"));
    addRow(timeline, tr("Zoom in, zoom out"), tr("+, −"));
    addRow(timeline, tr("Context menu of the current row"), tr("Menu key"));
    addRow(timeline, tr("Stop a drag"), tr("Esc"));
    const QString header = tr("Zone header");
    addRow(header, tr("Collapse, expand"), tr("Left, Right"));
    addRow(header, tr("Collapse or expand"), tr("Return, Space"));
    addRow(header, tr("Select the zone's machines"), tr("Up, Down onto the header"));
    addRow(tr("Machine list"), tr("Find a machine by its hostname"), tr("Type its first letters"));
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    const int width = m_table->horizontalHeader()->length() + 60;
    resize(std::min(width, 900),
           std::min(m_table->rowCount() * (fontMetrics().height() + 8) + 120, 640));
}

void ShortcutsDialog::addRow(const QString &where, const QString &what, const QString &keys)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(where));
    m_table->setItem(row, 1, new QTableWidgetItem(what));
    m_table->setItem(row, 2, new QTableWidgetItem(keys));
}
