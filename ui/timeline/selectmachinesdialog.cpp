#include "selectmachinesdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

SelectMachinesDialog::SelectMachinesDialog(const QList<MachineId> &machines, QWidget *parent)
    : QDialog(parent)
    , m_machines(machines)
{
    setWindowTitle(tr("Select Machines"));
    auto *intro = new QLabel(tr("Paste the machines to select, one or more a line: HOST, "
                                "HOST/IP, HOST (IP) or IP. A hostname alone selects every "
                                "machine of that name."),
                             this);
    intro->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("machineList"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("node-17\nnode-18/10.0.4.18\n10.0.4.19"));
    m_text->setTabChangesFocus(true);
    intro->setBuddy(m_text);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Select"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &SelectMachinesDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 64, fontMetrics().lineSpacing() * 22);
    update();
}

void SelectMachinesDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QString SelectMachinesDialog::text() const
{
    return m_text->toPlainText();
}

void SelectMachinesDialog::update()
{
    m_match = MachineListText::match(MachineListText::parse(m_text->toPlainText()), m_machines);
    m_ok->setEnabled(!m_match.found.isEmpty());
    QString text = tr("%n machine(s) found.", nullptr, int(m_match.found.size()));
    if (!m_match.notFound.isEmpty()) {
        // Names whole (a label would break them at their dashes), as many as fit a glance.
        const int shown = 12;
        QStringList names;
        for (const QString &name : m_match.notFound.mid(0, shown))
            names << QStringLiteral("<nobr>") + name.toHtmlEscaped() + QStringLiteral("</nobr>");
        if (m_match.notFound.size() > shown)
            names << tr("and %n more", nullptr, int(m_match.notFound.size() - shown));
        text += u' '
            + tr("Not found (%n): %1", nullptr, int(m_match.notFound.size()))
                  .arg(names.join(QStringLiteral(", ")));
    }
    m_result->setText(text);
}
