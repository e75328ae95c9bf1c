#include "timelinetestfixture.h"

#include "timeline/selectmachinesdialog.h"
#include "timeline/timelinelegend.h"
#include "timeline/timelinemenus.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

using namespace TimelineTest;
using namespace Qt::StringLiterals;

class tst_TimelineMenus : public QObject
{
    Q_OBJECT
private:
    PlanningSession *m_session = nullptr;
    TimelinePage *m_page = nullptr;
    TimelineMenus *m_menus = nullptr;

private Q_SLOTS:
    void init()
    {
        m_session = new PlanningSession;
        m_page = new TimelinePage(m_session);
        m_menus = new TimelineMenus(m_page, m_page);
        m_page->resize(1400, 600);
        fill(*m_page);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        m_page->activateWindow();
        m_page->timeline()->setFocus();
    }
    void cleanup()
    {
        delete m_page;
        delete m_session;
    }

    void ctrlFFocusesTheFilter()
    {
        m_page->filterEdit()->setText(u"h"_s);
        QTRY_VERIFY(m_page->timeline()->hasFocus());
        QTest::keySequence(m_page->timeline(), QKeySequence::Find);
        QTRY_VERIFY(m_page->filterEdit()->hasFocus());
        QCOMPARE(m_page->filterEdit()->selectedText(), u"h"_s);
        // Typing replaces the old filter.
        QTest::keyClicks(m_page->filterEdit(), u"h3"_s);
        QCOMPARE(m_page->groupModel()->rowCount(), 2);
    }

    void selectMachinesFromAPastedList()
    {
        const QStringList missing
            = m_menus->selectMachinesFromText(u"h2\nh4/10.0.0.4, h9\n10.0.0.6\nh1/10.9.9.9"_s);
        QCOMPARE(missing, (QStringList {u"h9"_s, u"h1/10.9.9.9"_s}));
        QCOMPARE(m_session->selectedMachines(),
                 (QList<MachineId> {machine(2), machine(4), machine(6)}));
        // Machines hidden by the filter are shown.
        m_page->filterEdit()->setText(u"h3"_s);
        QVERIFY(m_menus->selectMachinesFromText(u"h5"_s).isEmpty());
        QVERIFY(m_page->filterEdit()->text().isEmpty());
        QCOMPARE(m_session->selectedMachines(), QList<MachineId> {machine(5)});
        // Nothing found: the selection stays.
        QCOMPARE(m_menus->selectMachinesFromText(u"nope"_s), QStringList {u"nope"_s});
        QCOMPARE(m_session->selectedMachines(), QList<MachineId> {machine(5)});
    }

    void selectMachinesDialogSaysWhatItFinds()
    {
        SelectMachinesDialog dialog({machine(1), machine(2)});
        auto *ok = dialog.findChild<QPushButton *>();
        auto *result = dialog.findChild<QLabel *>(u"result"_s);
        QVERIFY(result);
        QPushButton *select = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == u"Select"_s)
                select = b;
        }
        QVERIFY(ok && select);
        QVERIFY(!select->isEnabled());
        dialog.setText(u"h1 (10.0.0.1)\nh7"_s);
        QVERIFY(select->isEnabled());
        QCOMPARE(dialog.match().found, QList<MachineId> {machine(1)});
        QVERIFY2(result->text().contains(u"Not found (1): <nobr>h7</nobr>"_s),
                 qPrintable(result->text()));
    }

    void menusCarryTheActions()
    {
        QMenu edit;
        m_menus->addEditActions(&edit);
        QVERIFY(edit.actions().contains(m_menus->findAction()));
        QVERIFY(edit.actions().contains(m_menus->selectMachinesAction()));
        bool exactTimes = false;
        for (QAction *a : edit.actions())
            exactTimes |= a->text() == u"&Exact times…"_s;
        QVERIFY(exactTimes);
        QMenu view;
        QMenu help;
        m_menus->addViewActions(&view);
        m_menus->addHelpActions(&help);
        QVERIFY(view.actions().contains(m_menus->legendAction()));
        QVERIFY(help.actions().contains(m_menus->legendAction()));
    }

    void legendOpensOnce()
    {
        m_menus->legendAction()->trigger();
        QDialog *window = m_menus->legendWindow();
        QVERIFY(window);
        QTRY_VERIFY(window->isVisible());
        QVERIFY(window->findChild<TimelineLegend *>());
        m_menus->legendAction()->trigger();
        QCOMPARE(m_menus->legendWindow(), window);
        window->close();
    }
};

QTEST_MAIN(tst_TimelineMenus)
#include "tst_timelinemenus.moc"
