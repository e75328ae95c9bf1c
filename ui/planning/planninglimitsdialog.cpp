#include "planning/planninglimitsdialog.h"

#include "json/policyjson.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

PolicyAmount PlanningLimits::*const kMembers[] = {
    &PlanningLimits::maxDown,          &PlanningLimits::maxDownPerZone,
    &PlanningLimits::maxDownPerRack,   &PlanningLimits::maxZonesAtOnce,
    &PlanningLimits::minAgentsPerZone, &PlanningLimits::minCpusPerZone,
    &PlanningLimits::minMemPerZone,
};

} // namespace

PlanningLimitsDialog::PlanningLimitsDialog(const PlanningPolicy &policy, QWidget *parent)
    : QDialog(parent)
    , m_policy(policy)
    , m_rack(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Planning Limits"));
    const QStringList labels {tr("Most machines down at once:"),
                              tr("Most down per zone:"),
                              tr("Most down per rack:"),
                              tr("Most zones affected at once:"),
                              tr("Least agents left per zone:"),
                              tr("Least CPUs left per zone:"),
                              tr("Least memory (MB) left per zone:")};
    auto *form = new QFormLayout;
    for (int f = 0; f < FieldCount; ++f) {
        m_fields[f] = new QLineEdit(this);
        m_fields[f]->setPlaceholderText(tr("none — a count (3) or a percentage (10%)"));
        connect(m_fields[f], &QLineEdit::textChanged, this, &PlanningLimitsDialog::validate);
        form->addRow(labels[f], m_fields[f]);
    }
    form->addRow(tr("Rack attribute:"), m_rack);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *load = buttons->addButton(tr("&Load Policy File…"), QDialogButtonBox::ActionRole);
    connect(load, &QPushButton::clicked, this, &PlanningLimitsDialog::loadFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Drafts may break these limits; the timeline marks where they "
                                    "do and submitting asks for a reason."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    showPolicy(policy);
}

std::optional<PolicyAmount> PlanningLimitsDialog::parseAmount(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return PolicyAmount();
    const bool percent = t.endsWith(u'%');
    if (percent)
        t.chop(1);
    bool ok = false;
    const double value = t.trimmed().toDouble(&ok);
    if (!ok || value < 0 || (percent && value > 100))
        return std::nullopt;
    return percent ? PolicyAmount::percent(value) : PolicyAmount::count(value);
}

void PlanningLimitsDialog::showPolicy(const PlanningPolicy &policy)
{
    m_policy = policy;
    for (int f = 0; f < FieldCount; ++f) {
        const PolicyAmount &a = policy.limits.*kMembers[f];
        m_fields[f]->setText(a.isSet() ? a.toString() : QString());
    }
    m_rack->setText(policy.rackAttribute);
    validate();
}

std::optional<PlanningPolicy> PlanningLimitsDialog::policy() const
{
    PlanningPolicy p = m_policy;
    for (int f = 0; f < FieldCount; ++f) {
        const std::optional<PolicyAmount> a = parseAmount(m_fields[f]->text());
        if (!a)
            return std::nullopt;
        p.limits.*kMembers[f] = *a;
    }
    const QString rack = m_rack->text().trimmed();
    p.rackAttribute = rack.isEmpty() ? QStringLiteral("rack") : rack;
    return p;
}

void PlanningLimitsDialog::validate()
{
    QStringList wrong;
    for (int f = 0; f < FieldCount; ++f) {
        if (!parseAmount(m_fields[f]->text()))
            wrong.append(m_fields[f]->text());
    }
    m_error->setText(
        wrong.isEmpty()
            ? QString()
            : tr("Not a count or a percentage: %1").arg(wrong.join(QStringLiteral(", "))));
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(wrong.isEmpty());
}

bool PlanningLimitsDialog::loadPolicyText(const QByteArray &json, const QString &fileName)
{
    const Result<PlanningPolicy> result = PolicyJson::read(json);
    if (!result) {
        m_error->setText(tr("%1: %2").arg(fileName, result.error().describe()));
        return false;
    }
    showPolicy(*result);
    return true;
}

void PlanningLimitsDialog::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Planning Policy"), QString(),
                                                      tr("Policy files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    loadPolicyText(file.readAll(), path);
}
