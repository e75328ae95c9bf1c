#include "planning/draftschedule.h"
#include "planning/planningchecks.h"
#include "planning/planningsession.h"
#include "theme/timelinetheme.h"
#include "timeline/capacityband.h"
#include "timeline/timelineviewstate.h"

#include <QComboBox>
#include <QImage>
#include <QTest>

namespace {

constexpr qint64 M = TimeScale::Minute;
constexpr qint64 T0 = 1767571200LL * TimeScale::Second; // 2026-01-05 00:00 UTC

MachineId machine(int i)
{
    return MachineId::of(QStringLiteral("h%1").arg(i), QStringLiteral("10.0.0.%1").arg(i));
}

} // namespace

// Machines h1…h100, 4 CPUs and 1024 MB each; h1…h6 in zone a, the rest in zone b.
class tst_CapacityBand : public QObject
{
    Q_OBJECT
private:
    PlanningSession *m_session = nullptr;
    TimelineViewState *m_state = nullptr;
    CapacityBand *m_band = nullptr;

private Q_SLOTS:
    void init()
    {
        m_session = new PlanningSession;
        QList<Agent> agents;
        for (int i = 1; i <= 100; ++i) {
            Agent a;
            a.hostname = QStringLiteral("h%1").arg(i);
            a.ip = QStringLiteral("10.0.0.%1").arg(i);
            a.zone = i <= 6 ? QStringLiteral("a") : QStringLiteral("b");
            a.resources = {4, 1024, 0, 0};
            agents.append(a);
        }
        m_session->setAgents(agents);
        m_state = new TimelineViewState;
        m_state->setScale(TimeScale(T0, double(M))); // 1 px = 1 min from T0
        m_band = new CapacityBand;
        m_band->resize(600, 100);
        m_state->setViewportWidth(600);
        m_band->setViewState(m_state);
        m_band->setChecks(m_session->checks());
    }
    void cleanup()
    {
        delete m_band;
        delete m_state;
        delete m_session;
    }

    void zonesInTheCombo()
    {
        QCOMPARE(m_band->zoneCombo()->count(), 3);
        m_band->zoneCombo()->activated(1);
        QCOMPARE(m_band->zone(), std::optional<int>(0));
        QCOMPARE(m_band->profile().total().agents, 6.0);
    }

    void visitsOnlyTheVisibleSteps()
    {
        // One window an hour for h7…h100: 188 steps, of which 600 px = 10 h show about 20.
        for (int i = 7; i <= 100; ++i)
            QVERIFY(!m_session->draft()->addWindow({machine(i)}, {T0 + (i - 7) * 60 * M, 30 * M}));
        const qsizetype all = m_band->profile().steps().size();
        QVERIFY(all > 180);
        const auto [first, last] = m_band->visibleSteps();
        QCOMPARE(first, m_band->profile().indexAt(T0));
        QCOMPARE(last, m_band->profile().indexAt(T0 + 600 * M));
        QVERIFY(last - first < 25);
        // Scrolled ten hours on, the visible steps move along.
        m_state->setScale(TimeScale(T0 + 600 * M, double(M)));
        const auto [first2, last2] = m_band->visibleSteps();
        QVERIFY(first2 >= last);
        QVERIFY(last2 - first2 < 25);
    }

    void followsAWindowWhileItIsDragged()
    {
        PlanningPolicy policy;
        policy.limits.minAgentsPerZone = PolicyAmount::count(5);
        m_session->checks()->setPolicy(policy);
        m_band->setZone(0);
        QVERIFY(!m_session->draft()->addWindow({machine(1)}, {T0 + 60 * M, 60 * M}));
        const WindowId id = m_session->draft()->windowIdOf(machine(1));
        QVERIFY(id);
        QVERIFY(!m_session->draft()->addWindow({machine(2)}, {T0 + 300 * M, 60 * M}));
        QVERIFY(m_band->belowFloorRanges().isEmpty());
        auto leftAt = [this](qint64 t) {
            return m_band->profile().steps().at(m_band->profile().indexAt(t)).agents;
        };
        QCOMPARE(leftAt(T0 + 90 * M), 5.0);
        // Dragged onto h2's window: zone a is 4 of 6 there, below the floor, before the release.
        m_session->checks()->setDragPreview({machine(1)}, id, {T0 + 290 * M, 60 * M});
        QCOMPARE(leftAt(T0 + 90 * M), 6.0);
        QCOMPARE(leftAt(T0 + 295 * M), 5.0);
        QCOMPARE(leftAt(T0 + 320 * M), 4.0);
        QCOMPARE(leftAt(T0 + 355 * M), 5.0);
        const auto ranges = m_band->belowFloorRanges();
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.first().first, 300.0);
        QCOMPARE(ranges.first().second, 350.0);
        // A machine of another zone does not move zone a's band; a cancelled drag restores it.
        m_session->checks()->setDragPreview({machine(50)}, 0, {T0, 600 * M});
        QCOMPARE(leftAt(T0 + 90 * M), 5.0);
        m_session->checks()->clearDragPreview();
        QCOMPARE(leftAt(T0 + 90 * M), 5.0);
        QCOMPARE(leftAt(T0 + 320 * M), 5.0);
        QVERIFY(m_band->belowFloorRanges().isEmpty());
    }

    void floorsAndStretchesBelowThem()
    {
        PlanningPolicy policy;
        policy.limits.minAgentsPerZone = PolicyAmount::count(5);
        m_session->checks()->setPolicy(policy);
        m_band->setZone(0);
        QCOMPARE(m_band->profile().floors().agents, 5.0);
        // Two of zone a's six down from +60 to +120 min leave 4 < 5; one from +200 to +260 keeps 5.
        QVERIFY(!m_session->draft()->addWindow({machine(1), machine(2)}, {T0 + 60 * M, 60 * M}));
        QVERIFY(!m_session->draft()->addWindow({machine(3)}, {T0 + 200 * M, 60 * M}));
        const auto ranges = m_band->belowFloorRanges();
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(ranges.first().first, 60.0);
        QCOMPARE(ranges.first().second, 120.0);
        // The scale runs from a little below the lowest share (4 of 6) to the total.
        QCOMPARE(m_band->lowShare(), 0.6);
        const double top = m_band->yFor(CapacityBand::Agents, 6);
        const double bottom = m_band->yFor(CapacityBand::Agents, 0);
        QCOMPARE(bottom, m_band->yFor(CapacityBand::Agents, 3.6)); // 60%: the bottom
        QVERIFY(top < m_band->yFor(CapacityBand::Agents, 5));
        QVERIFY(m_band->yFor(CapacityBand::Agents, 5) < m_band->yFor(CapacityBand::Agents, 4));
        QVERIFY(m_band->yFor(CapacityBand::Agents, 4) < bottom);
        QCOMPARE(m_band->yFor(CapacityBand::Agents, 4.8) - top, (bottom - top) / 2);

        const QImage image = m_band->grab().toImage();
        const qreal dpr = image.devicePixelRatio();
        auto at = [&](int x, int y) {
            return image.pixelColor(int(x * dpr), int(y * dpr));
        };
        const int y = m_band->height() - 2;
        QVERIFY(at(90, y) != at(30, y)); // shaded below the floor
        QCOMPARE(at(230, y), at(30, y)); // not shaded where the floor holds
        // The lines (all three shares alike here) are drawn at 4 of 6 left between +60 and +120, at
        // 6 before.
        QCOMPARE(at(90, int(m_band->yFor(CapacityBand::Agents, 4))).rgb()
                     & 0xffffff, // the last line drawn
                 TimelineTheme::seriesColor(CapacityBand::Mem).rgb() & 0xffffff);
        QCOMPARE(at(30, int(m_band->yFor(CapacityBand::Agents, 4))), at(30, y));
    }
};

QTEST_MAIN(tst_CapacityBand)
#include "tst_capacityband.moc"
