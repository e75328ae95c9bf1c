#include "timelinetestfixture.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace TimelineTest;

class tst_TimelinePage : public QObject
{
    Q_OBJECT
private:
    PlanningSession *m_session = nullptr;
    TimelinePage *m_page = nullptr;

    QComboBox *modeFilter() const
    {
        return m_page->findChild<QComboBox *>(QStringLiteral("modeFilter"));
    }
    QLineEdit *textFilter() const
    {
        return m_page->findChild<QLineEdit *>(QStringLiteral("filter"));
    }

private Q_SLOTS:
    void init()
    {
        m_session = new PlanningSession;
        m_page = new TimelinePage(m_session);
        m_page->resize(1400, 600);
        fill(*m_page);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        QVERIFY(modeFilter());
        QVERIFY(textFilter());
    }
    void cleanup()
    {
        delete m_page;
        delete m_session;
    }

    void showMachineClearsTheModeFilter()
    {
        modeFilter()->setCurrentIndex(modeFilter()->findData(int(MachineMode::Down)));
        QCOMPARE(m_page->groupModel()->rowCount(), 2); // the zone's header and h5
        QVERIFY(m_page->showMachine(machine(2)));
        QCOMPARE(modeFilter()->currentIndex(), 0);
        QCOMPARE(m_page->groupModel()->rowCount(), 7);
        QCOMPARE(m_page->selectedMachines(), QList<MachineId> {machine(2)});
        // Its window is centred.
        QVERIFY(std::abs(m_page->viewState()->scale().xForTime(T0 + 120 * M)
                         - m_page->viewState()->viewportWidth() / 2.0)
                < 2);
    }

    void showMachineClearsTheTextFilter()
    {
        textFilter()->setText(QStringLiteral("h3"));
        QCOMPARE(m_page->groupModel()->rowCount(), 2);
        QVERIFY(m_page->showMachine(machine(4)));
        QVERIFY(textFilter()->text().isEmpty());
        QCOMPARE(m_page->selectedMachines(), QList<MachineId> {machine(4)});
    }

    void showMachineKeepsFiltersThatShowIt()
    {
        modeFilter()->setCurrentIndex(modeFilter()->findData(int(MachineMode::Down)));
        QVERIFY(m_page->showMachine(machine(5)));
        QCOMPARE(modeFilter()->currentData().toInt(), int(MachineMode::Down));
        QCOMPARE(m_page->selectedMachines(), QList<MachineId> {machine(5)});
    }

    void showMachineInACollapsedZone()
    {
        m_page->timeline()->setZoneCollapsed(0, true);
        QVERIFY(!m_page->showMachine(machine(2)));
        QVERIFY(!m_page->showMachine(machine(99))); // not in the table at all
    }
};

QTEST_MAIN(tst_TimelinePage)
#include "tst_timelinepage.moc"
