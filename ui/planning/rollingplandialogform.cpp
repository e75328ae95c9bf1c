// RollingPlanDialog, part two: the fields. The policy they make and the preview are in
// rollingplandialog.cpp.
#include "planning/rollingplandialog.h"

#include "planning/planningchecks.h"
#include "planning/planningsession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

QWidget *RollingPlanDialog::createMachinesBox()
{
    auto *box = new QGroupBox(tr("Machines"), this);
    auto *layout = new QVBoxLayout(box);
    const QString labels[4] = {tr("The %n selected machine(s)", nullptr, int(m_selection.size())),
                               tr("These zones:"), tr("Hostnames matching:"), tr("All machines")};
    auto *group = new QButtonGroup(box);
    for (int i = 0; i < 4; ++i) {
        m_machineChoice[i] = new QRadioButton(labels[i], box);
        group->addButton(m_machineChoice[i]);
        connect(m_machineChoice[i], &QRadioButton::toggled, this, &RollingPlanDialog::invalidate);
    }
    m_machineChoice[0]->setEnabled(!m_selection.isEmpty());
    m_zones = new QListWidget(box);
    m_zones->setMaximumHeight(90);
    for (const QString &zone : m_session->checks()->cluster().zones()) {
        auto *item = new QListWidgetItem(zone, m_zones);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    connect(m_zones, &QListWidget::itemChanged, this, [this] {
        setMachines(Machines::Zones);
        invalidate();
    });
    m_hostnames = new QLineEdit(box);
    m_hostnames->setPlaceholderText(tr("a regular expression, e.g. web-.*"));
    connect(m_hostnames, &QLineEdit::textEdited, this, [this] {
        setMachines(Machines::Hostnames);
        invalidate();
    });
    layout->addWidget(m_machineChoice[0]);
    layout->addWidget(m_machineChoice[1]);
    layout->addWidget(m_zones);
    layout->addWidget(m_machineChoice[2]);
    layout->addWidget(m_hostnames);
    layout->addWidget(m_machineChoice[3]);
    setMachines(m_selection.isEmpty() ? Machines::Zones : Machines::Selection);
    return box;
}

QWidget *RollingPlanDialog::createTimesBox()
{
    auto *box = new QGroupBox(tr("When"), this);
    auto *form = new QFormLayout(box);
    m_timeZone = new QComboBox(box);
    m_timeZone->setEditable(true);
    m_timeZone->addItem(QStringLiteral("UTC"));
    const QString local = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!local.isEmpty() && local != QStringLiteral("UTC"))
        m_timeZone->addItem(local);
    m_timeZone->setToolTip(tr("An IANA time zone (Europe/Berlin); start, hours and blackouts are "
                              "read in it"));
    m_start = new QDateTimeEdit(box);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setTimeSpec(Qt::UTC);
    // The next full hour: a plan starts in the future, on a round time.
    const qint64 hourMs = 3'600'000;
    m_start->setDateTime(QDateTime::fromMSecsSinceEpoch((m_nowNs / 1'000'000 / hourMs + 1) * hourMs,
                                                        QTimeZone::utc()));
    m_windowMinutes = new QSpinBox(box);
    m_windowMinutes->setRange(1, 7 * 24 * 60);
    m_windowMinutes->setValue(120);
    m_windowMinutes->setSuffix(tr(" min"));
    m_gapMinutes = new QSpinBox(box);
    m_gapMinutes->setRange(0, 7 * 24 * 60);
    m_gapMinutes->setValue(0);
    m_gapMinutes->setSuffix(tr(" min"));
    m_hoursEnabled = new QCheckBox(tr("Only in these hours:"), box);
    m_hoursFrom = new QTimeEdit(QTime(22, 0), box);
    m_hoursTo = new QTimeEdit(QTime(6, 0), box);
    m_hoursFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_hoursTo->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_hoursEnabled);
    hours->addWidget(m_hoursFrom);
    hours->addWidget(m_hoursTo);
    auto *days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        m_days[d - 1] = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), box);
        m_days[d - 1]->setChecked(true);
        days->addWidget(m_days[d - 1]);
        connect(m_days[d - 1], &QCheckBox::toggled, this, &RollingPlanDialog::invalidate);
    }
    m_blackouts = new QPlainTextEdit(box);
    m_blackouts->setMaximumHeight(60);
    m_blackouts->setPlaceholderText(tr("one a line: 2026-12-24 00:00 to 2026-12-27 00:00"));
    form->addRow(tr("Time zone:"), m_timeZone);
    form->addRow(tr("Start:"), m_start);
    form->addRow(tr("Window length:"), m_windowMinutes);
    form->addRow(tr("Gap between windows:"), m_gapMinutes);
    form->addRow(hours);
    form->addRow(tr("Days:"), days);
    form->addRow(tr("Blackouts:"), m_blackouts);
    for (QObject *o :
         {static_cast<QObject *>(m_windowMinutes), static_cast<QObject *>(m_gapMinutes)})
        connect(static_cast<QSpinBox *>(o), &QSpinBox::valueChanged, this,
                &RollingPlanDialog::invalidate);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &RollingPlanDialog::invalidate);
    connect(m_hoursEnabled, &QCheckBox::toggled, this, &RollingPlanDialog::invalidate);
    connect(m_hoursFrom, &QTimeEdit::timeChanged, this, &RollingPlanDialog::invalidate);
    connect(m_hoursTo, &QTimeEdit::timeChanged, this, &RollingPlanDialog::invalidate);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &RollingPlanDialog::invalidate);
    connect(m_blackouts, &QPlainTextEdit::textChanged, this, &RollingPlanDialog::invalidate);
    return box;
}

QWidget *RollingPlanDialog::createBatchBox()
{
    auto *box = new QGroupBox(tr("Batches and order"), this);
    auto *form = new QFormLayout(box);
    m_batch = new QSpinBox(box);
    m_batch->setRange(1, 100000);
    m_batch->setValue(1);
    m_batchPercent = new QCheckBox(tr("% of each zone"), box);
    auto *batch = new QHBoxLayout;
    batch->addWidget(m_batch);
    batch->addWidget(m_batchPercent);
    m_zoneOrder = new QComboBox(box);
    m_zoneOrder->addItems({tr("Zone by zone"), tr("Interleaved"), tr("Zones in parallel")});
    m_machineOrder = new QComboBox(box);
    m_machineOrder->addItems({tr("By name"), tr("Least loaded first"), tr("Least churn")});
    form->addRow(tr("Batch size:"), batch);
    form->addRow(tr("Zone order:"), m_zoneOrder);
    form->addRow(tr("Machine order:"), m_machineOrder);
    connect(m_batch, &QSpinBox::valueChanged, this, &RollingPlanDialog::invalidate);
    connect(m_batchPercent, &QCheckBox::toggled, this, &RollingPlanDialog::invalidate);
    connect(m_zoneOrder, &QComboBox::currentIndexChanged, this, &RollingPlanDialog::invalidate);
    connect(m_machineOrder, &QComboBox::currentIndexChanged, this, &RollingPlanDialog::invalidate);
    return box;
}

// What the operator chose last time, except the machines and the start (a plan starts in the
// future and is usually for other machines): applied plans are repeated zone after zone.
void RollingPlanDialog::restoreFields()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("rollingPlan"));
    if (!settings.contains(QStringLiteral("windowMinutes")))
        return;
    m_timeZone->setCurrentText(settings.value(QStringLiteral("timeZone")).toString());
    m_windowMinutes->setValue(settings.value(QStringLiteral("windowMinutes")).toInt());
    m_gapMinutes->setValue(settings.value(QStringLiteral("gapMinutes")).toInt());
    m_batch->setValue(settings.value(QStringLiteral("batch")).toInt());
    m_batchPercent->setChecked(settings.value(QStringLiteral("batchPercent")).toBool());
    m_hoursEnabled->setChecked(settings.value(QStringLiteral("hoursEnabled")).toBool());
    m_hoursFrom->setTime(QTime::fromString(settings.value(QStringLiteral("hoursFrom")).toString(),
                                           QStringLiteral("HH:mm")));
    m_hoursTo->setTime(QTime::fromString(settings.value(QStringLiteral("hoursTo")).toString(),
                                         QStringLiteral("HH:mm")));
    const QString days = settings.value(QStringLiteral("days")).toString();
    for (int d = 0; d < 7 && days.size() == 7; ++d)
        m_days[d]->setChecked(days.at(d) == u'1');
    m_blackouts->setPlainText(settings.value(QStringLiteral("blackouts")).toString());
    m_zoneOrder->setCurrentIndex(settings.value(QStringLiteral("zoneOrder")).toInt());
    m_machineOrder->setCurrentIndex(settings.value(QStringLiteral("machineOrder")).toInt());
}

void RollingPlanDialog::saveFields() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("rollingPlan"));
    settings.setValue(QStringLiteral("timeZone"), m_timeZone->currentText());
    settings.setValue(QStringLiteral("windowMinutes"), m_windowMinutes->value());
    settings.setValue(QStringLiteral("gapMinutes"), m_gapMinutes->value());
    settings.setValue(QStringLiteral("batch"), m_batch->value());
    settings.setValue(QStringLiteral("batchPercent"), m_batchPercent->isChecked());
    settings.setValue(QStringLiteral("hoursEnabled"), m_hoursEnabled->isChecked());
    settings.setValue(QStringLiteral("hoursFrom"),
                      m_hoursFrom->time().toString(QStringLiteral("HH:mm")));
    settings.setValue(QStringLiteral("hoursTo"),
                      m_hoursTo->time().toString(QStringLiteral("HH:mm")));
    QString days;
    for (const QCheckBox *day : m_days)
        days += day->isChecked() ? u'1' : u'0';
    settings.setValue(QStringLiteral("days"), days);
    settings.setValue(QStringLiteral("blackouts"), m_blackouts->toPlainText());
    settings.setValue(QStringLiteral("zoneOrder"), m_zoneOrder->currentIndex());
    settings.setValue(QStringLiteral("machineOrder"), m_machineOrder->currentIndex());
}
