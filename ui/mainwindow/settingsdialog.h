#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

/// Preferences: the language (the system's by default) and how often the master is polled.
/// Stored in QSettings; the language applies at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr auto kIntervalKey = "monitor/intervalMs";

    explicit SettingsDialog(QWidget *parent = nullptr);
    /// Writes the choices to QSettings.
    void save() const;
    int intervalMs() const;

private:
    QComboBox *m_language;
    QSpinBox *m_interval;
};
