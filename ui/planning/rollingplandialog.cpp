#include "planning/rollingplandialog.h"

#include "commands/scheduleeditor.h"
#include "planning/downprofile.h"
#include "planning/draftschedule.h"
#include "planning/planningchecks.h"
#include "planning/planningsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {

constexpr qint64 kMinuteNs = 60'000'000'000;

} // namespace

RollingPlanDialog::RollingPlanDialog(PlanningSession *session, QList<MachineId> selection,
                                     qint64 nowNs, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_selection(std::move(selection))
    , m_nowNs(nowNs)
{
    setWindowTitle(tr("Plan Rolling Maintenance"));
    auto *columns = new QHBoxLayout;
    columns->addWidget(createMachinesBox());
    auto *right = new QVBoxLayout;
    right->addWidget(createTimesBox());
    right->addWidget(createBatchBox());
    columns->addLayout(right);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMinimumHeight(70);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_applyButton = buttons->addButton(tr("&Apply to Draft"), QDialogButtonBox::AcceptRole);
    connect(previewButton, &QPushButton::clicked, this, &RollingPlanDialog::preview);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    restoreFields();
    invalidate();
}

RollingPlanDialog::~RollingPlanDialog() = default;

void RollingPlanDialog::setMachines(Machines which)
{
    m_machineChoice[int(which)]->setChecked(true);
}

void RollingPlanDialog::invalidate()
{
    m_plan.reset();
    if (m_summary)
        m_summary->setText(tr("Preview to see the plan."));
}

QTimeZone RollingPlanDialog::chosenZone() const
{
    const QString text = m_timeZone->currentText().trimmed();
    return text == QStringLiteral("UTC") ? QTimeZone::utc() : QTimeZone(text.toUtf8());
}

void RollingPlanDialog::fillMachines(PlanningPolicy &p) const
{
    if (m_machineChoice[int(Machines::All)]->isChecked()) {
        p.allMachines = true;
    } else if (m_machineChoice[int(Machines::Zones)]->isChecked()) {
        for (int i = 0; i < m_zones->count(); ++i) {
            if (m_zones->item(i)->checkState() == Qt::Checked)
                p.zones.append(m_zones->item(i)->text());
        }
    } else if (m_machineChoice[int(Machines::Hostnames)]->isChecked()) {
        p.hostnamePattern = m_hostnames->text().trimmed();
    } else {
        // The selection as a pattern of its names: the planner selects by zone or hostname.
        QStringList names;
        for (const MachineId &id : m_selection) {
            const QString name = id.hostnameOrEmpty().isEmpty() ? id.ipOrEmpty() : *id.hostname;
            names.append(QRegularExpression::escape(name));
        }
        p.hostnamePattern = names.join(u'|');
    }
}

bool RollingPlanDialog::fillHours(PlanningPolicy &p) const
{
    if (!m_hoursEnabled->isChecked())
        return true;
    AllowedHours hours;
    hours.fromMinute = m_hoursFrom->time().msecsSinceStartOfDay() / 60'000;
    hours.toMinute = m_hoursTo->time().msecsSinceStartOfDay() / 60'000;
    for (int d = 1; d <= 7; ++d) {
        if (m_days[d - 1]->isChecked())
            hours.days.append(d);
    }
    hours.timeZone = chosenZone();
    if (hours.days.isEmpty()) {
        m_errorText = tr("Choose at least one day.");
        return false;
    }
    p.hours = hours;
    return true;
}

bool RollingPlanDialog::fillBlackouts(PlanningPolicy &p) const
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    const QStringList lines = m_blackouts->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList parts = line.split(QStringLiteral(" to "));
        QDateTime from, to;
        if (parts.size() == 2) {
            from = QDateTime::fromString(parts[0].trimmed(), format);
            to = QDateTime::fromString(parts[1].trimmed(), format);
        }
        if (!from.isValid() || !to.isValid() || to <= from) {
            m_errorText = tr("Not a blackout: %1 (write 2026-12-24 00:00 to 2026-12-27 00:00)")
                              .arg(line.trimmed());
            return false;
        }
        from.setTimeZone(chosenZone());
        to.setTimeZone(chosenZone());
        p.blackouts.append(
            {from.toMSecsSinceEpoch() * 1'000'000, to.toMSecsSinceEpoch() * 1'000'000});
    }
    return true;
}

std::optional<PlanningPolicy> RollingPlanDialog::policy() const
{
    m_errorText.clear();
    PlanningPolicy p = m_session->checks()->policy();
    p.zones.clear();
    p.hostnamePattern.clear();
    p.allMachines = false;
    p.blackouts.clear();
    p.hours.reset();
    p.deadlineNs.reset();
    fillMachines(p);
    if (p.zones.isEmpty() && p.hostnamePattern.isEmpty() && !p.allMachines) {
        m_errorText = tr("Choose the machines to plan.");
        return std::nullopt;
    }
    if (!QRegularExpression(p.hostnamePattern).isValid()) {
        m_errorText = tr("Not a regular expression: %1").arg(p.hostnamePattern);
        return std::nullopt;
    }
    if (!chosenZone().isValid()) {
        m_errorText = tr("Unknown time zone: %1").arg(m_timeZone->currentText());
        return std::nullopt;
    }
    const QDateTime start(m_start->date(), m_start->time(), chosenZone());
    p.startNs = start.toMSecsSinceEpoch() * 1'000'000;
    p.windowNs = m_windowMinutes->value() * kMinuteNs;
    p.gapNs = m_gapMinutes->value() * kMinuteNs;
    p.batchSize = m_batchPercent->isChecked() ? 1 : m_batch->value();
    p.batchPerZone
        = m_batchPercent->isChecked() ? PolicyAmount::percent(m_batch->value()) : PolicyAmount();
    p.zoneOrder = PlanningPolicy::ZoneOrder(m_zoneOrder->currentIndex());
    p.order = PlanningPolicy::MachineOrder(m_machineOrder->currentIndex());
    if (!fillHours(p) || !fillBlackouts(p))
        return std::nullopt;
    return p;
}

bool RollingPlanDialog::preview()
{
    const std::optional<PlanningPolicy> p = policy();
    if (!p) {
        m_plan.reset();
        m_summary->setText(m_errorText);
        return false;
    }
    const PlanningChecks *checks = m_session->checks();
    m_plan = RollingPlanner::plan(checks->cluster(), checks->planWindows(), *p, m_nowNs);
    m_summary->setText(summary());
    return true;
}

QString RollingPlanDialog::summary() const
{
    if (!m_plan)
        return {};
    const PlanningChecks *checks = m_session->checks();
    const RollingPlanner::Plan &plan = *m_plan;
    QStringList lines;
    int machines = 0;
    for (const PlanWindow &w : plan.windows)
        machines += int(w.machines.size());
    lines << tr("%n window(s)", nullptr, int(plan.windows.size())) + u", "
            + tr("%n machine(s)", nullptr, machines);
    if (!plan.windows.isEmpty()) {
        QList<PlanWindow> all = checks->planWindows();
        all.append(plan.windows);
        const DownProfile down(checks->cluster(), all);
        const qint64 from = plan.windows.first().startNs;
        qint64 to = from;
        for (const PlanWindow &w : plan.windows)
            to = std::max(to, w.endNs());
        const double peak = down.cluster(DownProfile::Machines).maxOver(from, to);
        lines << tr("From %1; peak %2 machine(s) down at once in the cluster, counting windows "
                    "already planned")
                     .arg(LimitViolation::describeInterval(from, to, chosenZone()))
                     .arg(peak);
    }
    QString churn = tr("Churn: of %2 tasks moved off these machines, about %1 land on a machine "
                       "maintained later and move again")
                        .arg(plan.churn, 0, 'f', 1)
                        .arg(plan.displaced);
    if (plan.nameChurn)
        churn += u"; " + tr("by name it would be %1").arg(*plan.nameChurn, 0, 'f', 1);
    lines << churn;
    if (plan.binding)
        lines << tr("Infeasible: %n machine(s) not placed; ", nullptr, int(plan.unplaced.size()))
                + plan.binding->describe(checks->cluster());
    return lines.join(u'\n');
}

bool RollingPlanDialog::apply()
{
    if (!m_plan && !preview())
        return false;
    if (m_plan->windows.isEmpty())
        return false;
    // The draft and the new windows, replaced at once: one undo step that undo restores exactly.
    Schedule schedule = m_session->draft()->schedule();
    schedule.windows.append(m_session->checks()->cluster().scheduleOf(m_plan->windows).windows);
    const bool applied = m_session->editor()->replaceDraft(
        schedule,
        tr("Plan rolling maintenance (%n window(s))", nullptr, int(m_plan->windows.size())));
    m_plan.reset();
    if (applied)
        saveFields();
    return applied;
}
