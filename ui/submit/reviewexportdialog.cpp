#include "submit/reviewexportdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

ReviewExportDialog::ReviewExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_author(new QLineEdit(qEnvironmentVariable("USER"), this))
    , m_reason(new QPlainTextEdit(this))
    , m_path(
          new QLineEdit(QDir::home().filePath(QStringLiteral("maintenance-schedule.json")), this))
{
    setWindowTitle(tr("Export for review"));
    m_reason->setPlaceholderText(
        tr("Why, and the ticket, e.g. OPS-1234: kernel upgrade of rack 7"));
    m_reason->setMaximumHeight(90);
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Schedule file"), m_path->text(),
                                                          tr("Schedules (*.json)"));
        if (!file.isEmpty())
            m_path->setText(file);
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Reason / ticket:"), m_reason);
    // A row of a layout gets a label without a buddy, which would show its '&': name the field.
    auto *pathLabel = new QLabel(tr("&Schedule file:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(buttons);
    connect(m_author, &QLineEdit::textChanged, this, &ReviewExportDialog::validate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReviewExportDialog::validate);
    connect(m_path, &QLineEdit::textChanged, this, &ReviewExportDialog::validate);
    validate();
}

QString ReviewExportDialog::author() const
{
    return m_author->text().trimmed();
}
QString ReviewExportDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}
QString ReviewExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ReviewExportDialog::validate()
{
    m_ok->setEnabled(!author().isEmpty() && !reason().isEmpty() && !path().isEmpty());
}
