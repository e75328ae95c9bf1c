#include "drain/agentdraindialog.h"

#include "durationspec.h"
#include "theme/timelinetheme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

void makeRed(QLabel *label)
{
    QPalette red = label->palette();
    red.setColor(QPalette::WindowText, TimelineTheme::color(TimelineTheme::ModeDown));
    label->setPalette(red);
}

} // namespace

AgentDrainDialog::AgentDrainDialog(int machineCount, QWidget *parent)
    : QDialog(parent)
    , m_limitGrace(new QCheckBox(tr("Limit each task's kill grace period to"), this))
    , m_grace(new QLineEdit(QStringLiteral("10m"), this))
    , m_graceError(new QLabel(this))
    , m_markGone(new QCheckBox(tr("Mark the agents gone once drained"), this))
    , m_goneWarning(new QLabel(this))
{
    setWindowTitle(tr("Drain Agents"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Drain the agents of %n machine(s): the master kills their tasks "
                                "without asking the frameworks, and keeps the agents deactivated "
                                "until they are reactivated. Use a maintenance window instead to "
                                "let frameworks move their tasks first.",
                                nullptr, machineCount),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *graceRow = new QHBoxLayout;
    graceRow->addWidget(m_limitGrace);
    m_grace->setMaximumWidth(120);
    m_grace->setToolTip(tr("For example 90s, 10m or 1h30m"));
    graceRow->addWidget(m_grace);
    graceRow->addStretch(1);
    layout->addLayout(graceRow);
    makeRed(m_graceError);
    layout->addWidget(m_graceError);
    layout->addWidget(m_markGone);
    m_goneWarning->setText(tr("Irreversible: a gone agent is removed from the cluster for good "
                              "and can never register again with its ID. You will be asked to "
                              "type the hostname."));
    m_goneWarning->setWordWrap(true);
    makeRed(m_goneWarning);
    layout->addWidget(m_goneWarning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Continue…"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_limitGrace, &QCheckBox::toggled, this, &AgentDrainDialog::update);
    connect(m_grace, &QLineEdit::textChanged, this, &AgentDrainDialog::update);
    connect(m_markGone, &QCheckBox::toggled, this, &AgentDrainDialog::update);
    // mark_gone takes one machine at a time, with its hostname typed.
    m_markGone->setEnabled(machineCount == 1);
    if (machineCount != 1)
        m_markGone->setToolTip(tr("Select a single machine to mark its agents gone"));
    setMinimumWidth(520);
    update();
}

void AgentDrainDialog::update()
{
    m_grace->setEnabled(m_limitGrace->isChecked());
    const bool graceOk = !m_limitGrace->isChecked() || DurationSpec::parseNs(m_grace->text());
    m_graceError->setText(
        graceOk ? QString()
                : tr("“%1” is not a duration; write e.g. 90s, 10m or 1h30m").arg(m_grace->text()));
    m_graceError->setVisible(!graceOk);
    m_goneWarning->setVisible(m_markGone->isChecked());
    m_ok->setEnabled(graceOk);
    adjustSize();
}

AgentDrainRequest AgentDrainDialog::request() const
{
    AgentDrainRequest r;
    r.action = AgentDrainRequest::Action::Drain;
    if (m_limitGrace->isChecked())
        r.maxGracePeriodNs = DurationSpec::parseNs(m_grace->text());
    r.markGone = m_markGone->isChecked();
    return r;
}
