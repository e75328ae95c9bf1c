#include "controller/alertstore.h"
#include "controller/democluster.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// The alert graces kept per master: apart between masters, defaults for what is not stored
// (the demo's are short), nonsense in the settings file ignored.
class tst_AlertStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"SlipwayTest"_s);
        QCoreApplication::setApplicationName(u"tst_alertstore"_s);
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void roundTripsPerMaster()
    {
        QCOMPARE(AlertStore::load(u"http://m1:5050/"_s), AlertSettings());
        AlertSettings s;
        s.pastStartGraceMs = 5 * 60000;
        s.pastEndGraceMs = 30 * 60000;
        s.readyIdleGraceMs = 60000;
        s.silentAfterMs = 2 * 3600000;
        s.stuckAfterMs = 45 * 60000;
        s.notify = false;
        AlertStore::save(u"http://m1:5050/"_s, s);
        QCOMPARE(AlertStore::load(u"http://m1:5050/"_s), s);
        QCOMPARE(AlertStore::load(u"http://m2:5050/"_s), AlertSettings());
    }

    void demoDefaultsAreShort()
    {
        const AlertSettings demo = AlertStore::load(u"demo"_s, DemoCluster::alertDefaults());
        QCOMPARE(demo, DemoCluster::alertDefaults());
        QVERIFY(demo.pastStartGraceMs <= 60000);
        QVERIFY(demo.stuckAfterMs <= 5 * 60000);
    }

    void ignoresNonsense()
    {
        QSettings settings;
        settings.setValue(u"alerts/bad/pastEndGraceSecs"_s, u"soon"_s);
        settings.setValue(u"alerts/bad/stuckAfterSecs"_s, -5);
        settings.sync();
        QCOMPARE(AlertStore::load(u"bad"_s), AlertSettings());
    }
};

QTEST_GUILESS_MAIN(tst_AlertStore)
#include "tst_alertstore.moc"
