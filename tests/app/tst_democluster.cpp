// The --demo cluster gives the planner something to show: racks inside zones, and frameworks
// that mostly move tasks without looking at the schedule (so a plan's churn happens).
#include "controller/democluster.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_DemoCluster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void racksNestInZones()
    {
        const Scenario s = DemoCluster::scenario(0);
        QHash<QString, QString> zoneOfRack;
        QHash<QString, QSet<QString>> racksOfZone;
        for (const Scenario::AgentSpec &a : s.agents) {
            QString rack;
            for (const Scenario::Attribute &attribute : a.attributes) {
                if (attribute.name == u"rack"_s)
                    rack = attribute.text;
            }
            QVERIFY2(!rack.isEmpty(), qPrintable(a.hostname));
            QCOMPARE(zoneOfRack.value(rack, a.zone), a.zone); // a rack lies in one zone
            zoneOfRack.insert(rack, a.zone);
            racksOfZone[a.zone].insert(rack);
        }
        for (auto it = racksOfZone.cbegin(); it != racksOfZone.cend(); ++it)
            QVERIFY2(it->size() >= 4, qPrintable(it.key()));
    }

    void mostFrameworksAreUnawareOfThePlan()
    {
        const Scenario s = DemoCluster::scenario(0);
        qsizetype aware = 0;
        for (const Scenario::FrameworkSpec &f : s.frameworks)
            aware += f.planAware ? 1 : 0;
        QVERIFY(aware >= 1);
        QVERIFY(aware * 2 < s.frameworks.size());
    }
};

QTEST_GUILESS_MAIN(tst_DemoCluster)
#include "tst_democluster.moc"
