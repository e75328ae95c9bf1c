#include "mainwindow/settingsdialog.h"

#include "i18n/languagesupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_alerts(new QGroupBox(this))
    , m_pastStart(minutes(tr("A machine still draining this long after its window started.")))
    , m_pastEnd(minutes(tr("A machine still down this long after its window ended.")))
    , m_readyIdle(minutes(tr("A machine ready this long inside its window, not yet down.")))
    , m_silent(minutes(tr("A framework that has answered no inverse offer for this long.")))
    , m_stuck(minutes(tr("A draining machine whose tasks left have not fallen for this long.")))
    , m_notify(new QCheckBox(tr("Show a desktop &notification for each new alert"), this))
{
    setWindowTitle(tr("Preferences"));
    QSettings settings;
    m_language->addItem(tr("System default (%1)").arg(LanguageSupport::systemLanguageName()),
                        QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &name : LanguageSupport::availableLanguages()) {
        if (name.startsWith(QLatin1String("en")))
            continue;
        m_language->addItem(QLocale(name).nativeLanguageName(), name);
    }
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(settings.value(LanguageSupport::settingsKey()).toString())));
    m_interval->setRange(1, 600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(settings.value(QLatin1StringView(kIntervalKey), 2000).toInt() / 1000);
    m_interval->setToolTip(
        tr("Clusters of 5,000 agents or more are polled less often, as the Mesos web UI does."));
    auto *note = new QLabel(tr("A new language applies when Slipway starts again."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), note);
    form->addRow(tr("&Refresh every:"), m_interval);
    auto *alerts = new QFormLayout(m_alerts);
    alerts->addRow(tr("Draining past start after:"), m_pastStart);
    alerts->addRow(tr("Down past end after:"), m_pastEnd);
    alerts->addRow(tr("Ready but idle after:"), m_readyIdle);
    alerts->addRow(tr("Framework silent after:"), m_silent);
    alerts->addRow(tr("Drain stuck after:"), m_stuck);
    alerts->addRow(m_notify);
    form->addRow(m_alerts);
    setAlertSettings(QString(), AlertSettings());
    form->addRow(buttons);
}

QSpinBox *SettingsDialog::minutes(const QString &toolTip)
{
    auto *box = new QSpinBox(this);
    box->setRange(1, 7 * 24 * 60);
    box->setSuffix(tr(" min"));
    box->setToolTip(toolTip);
    return box;
}

void SettingsDialog::setAlertSettings(const QString &master, const AlertSettings &settings)
{
    m_alerts->setTitle(master.isEmpty() ? tr("Alerts") : tr("Alerts for %1").arg(master));
    const auto set = [](QSpinBox *box, qint64 ms) {
        box->setValue(int(ms / 60000));
    };
    set(m_pastStart, settings.pastStartGraceMs);
    set(m_pastEnd, settings.pastEndGraceMs);
    set(m_readyIdle, settings.readyIdleGraceMs);
    set(m_silent, settings.silentAfterMs);
    set(m_stuck, settings.stuckAfterMs);
    m_notify->setChecked(settings.notify);
}

AlertSettings SettingsDialog::alertSettings() const
{
    AlertSettings s;
    s.pastStartGraceMs = m_pastStart->value() * 60000LL;
    s.pastEndGraceMs = m_pastEnd->value() * 60000LL;
    s.readyIdleGraceMs = m_readyIdle->value() * 60000LL;
    s.silentAfterMs = m_silent->value() * 60000LL;
    s.stuckAfterMs = m_stuck->value() * 60000LL;
    s.notify = m_notify->isChecked();
    return s;
}

int SettingsDialog::intervalMs() const
{
    return m_interval->value() * 1000;
}

void SettingsDialog::save() const
{
    QSettings settings;
    settings.setValue(LanguageSupport::settingsKey(), m_language->currentData().toString());
    settings.setValue(QLatin1StringView(kIntervalKey), intervalMs());
}
