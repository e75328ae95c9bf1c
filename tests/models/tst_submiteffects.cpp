#include "live/livesnapshot.h"
#include "live/submiteffects.h"

#include <QTest>

using namespace Qt::StringLiterals;

static MachineId machine(int i)
{
    return MachineId::of(u"h%1"_s.arg(i), u"10.0.0.%1"_s.arg(i));
}

// The words the GUI's preview and `slipwayctl submit` both show.
class tst_SubmitEffects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesDrainingLeavingAndFrameworks()
    {
        ClusterState cluster;
        for (int i = 1; i <= 3; ++i) {
            Agent a;
            a.hostname = u"h%1"_s.arg(i);
            a.ip = u"10.0.0.%1"_s.arg(i);
            a.taskCount = i;
            a.frameworkIds = {i == 1 ? u"fw-b"_s : u"fw-a"_s};
            cluster.agents.append(a);
        }
        cluster.frameworks = {{u"fw-a"_s, u"web"_s, true}, {u"fw-b"_s, u"batch"_s, true}};
        Schedule live;
        live.windows.append({{machine(3)}, {10, 5}});
        MaintenanceStatus status;
        status.draining.append({machine(3), {}});
        const LiveSnapshot snapshot = LiveSnapshot::join(cluster, status, live);
        Schedule next;
        next.windows.append({{machine(1), machine(2)}, {10, 5}});
        const ScheduleDiff diff = ScheduleDiff::compute(live, next);
        QCOMPARE(
            SubmitEffects::describe(diff, &snapshot),
            (QStringList {u"h1 (10.0.0.1) starts DRAINING on submit (1 tasks)"_s,
                          u"h2 (10.0.0.2) starts DRAINING on submit (2 tasks)"_s,
                          u"h3 (10.0.0.3) goes back UP (its inverse-offer answers are dropped)"_s,
                          u"Frameworks that will receive inverse offers: batch, web"_s}));
    }

    void withoutASnapshot()
    {
        Schedule next;
        next.windows.append({{machine(1)}, {10, 5}});
        QCOMPARE(SubmitEffects::describe(ScheduleDiff::compute(Schedule(), next), nullptr),
                 QStringList {u"h1 (10.0.0.1) starts DRAINING on submit (0 tasks)"_s});
    }
};

QTEST_GUILESS_MAIN(tst_SubmitEffects)
#include "tst_submiteffects.moc"
