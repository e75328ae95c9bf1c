#pragma once

#include <QObject>

class AlertTracker;
class QLabel;
class QMainWindow;
class QSystemTrayIcon;
struct Alert;

/// How many alerts hold, where a person sees it without looking for it: a label in the status
/// bar, a tray icon with the count in its tooltip and badge (only where a system tray exists),
/// and a desktop notification through the tray for each new alert, unless turned off. Clicking
/// either shows the Alerts panel.
class AlertsIndicator : public QObject
{
    Q_OBJECT

public:
    AlertsIndicator(AlertTracker *tracker, QMainWindow *window);
    ~AlertsIndicator() override;

    void setNotificationsEnabled(bool enabled) { m_notify = enabled; }
    bool notificationsEnabled() const { return m_notify; }
    QLabel *label() const { return m_label; }
    /// Null where there is no system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    /// The text of the last notification shown (for tests; empty if none).
    QString lastNotification() const { return m_lastNotification; }

Q_SIGNALS:
    void panelRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();
    void raised(const Alert &alert);

    AlertTracker *m_tracker;
    QLabel *m_label;
    QSystemTrayIcon *m_tray = nullptr; ///< a child; null without a system tray
    bool m_notify = true;
    QString m_lastNotification;
};
