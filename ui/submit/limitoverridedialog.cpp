#include "submit/limitoverridedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

LimitOverrideDialog::LimitOverrideDialog(const QString &title, const QStringList &violations,
                                         QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(title);
    auto *list = new QListWidget(this);
    list->addItems(violations);
    list->setMinimumWidth(760);
    list->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Why this schedule may break them (kept with the review)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_override = buttons->addButton(tr("Override the Limits"), QDialogButtonBox::AcceptRole);
    m_override->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_override->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("This schedule breaks %n planning limit(s) of this master's policy:", nullptr,
                      int(violations.size())),
                   this));
    layout->addWidget(list);
    layout->addWidget(new QLabel(tr("Reason for the override:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
}

QString LimitOverrideDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString LimitOverrideDialog::ask(QWidget *parent, const QString &title,
                                 const QStringList &violations)
{
    LimitOverrideDialog dialog(title, violations, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.reason() : QString();
}
