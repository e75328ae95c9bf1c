#include "alerts/alertsettings.h"
#include "commands/scheduleeditor.h"
#include "controller/appcontroller.h"
#include "controller/democluster.h"
#include "mainwindow/mainwindow.h"
#include "monitor/clustermonitor.h"
#include "net/masterclient.h"
#include "planning/planningsession.h"

#include <QDirIterator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

static constexpr qint64 kHour = 3600000000000LL;
static constexpr qint64 k2030 = 1893456000000000000LL;

// The real controller and main window, offscreen, against the in-process demo master; settings
// and drafts go to a temporary home.
class tst_AppController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // Every file under the temporary home whose name or content holds `needle`.
    QStringList filesHolding(const QByteArray &needle) const
    {
        QStringList found;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (path.contains(QString::fromUtf8(needle))
                || (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle)))
                found << path;
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_home.path() + u"/config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + u"/data"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"slipway-test"_s);
        QCoreApplication::setApplicationName(u"tst_appcontroller"_s);
    }

    // Issue 10, item 8: `https://alice:s3cret@m1` leaves no trace of the password on disk or on
    // screen; the user name becomes the user and the address is kept without it.
    void passwordInTheAddressIsNeitherStoredNorShown()
    {
        AppController controller;
        QString error;
        QVERIFY2(controller.startDemo(&error), qPrintable(error));
        const int port = controller.client()->endpoint().masters.first().port();
        ConnectionRequest request;
        request.masters = u"http://alice:s3cret@localhost:%1"_s.arg(port);
        controller.connectTo(request);
        QCOMPARE(controller.client()->endpoint().user, u"alice"_s);
        QVERIFY(controller.client()->endpoint().password.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(controller.monitor()->snapshot() != nullptr, 20000);
        QVERIFY(controller.window()->windowTitle().contains(u"localhost:%1"_s.arg(port)));
        QVERIFY(!controller.window()->windowTitle().contains(u"s3cret"));
        QVERIFY(!controller.window()->windowTitle().contains(u"alice"));

        // An edit, so that the draft is saved for this master (2030, after the demo's windows).
        bool edited = false;
        for (const MachineLive &m : controller.monitor()->snapshot()->machines) {
            if (controller.session()->editor()->createWindow({m.id}, {k2030, kHour})) {
                edited = true;
                break;
            }
        }
        QVERIFY(edited);
        QSettings().sync();
        QTRY_VERIFY_WITH_TIMEOUT(filesHolding("localhost").size() >= 2, // settings and draft
                                 10000);
        QCOMPARE(filesHolding("s3cret"), QStringList());
        QCOMPARE(filesHolding("alice:"), QStringList());
    }

    // One notion of "stuck": the drain board ranks by the stuck-drain alert's period, per master.
    void drainBoardFollowsTheStuckDrainPeriod()
    {
        AppController controller;
        QString error;
        QVERIFY2(controller.startDemo(&error), qPrintable(error));
        QCOMPARE(controller.session()->stuckAfterMs(), DemoCluster::alertDefaults().stuckAfterMs);
        AlertSettings settings = DemoCluster::alertDefaults();
        settings.stuckAfterMs = 7 * 60 * 1000;
        Q_EMIT controller.window()->alertSettingsChanged(settings);
        QCOMPARE(controller.session()->stuckAfterMs(), 7 * 60 * 1000);
    }
};

QTEST_MAIN(tst_AppController)
#include "tst_appcontroller.moc"
