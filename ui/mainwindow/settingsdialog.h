#pragma once

#include "alerts/alertsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QSpinBox;

/// Preferences: the language (the system's by default), how often the master is polled, and the
/// alert graces and notifications of the connected master (kept per master by the controller).
/// Language and interval are stored in QSettings; the language applies at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr auto kIntervalKey = "monitor/intervalMs";

    explicit SettingsDialog(QWidget *parent = nullptr);
    /// Writes the choices to QSettings.
    void save() const;
    int intervalMs() const;
    /// Shows @p settings as the alert settings of @p master (its address, for the title).
    void setAlertSettings(const QString &master, const AlertSettings &settings);
    AlertSettings alertSettings() const;

private:
    QSpinBox *minutes(const QString &toolTip);

    QComboBox *m_language;
    QSpinBox *m_interval;
    QGroupBox *m_alerts;
    QSpinBox *m_pastStart;
    QSpinBox *m_pastEnd;
    QSpinBox *m_readyIdle;
    QSpinBox *m_silent;
    QSpinBox *m_stuck;
    QCheckBox *m_notify;
};
