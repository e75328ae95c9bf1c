#include "submit/changesdialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QGroupBox *columnBox(const ChangesDialog::Column &column, QWidget *parent)
{
    auto *box = new QGroupBox(column.title, parent);
    auto *list = new QListWidget(box);
    if (column.lines.isEmpty())
        list->addItem(QObject::tr("(nothing)"));
    list->addItems(column.lines);
    list->setFont(QFont(QStringLiteral("monospace")));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(list);
    return box;
}

} // namespace

ChangesDialog::ChangesDialog(const QString &title, const QString &intro, const Column &left,
                             const Column &right, const QString &acceptText, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    resize(1000, 560);
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    auto *columns = new QHBoxLayout;
    columns->addWidget(columnBox(left, this));
    columns->addWidget(columnBox(right, this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *go = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    go->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
}
