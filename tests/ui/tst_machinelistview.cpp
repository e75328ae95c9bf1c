#include "commands/scheduleeditor.h"
#include "planning/machinetablemodel.h"
#include "planning/planningsession.h"
#include "planning/zonegroupmodel.h"
#include "timeline/machinelistview.h"
#include "timeline/timelinepage.h"
#include "timeline/timelineview.h"
#include "timeline/timelineviewstate.h"

#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// The machine list beside the timeline: type-ahead search, zone headers, and rows that stay
// level with the timeline's.
class tst_MachineListView : public QObject
{
    Q_OBJECT
private:
    PlanningSession *m_session = nullptr;
    TimelinePage *m_page = nullptr;

    MachineListView *list() const { return static_cast<MachineListView *>(m_page->machineList()); }
    ZoneGroupModel *groups() const { return m_page->groupModel(); }
    QModelIndex row(int r) const { return groups()->index(r, 0); }
    static MachineId id(const QString &host, int n)
    {
        return MachineId::of(host, u"10.0.0.%1"_s.arg(n));
    }

    QPoint headerLabel(int r) const
    {
        const QRect rect = list()->visualRect(row(r));
        return QPoint(list()->headerArrowWidth() + 40, rect.center().y());
    }

    /// Every row of the list at the height of the same row of the timeline.
    bool rowsLineUp() const
    {
        const TimelineView *timeline = m_page->timeline();
        for (int r = 0; r < groups()->rowCount(); ++r) {
            const QRect inList = list()->visualRect(row(r));
            const QRect inTimeline = timeline->visualRect(row(r));
            const int a = list()->viewport()->mapTo(m_page, inList.topLeft()).y();
            const int b = timeline->viewport()->mapTo(m_page, inTimeline.topLeft()).y();
            if (a != b) {
                qWarning("row %d: list at %d, timeline at %d", r, a, b);
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_session = new PlanningSession;
        m_page = new TimelinePage(m_session);
        m_page->resize(1200, 600);
        // Rows: 0 zone a, 1 db-1, 2 db-2, 3 zone b, 4 web-1 … 13 web-10.
        QList<Agent> agents;
        auto add = [&](const QString &host, const QString &zone, int n) {
            Agent a;
            a.hostname = host;
            a.ip = u"10.0.0.%1"_s.arg(n);
            a.zone = zone;
            agents.append(a);
        };
        add(u"db-1"_s, u"a"_s, 1);
        add(u"db-2"_s, u"a"_s, 2);
        for (int i = 1; i <= 10; ++i)
            add(u"web-%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"b"_s, 10 + i);
        m_session->setAgents(agents);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        m_page->activateWindow();
        QCOMPARE(groups()->rowCount(), 14);
        list()->setFocus();
    }
    void cleanup()
    {
        delete m_page;
        delete m_session;
    }

    void typingSearchesHostnamesDashesIncluded()
    {
        const double zoom = m_page->viewState()->scale().nsPerPixel();
        list()->selectionModel()->setCurrentIndex(row(0), QItemSelectionModel::NoUpdate);
        QTest::keyClicks(list(), u"web-07"_s);
        QCOMPARE(list()->currentIndex().row(), 10);
        QCOMPARE(list()->currentIndex().data().toString(), u"web-07"_s);
        // "-" and "+" searched; they zoom only where the timeline has the focus.
        QTest::keyClick(list(), Qt::Key_Minus);
        QTest::keyClick(list(), Qt::Key_Plus);
        QCOMPARE(m_page->viewState()->scale().nsPerPixel(), zoom);
        QTest::keyClick(m_page->timeline(), Qt::Key_Minus);
        QVERIFY(m_page->viewState()->scale().nsPerPixel() > zoom);
    }

    void clickOnAZoneHeaderSelectsItsMachines()
    {
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, Qt::NoModifier, headerLabel(0));
        QCOMPARE(groups()->rowCount(), 14); // not collapsed
        QCOMPARE(m_session->selectedMachines(),
                 (QList<MachineId> {id(u"db-1"_s, 1), id(u"db-2"_s, 2)}));
        QCOMPARE(m_page->selectedMachines(), m_session->selectedMachines());
        // Ctrl+click on the other header adds its zone.
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, Qt::ControlModifier, headerLabel(3));
        QCOMPARE(m_session->selectedMachines().size(), 12);
        // From the keyboard: moving onto a header selects its zone.
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, Qt::NoModifier,
                          list()->visualRect(row(2)).center());
        QCOMPARE(m_session->selectedMachines(), (QList<MachineId> {id(u"db-2"_s, 2)}));
        QTest::keyClick(list(), Qt::Key_Down);
        QCOMPARE(list()->currentIndex().row(), 3);
        QCOMPARE(m_session->selectedMachines().size(), 10);
    }

    void headerSelectionReachesACollapsedZone()
    {
        m_page->timeline()->setZoneCollapsed(3, true);
        QCOMPARE(groups()->rowCount(), 4);
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, Qt::NoModifier, headerLabel(3));
        QCOMPARE(m_session->selectedMachines().size(), 10);
        m_page->timeline()->setZoneCollapsed(3, false);
        QCOMPARE(m_page->selectedMachines().size(), 10);
    }

    void arrowAndDoubleClickToggleTheZone()
    {
        const QPoint arrow(4, list()->visualRect(row(0)).center().y());
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, Qt::NoModifier, arrow);
        QCOMPARE(groups()->rowCount(), 12);
        QVERIFY(m_session->selectedMachines().isEmpty());
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, Qt::NoModifier, arrow);
        QCOMPARE(groups()->rowCount(), 14);
        QTest::mouseDClick(list()->viewport(), Qt::LeftButton, Qt::NoModifier, headerLabel(0));
        QCOMPARE(groups()->rowCount(), 12);
    }

    void keysOnAZoneHeader()
    {
        list()->selectionModel()->setCurrentIndex(row(3), QItemSelectionModel::NoUpdate);
        QTest::keyClick(list(), Qt::Key_Left);
        QCOMPARE(groups()->rowCount(), 4);
        QTest::keyClick(list(), Qt::Key_Right);
        QCOMPARE(groups()->rowCount(), 14);
        QTest::keyClick(list(), Qt::Key_Return);
        QCOMPARE(groups()->rowCount(), 4);
        QTest::keyClick(list(), Qt::Key_Space);
        QCOMPARE(groups()->rowCount(), 14);
        QCOMPARE(m_page->undoStack()->count(), 0);
    }

    // Issue 12: Enter collapsed the zone on the timeline, and the list's rows no longer lined up
    // with the timeline's until the next scroll.
    void rowsLineUpAfterCollapsingWithEnter_data()
    {
        QTest::addColumn<bool>("inList");
        QTest::newRow("timeline") << false;
        QTest::newRow("list") << true;
    }
    void rowsLineUpAfterCollapsingWithEnter()
    {
        QFETCH(bool, inList);
        m_page->resize(1200, 300); // short enough to scroll
        QTRY_VERIFY(m_page->timeline()->verticalScrollBar()->maximum() > 0);
        QWidget *target = inList ? static_cast<QWidget *>(list()) : m_page->timeline();
        target->setFocus();
        // Scrolled to the bottom, then the zone above is collapsed: the range shrinks.
        m_page->timeline()->verticalScrollBar()->setValue(
            m_page->timeline()->verticalScrollBar()->maximum());
        list()->selectionModel()->setCurrentIndex(row(0), QItemSelectionModel::NoUpdate);
        QVERIFY(rowsLineUp());
        QTest::keyClick(target, Qt::Key_Return);
        QCOMPARE(groups()->rowCount(), 12);
        QVERIFY(rowsLineUp());
        QCoreApplication::processEvents();
        QVERIFY(rowsLineUp());
        QCOMPARE(list()->verticalScrollBar()->value(),
                 m_page->timeline()->verticalScrollBar()->value());
        QTest::keyClick(target, Qt::Key_Return);
        QCOMPARE(groups()->rowCount(), 14);
        QCoreApplication::processEvents();
        QVERIFY(rowsLineUp());
    }
};

QTEST_MAIN(tst_MachineListView)
#include "tst_machinelistview.moc"
