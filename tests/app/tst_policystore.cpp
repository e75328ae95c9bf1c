#include "controller/policystore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// The planning limits kept per master: the same for every spelling of the master (MasterKey is
// the caller's), apart between masters, unset limits removed.
class tst_PolicyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"SlipwayTest"_s);
        QCoreApplication::setApplicationName(u"tst_policystore"_s);
        QSettings().clear();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void roundTripsPerMaster()
    {
        PlanningPolicy p;
        p.limits.maxDown = PolicyAmount::count(3);
        p.limits.maxDownPerZone = PolicyAmount::percent(12.5);
        p.limits.minMemPerZone = PolicyAmount::percent(80);
        p.rackAttribute = u"row"_s;
        PolicyStore::save(u"http://m1:5050/"_s, p);
        const PlanningPolicy back = PolicyStore::load(u"http://m1:5050/"_s);
        QCOMPARE(back.limits, p.limits);
        QCOMPARE(back.rackAttribute, u"row"_s);
        // Another master has its own (none).
        QCOMPARE(PolicyStore::load(u"http://m2:5050/"_s), PlanningPolicy());

        // Clearing a limit removes it.
        p.limits.maxDown = PolicyAmount();
        PolicyStore::save(u"http://m1:5050/"_s, p);
        QVERIFY(!PolicyStore::load(u"http://m1:5050/"_s).limits.maxDown.isSet());
    }
};

QTEST_GUILESS_MAIN(tst_PolicyStore)
#include "tst_policystore.moc"
