#include "submit/changesdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Read-only text that wraps at the widget's width and scrolls down: every line is shown whole,
// however long (a conflict names the machine and three times), and can be selected and copied.
QGroupBox *columnBox(const ChangesDialog::Column &column, QWidget *parent)
{
    auto *box = new QGroupBox(column.title, parent);
    auto *text = new QPlainTextEdit(box);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(column.lines.isEmpty() ? QObject::tr("(nothing)")
                                              : column.lines.join(QLatin1Char('\n')));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(text);
    return box;
}

int widestLine(const ChangesDialog::Column &column)
{
    const QFontMetrics metrics(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    int w = metrics.horizontalAdvance(column.title);
    for (const QString &line : column.lines)
        w = std::max(w, metrics.horizontalAdvance(line));
    return w;
}

int stretchFor(const ChangesDialog::Column &column)
{
    return std::clamp(widestLine(column) / 50, 2, 40);
}

// Wide enough for the longest line of each column where the screen allows, tall enough for the
// longer column; what does not fit wraps or scrolls.
QSize preferredSize(const QWidget *dialog, const ChangesDialog::Column &left,
                    const ChangesDialog::Column &right)
{
    const QFontMetrics metrics(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const auto widest = [&](const QStringList &lines) {
        int w = 0;
        for (const QString &line : lines)
            w = std::max(w, metrics.horizontalAdvance(line));
        return w;
    };
    const int width = widest(left.lines) + widest(right.lines) + 120;
    const int height
        = int(std::max(left.lines.size(), right.lines.size())) * metrics.lineSpacing() + 220;
    const QRect available
        = dialog->screen() ? dialog->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    return {std::clamp(width, 640, std::max(640, available.width() * 9 / 10)),
            std::clamp(height, 360, std::max(360, available.height() * 8 / 10))};
}

} // namespace

ChangesDialog::ChangesDialog(const QString &title, const QString &intro, const Column &left,
                             const Column &right, const QString &acceptText, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    resize(preferredSize(this, left, right));
    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Each column as wide as its longest line asks, in proportion: a short list of changes
    // beside long lines of effects leaves the room to the effects.
    auto *columns = new QHBoxLayout;
    columns->addWidget(columnBox(left, this), stretchFor(left));
    columns->addWidget(columnBox(right, this), stretchFor(right));
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
