#include "live/livesnapshot.h"
#include "mainwindow/mainwindow.h"
#include "planning/planningsession.h"

#include <QGraphicsEffect>
#include <QTest>

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
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
