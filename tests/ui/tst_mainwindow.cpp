#include "charts/drainchart.h"
#include "commands/scheduleeditor.h"
#include "live/livesnapshot.h"
#include "mainwindow/mainwindow.h"
#include "planning/planningsession.h"
#include "timeline/timelinepage.h"
#include "timeline/timelineview.h"
#include "timeline/timelineviewstate.h"

#include <QAction>
#include <QDateTime>
#include <QDockWidget>
#include <QGraphicsEffect>
#include <QSettings>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 12: data from before the master became unreachable does not look current.
    void staleDataIsGreyedUntilTheNextRefresh()
    {
        PlanningSession session;
        MainWindow window(&session);
        window.setConnection(MainWindow::Connection::Failing, u"connection refused"_s);
        QVERIFY(!window.isStale()); // nothing on screen yet

        session.applySnapshot(LiveSnapshot());
        window.setConnection(MainWindow::Connection::Connected);
        QVERIFY(!window.isStale());
        QVERIFY(!window.centralWidget()->graphicsEffect());

        window.setConnection(MainWindow::Connection::Failing, u"connection refused"_s);
        QVERIFY(window.isStale());
        QVERIFY(window.centralWidget()->graphicsEffect());
        QVERIFY2(window.refreshText().startsWith(u"Data as of "_s),
                 qPrintable(window.refreshText()));
        QVERIFY(window.refreshText().endsWith(u"(master unreachable)"_s));

        // Reconnecting is not enough: only fresh data ends the grey.
        window.setConnection(MainWindow::Connection::Connected);
        QVERIFY(window.isStale());
        session.applySnapshot(LiveSnapshot());
        QVERIFY(!window.isStale());
        QVERIFY(!window.centralWidget()->graphicsEffect());
        QVERIFY(!window.refreshText().contains(u"as of"_s));
    }

    // Issue 12: the tool bar changed width with the Undo text, and Submit and the maintenance
    // actions fell into the overflow menu even at 1600 px.
    void toolBarKeepsItsWidthAndTheMaintenanceActions_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1600x1000") << QSize(1600, 1000);
        QTest::newRow("1024x700") << QSize(1024, 700);
    }
    void toolBarKeepsItsWidthAndTheMaintenanceActions()
    {
        QFETCH(QSize, size);
        PlanningSession session;
        Agent agent;
        agent.hostname = u"h1"_s;
        agent.ip = u"10.0.0.1"_s;
        session.setAgents({agent});
        MainWindow window(&session);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolBar *bar = window.timelinePage()->toolBar();
        QToolBar *maintenance = window.timelinePage()->maintenanceToolBar();
        const int width = bar->sizeHint().width();
        session.editor()->createWindow(
            {MachineId::of(u"h1"_s, u"10.0.0.1"_s)},
            Unavailability {1767571200LL * 1'000'000'000, 3600LL * 1'000'000'000});
        QCOMPARE(session.undoStack()->count(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(bar->sizeHint().width(), width);
        QCOMPARE(maintenance->actions().size(), 3);
        for (QAction *a : maintenance->actions()) {
            QWidget *button = maintenance->widgetForAction(a);
            QVERIFY2(button && button->isVisible(), qPrintable(a->text()));
            const QRect onWindow(button->mapTo(&window, QPoint(0, 0)), button->size());
            QVERIFY2(window.rect().contains(onWindow), qPrintable(a->text()));
            QVERIFY(!a->icon().isNull());
            QVERIFY(!a->iconText().contains(u'…'));
        }
        // Every tool has an icon.
        for (QAction *a : bar->actions()) {
            if (!a->isSeparator() && qobject_cast<QToolButton *>(bar->widgetForAction(a))
                && a->text() != u"UTC"_s)
                QVERIFY2(!a->icon().isNull(), qPrintable(a->text()));
        }
    }

    // Issue 12: at 1024x700 the window was larger than the screen and the date header went.
    void fitsA1024x700Screen()
    {
        // A demo-sized cluster: long hostnames, draining machines with drain histories.
        PlanningSession session;
        ClusterState cluster;
        MaintenanceStatus status;
        Schedule schedule;
        QHash<MachineId, DrainHistory> histories;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < 60; ++i) {
            Agent a;
            a.hostname = u"us-east-1%1-n%2.demo.example"_s.arg(QChar(u'a' + i % 3))
                             .arg(i, 3, 10, QChar(u'0'));
            a.ip = u"10.1.%1.%2"_s.arg(i % 3).arg(i);
            a.zone = u"us-east-1%1"_s.arg(QChar(u'a' + i % 3));
            cluster.agents.append(a);
            const MachineId id = MachineId::of(a.hostname, a.ip);
            if (i < 8) {
                schedule.windows.append({{id}, {now * 1'000'000, 3600LL * 1'000'000'000}});
                status.draining.append({id, {}});
                for (int k = 0; k < 10; ++k)
                    histories[id].record(now - (10 - k) * 60'000, 30 - k);
            }
        }
        session.applySnapshot(LiveSnapshot::join(cluster, status, schedule));
        MainWindow window(&session);
        window.setDrainHistories(histories);
        window.setMaster(u"http://mesos-master.example.com:5050"_s, u"10.0.0.1:5050"_s, false);
        window.setConnection(MainWindow::Connection::Connected);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        if (minimum.width() > 1024 || minimum.height() > 700) {
            qWarning() << "window minimum" << minimum << "central"
                       << window.centralWidget()->minimumSizeHint();
            for (QDockWidget *dock : window.findChildren<QDockWidget *>())
                qWarning() << dock->objectName() << dock->minimumSizeHint()
                           << dock->widget()->minimumSizeHint();
            for (QWidget *w : window.centralWidget()->findChildren<QWidget *>()) {
                if (w->minimumSizeHint().width() > 300 || w->minimumSizeHint().height() > 150)
                    qWarning() << w->metaObject()->className() << w->objectName()
                               << w->minimumSizeHint() << w->minimumSize();
            }
        }
        QVERIFY(minimum.width() <= 1024);
        QVERIFY(minimum.height() <= 700);
        QTRY_COMPARE(window.size(), QSize(1024, 700));
        // The date header (the ruler) and the timeline keep room to be read.
        auto *ruler = window.findChild<QWidget *>(u"ruler"_s);
        QVERIFY(ruler);
        QVERIFY(ruler->isVisible());
        QVERIFY(ruler->height() >= ruler->sizeHint().height());
        QVERIFY(window.timelinePage()->timeline()->viewport()->height() >= 100);
        QVERIFY(window.timelinePage()->timeline()->viewport()->width() >= 400);
    }

    // Issue 12: the UTC toggle changed only the timeline.
    void oneTimeZoneSettingForEveryView()
    {
        QSettings().remove(u"view/utc"_s);
        PlanningSession session;
        MainWindow window(&session);
        auto *chart = window.findChild<DrainChart *>();
        QVERIFY(chart);
        QVERIFY(!chart->displaysUtc());
        QAction *utc = nullptr;
        for (QAction *a : window.timelinePage()->toolBar()->actions()) {
            if (a->text() == u"UTC"_s)
                utc = a;
        }
        QVERIFY(utc);
        utc->trigger();
        QVERIFY(utc->isChecked());
        QVERIFY(chart->displaysUtc());
        // The chart's axis labels local time: in UTC the points move by the local offset.
        const qint64 ms = 1767571200000LL;
        const int offset = QTimeZone::systemTimeZone().offsetFromUtc(
            QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
        QCOMPARE(DrainChart::plotX(ms, false), double(ms));
        QCOMPARE(DrainChart::plotX(ms, true), double(ms - offset * 1000LL));
        QCOMPARE(window.timelinePage()->viewState()->timeZone(), QTimeZone::utc());
        session.applySnapshot(LiveSnapshot());
        window.setConnection(MainWindow::Connection::Failing, u"connection refused"_s);
        QVERIFY2(window.refreshText().contains(u" UTC "_s), qPrintable(window.refreshText()));
        // The choice is remembered.
        MainWindow second(&session);
        QVERIFY(second.findChild<DrainChart *>()->displaysUtc());
        utc->trigger();
        QVERIFY(!chart->displaysUtc());
        QSettings().remove(u"view/utc"_s);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
