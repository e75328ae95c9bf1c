#include "mainwindow/confirmdialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

ConfirmDialog::ConfirmDialog(const QString &title, const QString &text, const QString &details,
                             const QString &okText, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this)
                        .pixmap(iconSize, iconSize));
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("text"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(label, 1);

    auto *list = new QPlainTextEdit(details, this);
    list->setObjectName(QStringLiteral("details"));
    list->setReadOnly(true);
    // Wrapped only past the width below: prose wraps, a line per machine does not.
    list->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    list->setWordWrapMode(QTextOption::WordWrap);
    list->setVisible(!details.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);

    // As wide as the longest line and as tall as the list, within the screen.
    const QFontMetrics metrics(list->font());
    int widest = 0;
    const QStringList lines = details.split(u'\n');
    for (const QString &line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 700);
    const int chrome = 2 * list->frameWidth() + 2 * int(list->document()->documentMargin())
        + list->verticalScrollBar()->sizeHint().width() + 40;
    const int widestAllowed
        = std::min(available.width() * 9 / 10, metrics.averageCharWidth() * 120 + chrome);
    const int width = std::clamp(widest + chrome, 420, std::max(420, widestAllowed));
    const int listHeight = details.isEmpty()
        ? 0
        : std::min(int(lines.size()) * metrics.lineSpacing() + chrome, available.height() * 6 / 10);
    list->setMinimumHeight(std::min(listHeight, metrics.lineSpacing() * 4 + chrome));
    label->setMinimumWidth(std::min(width - iconSize - 60, metrics.averageCharWidth() * 60));
    resize(width, sizeHint().height() - list->sizeHint().height() + listHeight);
}
