#include "alerts/alertsindicator.h"

#include "alerts/alerttracker.h"

#include <QApplication>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QPainter>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace {

// The application icon with the count on a red badge.
QIcon badgedIcon(int count)
{
    QPixmap pixmap = QApplication::windowIcon().pixmap(64, 64);
    if (pixmap.isNull()) {
        pixmap = QPixmap(64, 64);
        pixmap.fill(QColor(0x30, 0x60, 0x90));
    }
    if (count <= 0)
        return QIcon(pixmap);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF badge(26, 26, 38, 38);
    p.setBrush(QColor(0xc6, 0x28, 0x28));
    p.setPen(Qt::NoPen);
    p.drawEllipse(badge);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(count > 99 ? 15 : 22);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, count > 99 ? u"99+"_s : QString::number(count));
    return QIcon(pixmap);
}

} // namespace

AlertsIndicator::AlertsIndicator(AlertTracker *tracker, QMainWindow *window)
    : QObject(window)
    , m_tracker(tracker)
    , m_label(new QLabel(window))
{
    m_label->setCursor(Qt::PointingHandCursor);
    m_label->installEventFilter(this);
    window->statusBar()->addPermanentWidget(m_label);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this, window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
            Q_EMIT panelRequested();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertsIndicator::panelRequested);
        m_tray->show();
    }
    connect(tracker, &AlertTracker::alertsChanged, this, &AlertsIndicator::updateCount);
    connect(tracker, &AlertTracker::alertRaised, this, &AlertsIndicator::raised);
    updateCount();
}

AlertsIndicator::~AlertsIndicator() = default;

void AlertsIndicator::updateCount()
{
    const int count = int(m_tracker->count());
    int critical = 0;
    for (const Alert &a : m_tracker->alerts())
        critical += a.severity == Alert::Severity::Critical ? 1 : 0;
    const QString text = count == 0 ? tr("No alerts") : tr("%n alert(s)", "", count);
    m_label->setText(count == 0 ? text : u"⚠ "_s + text);
    m_label->setStyleSheet(critical > 0    ? u"QLabel { color: #c62828; font-weight: bold; }"_s
                               : count > 0 ? u"QLabel { color: #b26a00; font-weight: bold; }"_s
                                           : QString());
    m_label->setToolTip(count == 0 ? QString() : tr("Show the Alerts panel"));
    if (m_tray) {
        m_tray->setIcon(badgedIcon(count));
        m_tray->setToolTip(u"Slipway: "_s + text);
    }
}

void AlertsIndicator::raised(const Alert &alert)
{
    if (!m_notify)
        return;
    m_lastNotification = Alert::kindTitle(alert.kind) + u": "_s + alert.cause;
    if (m_tray)
        m_tray->showMessage(Alert::kindTitle(alert.kind), alert.cause,
                            alert.severity == Alert::Severity::Critical ? QSystemTrayIcon::Critical
                                                                        : QSystemTrayIcon::Warning,
                            10000);
}

bool AlertsIndicator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease)
        Q_EMIT panelRequested();
    return QObject::eventFilter(watched, event);
}
