// The --demo cluster gives the planner something to show: racks inside zones, and frameworks
// that mostly move tasks without looking at the schedule (so a plan's churn happens).
#include "controller/democluster.h"
#include "simclock.h"
#include "simsnapshot.h"

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

    // A person watching the demo sees every kind of alert within its first minutes (at its
    // real-time speed and with its one-minute graces).
    void everyAlertShowsWithinMinutes()
    {
        constexpr qint64 S = SimCluster::Second;
        const qint64 t0 = 1800000000LL * S;
        SimClock clock(0, t0);
        SimCluster cluster(DemoCluster::scenario(t0), &clock);
        SimAlertWatcher watcher(DemoCluster::alertDefaults());
        watcher.look(cluster);
        watcher.run(cluster, t0 + 8 * 60 * S, 5 * S);
        for (int k = 0; k < Alert::kKindCount; ++k) {
            const QList<SimAlertWatcher::Change> raised = watcher.of(Alert::Kind(k), true);
            QVERIFY2(!raised.isEmpty(), qPrintable(Alert::kindName(Alert::Kind(k))));
            QVERIFY2(raised.first().atMs - t0 / 1000000 <= 5 * 60 * 1000,
                     qPrintable(Alert::kindName(Alert::Kind(k))));
        }
        // Some clear again: the agent comes back, kafka's teardown unblocks its machines.
        QVERIFY(!watcher.of(Alert::Kind::AgentLost, false).isEmpty());
        QVERIFY(!watcher.of(Alert::Kind::StuckDrain, false).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DemoCluster)
#include "tst_democluster.moc"
