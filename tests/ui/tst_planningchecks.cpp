#include "timelinetestfixture.h"

#include "planning/planningchecks.h"
#include "timeline/timelinedelegate.h"

#include <QToolTip>

using namespace TimelineTest;

// PlanningChecks over the timeline fixture (h1…h6 in zone z; h2 at +120…+240 min, h5 DOWN at
// +300…+360 min; h3 added at +400…+460 min) with at most two machines down per zone. A DOWN
// machine counts as down throughout, so h5 and any one window fill zone z.
class tst_PlanningChecks : public QObject
{
    Q_OBJECT
private:
    PlanningSession *m_session = nullptr;
    TimelinePage *m_page = nullptr;

    PlanningChecks *checks() const { return m_session->checks(); }
    QWidget *viewport() const { return m_page->timeline()->viewport(); }

    static PlanningPolicy onePerZone()
    {
        PlanningPolicy p;
        p.limits.maxDownPerZone = PolicyAmount::count(2);
        return p;
    }

    /// The colour at the bottom strip of @p machine's bar, at @p minutes.
    QColor barStripAt(int machineNumber, int minutes) const
    {
        const QImage image = viewport()->grab().toImage();
        const RowLayout rows = m_page->timeline()->rowLayout();
        const int y = rows.yForRow(rowOf(*m_page, machineNumber)) + rows.rowHeight()
            - TimelineDelegate::BarInset - 2;
        const int x = point(*m_page, machineNumber, minutes).x();
        const qreal dpr = image.devicePixelRatio();
        return image.pixelColor(int(x * dpr), int(y * dpr));
    }

private Q_SLOTS:
    void init()
    {
        m_session = new PlanningSession;
        m_page = new TimelinePage(m_session);
        m_page->resize(1400, 600);
        fill(*m_page);
        checks()->setPolicy(onePerZone());
        QVERIFY(m_page->editor()->createWindow({machine(3)}, span(400, 60)));
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
    }
    void cleanup()
    {
        delete m_page;
        delete m_session;
    }

    void keptLimitsMarkNothing()
    {
        QVERIFY(checks()->violations().isEmpty());
        const WindowId h2 = m_page->draft()->windowIdOf(machine(2));
        QVERIFY(!checks()->isViolating(h2));
        QVERIFY(checks()->churnOf(h2).has_value());
        QVERIFY(barStripAt(2, 180) != TimelineTheme::color(TimelineTheme::LimitViolation));
    }

    void dragIntoViolationMarksTheBarAndNamesTheLimit()
    {
        // Move h2's window by +180 min: it overlaps h3's, three machines of zone z down.
        QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, point(*m_page, 2, 180));
        QTest::mouseMove(viewport(), point(*m_page, 2, 270));
        QTest::mouseMove(viewport(), point(*m_page, 2, 360));
        const QStringList during = m_page->timeline()->dragViolations();
        QCOMPARE(during.size(), 1);
        QCOMPARE(during.first(),
                 QStringLiteral("maxDownPerZone — zone z: 2 → 3 of 6 down (3 > 2) "
                                "Mon 2026-01-05 06:40–07:00"));
        QCOMPARE(barStripAt(2, 350), TimelineTheme::color(TimelineTheme::LimitViolation));
        QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, point(*m_page, 2, 360));

        // The draft keeps the move (no refusal); the bar stays marked and the drag text is gone.
        QCOMPARE(windowOf(*m_page, 2), span(300, 120));
        QVERIFY(m_page->timeline()->dragViolations().isEmpty());
        const WindowId h2 = m_page->draft()->windowIdOf(machine(2));
        QVERIFY(checks()->isViolating(h2));
        QCOMPARE(checks()->violationsOf(h2).first().limit, PlanningLimit::MaxDownPerZone);
        QCOMPARE(barStripAt(2, 350), TimelineTheme::color(TimelineTheme::LimitViolation));
        // h3's window is the other half of the violation.
        QVERIFY(checks()->isViolating(m_page->draft()->windowIdOf(machine(3))));

        // Undo takes the mark away.
        m_page->undoStack()->undo();
        QVERIFY(!checks()->isViolating(m_page->draft()->windowIdOf(machine(2))));
    }

    void dragThatKeepsTheLimitsSaysNothing()
    {
        QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, point(*m_page, 2, 180));
        QTest::mouseMove(viewport(), point(*m_page, 2, 170));
        QTest::mouseMove(viewport(), point(*m_page, 2, 150));
        QVERIFY(m_page->timeline()->dragViolations().isEmpty());
        QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, point(*m_page, 2, 150));
    }

    void creatingIntoViolationIsChecked()
    {
        // A new window for h1 over h2's: checked as a new window (nothing to take out first).
        QTest::mousePress(viewport(), Qt::LeftButton, Qt::NoModifier, point(*m_page, 1, 150));
        QTest::mouseMove(viewport(), point(*m_page, 1, 170));
        QTest::mouseMove(viewport(), point(*m_page, 1, 195));
        QCOMPARE(m_page->timeline()->dragViolations().size(), 1);
        QVERIFY(m_page->timeline()->dragViolations().first().startsWith(
            QStringLiteral("maxDownPerZone — zone z: 2 → 3 of 6 down")));
        QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::NoModifier, point(*m_page, 1, 195));
        QVERIFY(checks()->isViolating(m_page->draft()->windowIdOf(machine(1))));
    }

    void aMachineGoingDownIsCountedWithoutAnEdit()
    {
        // h1 goes DOWN (it is in no window): with h5, zone z has two down throughout, and h2's
        // and h3's windows each make three.
        QVERIFY(checks()->violations().isEmpty());
        MaintenanceStatus status;
        status.down = {machine(5), machine(1)};
        m_session->setStatus(status);
        QCOMPARE(checks()->violations().size(), 2);
        QVERIFY(checks()->isViolating(m_page->draft()->windowIdOf(machine(2))));
        QVERIFY(checks()->isViolating(m_page->draft()->windowIdOf(machine(3))));
    }

    void policyChangeRechecks()
    {
        m_page->draft()->setUnavailability(m_page->draft()->windowIdOf(machine(2)), span(400, 60));
        QVERIFY(checks()->isViolating(m_page->draft()->windowIdOf(machine(2))));
        checks()->setPolicy(PlanningPolicy());
        QVERIFY(checks()->violations().isEmpty());
        QVERIFY(!checks()->isViolating(m_page->draft()->windowIdOf(machine(2))));
    }
};

QTEST_MAIN(tst_PlanningChecks)
#include "tst_planningchecks.moc"
