// Alerts over a 10,000-agent snapshot (issue 11: ≤ 5 ms): 2,000 machines scheduled in 40
// windows, half of the windows started, nine tenths of the machines draining (blocked by a
// decline or a silent framework, or ready) with an hour of drain history each, a tenth down, a few
// agents disconnected; tasks counted per framework (v1). "typical": drains that move, one in twenty
// stuck (about 200 alerts); "everythingStuck": every drain flat for half an hour (about 1,700
// alerts, a text each). And the tracker's update on top (the same alerts again: nothing raised).

#include "alertfixture.h"
#include "alerts/alertrules.h"
#include "alerts/alerttracker.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 T0 = 1800000000000;
constexpr qint64 Min = AlertFixture::kMinuteMs;
constexpr int kAgents = 10000;
constexpr int kScheduled = 2000;
constexpr int kWindows = 40;

} // namespace

class bench_Alerts : public QObject
{
    Q_OBJECT

    AlertFixture m_fixture;
    LiveSnapshot m_snapshot;
    QHash<MachineId, DrainHistory> m_typical;
    QHash<MachineId, DrainHistory> m_stuck;

private Q_SLOTS:
    void initTestCase()
    {
        AlertFixture &f = m_fixture;
        for (int fw = 0; fw < 8; ++fw)
            f.addFramework(u"fw-%1"_s.arg(fw), u"framework-%1"_s.arg(fw));
        for (int n = 0; n < kAgents; ++n) {
            Agent &a = f.addAgent(n, n % 5, {u"fw-%1"_s.arg(n % 8), u"fw-%1"_s.arg((n + 3) % 8)});
            a.frameworkTaskCounts = {(n % 5 + 1) / 2, n % 5 / 2}; // as v1 counts them
            a.active = n % 97 != 0; // a few disconnected agents
        }
        const int perWindow = kScheduled / kWindows;
        for (int w = 0; w < kWindows; ++w) {
            QList<int> machines;
            for (int i = 0; i < perWindow; ++i)
                machines.append(w * perWindow + i);
            // Half the windows started (some ended), half are ahead.
            f.addWindow(machines, T0 + (w - kWindows / 2) * 30 * Min, 60 * Min);
        }
        for (int n = 0; n < kScheduled; ++n) {
            if (n % 10 == 0) {
                f.down(n);
                continue;
            }
            // Answers: one framework accepts, the other declines on every third machine,
            // never answers elsewhere (fw-7 is silent everywhere).
            QList<std::tuple<QString, bool, qint64>> answers;
            answers.append({u"fw-%1"_s.arg(n % 8), n % 8 != 7, T0 - 20 * Min});
            if (n % 3 == 0)
                answers.append({u"fw-%1"_s.arg((n + 3) % 8), false, T0 - 10 * Min});
            f.drain(n, answers);
            DrainHistory &stuck = m_stuck[AlertFixture::machine(n)];
            DrainHistory &typical = m_typical[AlertFixture::machine(n)];
            for (int s = 0; s < 60; ++s) { // an hour of samples
                stuck.record(T0 - 60 * Min + s * Min, qMax(n % 5, 30 - s)); // flat after 30 min
                typical.record(T0 - 60 * Min + s * Min, n % 20 == 1 ? 7 : 90 - s);
            }
        }
        m_snapshot = f.snapshot(T0);
        for (const auto *histories : {&m_typical, &m_stuck}) {
            const QList<Alert> alerts
                = AlertRules::compute({m_snapshot, *histories, T0, {}, nullptr});
            qInfo() << "alerts:" << alerts.size();
            QVERIFY(alerts.size() > 100);
        }
    }

    void compute_data()
    {
        QTest::addColumn<bool>("everythingStuck");
        QTest::newRow("typical") << false;
        QTest::newRow("everythingStuck") << true;
    }

    void compute()
    {
        QFETCH(bool, everythingStuck);
        const QHash<MachineId, DrainHistory> &histories = everythingStuck ? m_stuck : m_typical;
        QList<Alert> alerts;
        QBENCHMARK
        {
            alerts = AlertRules::compute({m_snapshot, histories, T0, {}, nullptr});
        }
        QVERIFY(!alerts.isEmpty());
    }

    void trackerUpdate()
    {
        AlertTracker tracker;
        tracker.update(m_snapshot, m_typical, T0);
        QBENCHMARK
        {
            tracker.update(m_snapshot, m_typical, T0);
        }
        QVERIFY(tracker.count() > 100);
    }
};

QTEST_GUILESS_MAIN(bench_Alerts)
#include "bench_alerts.moc"
