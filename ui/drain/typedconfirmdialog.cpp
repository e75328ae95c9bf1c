#include "drain/typedconfirmdialog.h"

#include "theme/timelinetheme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

TypedConfirmDialog::TypedConfirmDialog(const QString &title, const QString &text,
                                       const QString &details, const QString &expected,
                                       const QString &okText, QWidget *parent)
    : QDialog(parent)
    , m_expected(expected)
    , m_field(new QLineEdit(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(text, this);
    what->setWordWrap(true);
    layout->addWidget(what);
    if (!details.isEmpty()) {
        auto *list = new QPlainTextEdit(details, this);
        list->setReadOnly(true);
        list->setMaximumHeight(list->fontMetrics().lineSpacing() * 6 + 12);
        layout->addWidget(list);
    }
    auto *warning = new QLabel(tr("This is irreversible: the agent cannot come back with the "
                                  "same ID, and its tasks are gone."),
                               this);
    warning->setWordWrap(true);
    QPalette red = warning->palette();
    red.setColor(QPalette::WindowText, TimelineTheme::color(TimelineTheme::ModeDown));
    warning->setPalette(red);
    QFont bold = warning->font();
    bold.setBold(true);
    warning->setFont(bold);
    layout->addWidget(warning);
    auto *prompt = new QLabel(tr("Type <b>%1</b> to confirm:").arg(expected.toHtmlEscaped()), this);
    layout->addWidget(prompt);
    layout->addWidget(m_field);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &typed) {
        m_ok->setEnabled(!m_expected.isEmpty() && typed.trimmed() == m_expected);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
}

bool TypedConfirmDialog::ask(QWidget *parent, const QString &title, const QString &text,
                             const QString &details, const QString &expected, const QString &okText)
{
    TypedConfirmDialog dialog(title, text, details, expected, okText, parent);
    return dialog.exec() == QDialog::Accepted && dialog.field()->text().trimmed() == expected;
}
