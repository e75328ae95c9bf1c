#include "alerts/alertsindicator.h"
#include "alerts/alerttracker.h"
#include "live/livesnapshot.h"

#include <QLabel>
#include <QMainWindow>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Three scheduled machines without agents, @p machines of them DRAINING: one agent-lost alert
// each (the schedule stays the same: no schedule-changed).
LiveSnapshot lost(int machines)
{
    Schedule schedule;
    MaintenanceStatus status;
    MaintenanceWindow w;
    for (int i = 1; i <= 3; ++i) {
        const MachineId id = MachineId::of(u"h%1"_s.arg(i), u"10.0.0.%1"_s.arg(i));
        w.machines.append(id);
        if (i <= machines)
            status.draining.append({id, {}});
    }
    w.unavailability.startNs = 4000000000000000000;
    schedule.windows.append(w);
    LiveSnapshot s = LiveSnapshot::join({}, status, schedule);
    s.takenAtMs = 1000;
    return s;
}

} // namespace

class tst_AlertsIndicator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAndNotifies()
    {
        QMainWindow window;
        AlertTracker tracker;
        AlertsIndicator indicator(&tracker, &window);
        QVERIFY(window.statusBar()->findChildren<QLabel *>().contains(indicator.label()));
        QCOMPARE(indicator.label()->text(), u"No alerts"_s);
        QCOMPARE(indicator.trayIcon() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());

        tracker.update(lost(2), {}, 1000);
        QCOMPARE(indicator.label()->text(), u"⚠ 2 alert(s)"_s);
        QVERIFY(indicator.lastNotification().startsWith(u"Agent lost: "_s));

        indicator.setNotificationsEnabled(false);
        const QString before = indicator.lastNotification();
        tracker.update(lost(3), {}, 2000);
        QCOMPARE(indicator.label()->text(), u"⚠ 3 alert(s)"_s);
        QCOMPARE(indicator.lastNotification(), before); // turned off: nothing new shown

        tracker.update(lost(0), {}, 3000);
        QCOMPARE(indicator.label()->text(), u"No alerts"_s);

        QSignalSpy requested(&indicator, &AlertsIndicator::panelRequested);
        window.show();
        QTest::mouseClick(indicator.label(), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
    }
};

QTEST_MAIN(tst_AlertsIndicator)
#include "tst_alertsindicator.moc"
