#include "mainwindow/settingsdialog.h"

#include "i18n/languagesupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_interval(new QSpinBox(this))
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
    form->addRow(buttons);
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
