#include "exacttimedialog.h"

#include "timescale.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>
#include <limits>

namespace {

// The master keeps times as int64 nanoseconds since the epoch: 1677-09-21 to 2262-04-11. The
// editor works in milliseconds, so its range is that, rounded inwards to whole milliseconds.
constexpr qint64 kEarliestMs = std::numeric_limits<qint64>::min() / 1'000'000;
constexpr qint64 kLatestMs = std::numeric_limits<qint64>::max() / 1'000'000;

} // namespace

ExactTimeDialog::ExactTimeDialog(const Unavailability &initial, const QTimeZone &timeZone,
                                 int machineCount, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Window times"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("%n machine(s) in this window.", nullptr, machineCount), this));

    m_start = new QDateTimeEdit(this);
    m_start->setObjectName(QStringLiteral("start"));
    // The timeline shows either UTC or the system's local time; the editor follows it.
    const bool utc = timeZone == QTimeZone::utc();
    m_start->setTimeSpec(utc ? Qt::UTC : Qt::LocalTime);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_start->setCalendarPopup(true);
    const Qt::TimeSpec spec = utc ? Qt::UTC : Qt::LocalTime;
    m_start->setDateTimeRange(QDateTime::fromMSecsSinceEpoch(kEarliestMs, spec),
                              QDateTime::fromMSecsSinceEpoch(kLatestMs, spec));
    m_start->setDateTime(QDateTime::fromMSecsSinceEpoch(initial.startNs / 1'000'000, spec));
    form->addRow(utc ? tr("Start (UTC):") : tr("Start (local time):"), m_start);

    const qint64 duration = initial.durationNs.value_or(2 * TimeScale::Hour);
    auto *durationRow = new QHBoxLayout;
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setRange(0, 3650);
    m_days->setSuffix(tr(" d"));
    m_days->setValue(int(duration / TimeScale::Day));
    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("hours"));
    m_hours->setRange(0, 23);
    m_hours->setSuffix(tr(" h"));
    m_hours->setValue(int(duration % TimeScale::Day / TimeScale::Hour));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(0, 59);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(int(duration % TimeScale::Hour / TimeScale::Minute));
    durationRow->addWidget(m_days);
    durationRow->addWidget(m_hours);
    durationRow->addWidget(m_minutes);
    form->addRow(tr("Duration:"), durationRow);

    m_openEnded = new QCheckBox(tr("Open-ended (no end)"), this);
    m_openEnded->setObjectName(QStringLiteral("openEnded"));
    m_openEnded->setChecked(!initial.durationNs);
    form->addRow(QString(), m_openEnded);
    auto enableDuration = [this](bool openEnded) {
        m_days->setEnabled(!openEnded);
        m_hours->setEnabled(!openEnded);
        m_minutes->setEnabled(!openEnded);
    };
    connect(m_openEnded, &QCheckBox::toggled, this, enableDuration);
    enableDuration(m_openEnded->isChecked());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Unavailability ExactTimeDialog::unavailability() const
{
    Unavailability u;
    const qint64 ms = std::clamp(m_start->dateTime().toMSecsSinceEpoch(), kEarliestMs, kLatestMs);
    u.startNs = ms * 1'000'000;
    if (!m_openEnded->isChecked()) {
        const qint64 duration = m_days->value() * TimeScale::Day
            + m_hours->value() * TimeScale::Hour + m_minutes->value() * TimeScale::Minute;
        // A window may not end after the last instant the master can represent.
        u.durationNs = u.startNs >= 0
            ? std::min(duration, std::numeric_limits<qint64>::max() - u.startNs)
            : duration;
    }
    return u;
}
