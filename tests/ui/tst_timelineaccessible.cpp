#include "timelinetestfixture.h"

#include "timeline/timelineaccessible.h"

#include <QAccessible>
#include <QItemSelectionModel>

using namespace TimelineTest;
using namespace Qt::StringLiterals;

// The custom-painted timeline as assistive technology sees it: a child per row, a child per bar.
class tst_TimelineAccessible : public QObject
{
    Q_OBJECT
private:
    PlanningSession *m_session = nullptr;
    TimelinePage *m_page = nullptr;

    QAccessibleInterface *timeline() const
    {
        return QAccessible::queryAccessibleInterface(m_page->timeline());
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
    }
    void cleanup()
    {
        delete m_page;
        delete m_session;
    }

    void rowsAreChildren()
    {
        QAccessibleInterface *view = timeline();
        QVERIFY(view);
        QVERIFY(dynamic_cast<TimelineAccessible *>(view));
        QCOMPARE(view->text(QAccessible::Name), u"Maintenance timeline"_s);
        QCOMPARE(view->childCount(), 7);
        QVERIFY2(view->text(QAccessible::Description).contains(u"UTC"_s),
                 qPrintable(view->text(QAccessible::Description)));

        QAccessibleInterface *header = view->child(0);
        QVERIFY(header);
        QVERIFY2(header->text(QAccessible::Name).startsWith(u"z ("_s),
                 qPrintable(header->text(QAccessible::Name)));
        QVERIFY(header->state().expandable);
        QVERIFY(header->state().expanded);

        QAccessibleInterface *h1 = view->child(rowOf(*m_page, 1));
        QCOMPARE(h1->role(), QAccessible::Row);
        QCOMPARE(h1->text(QAccessible::Name), u"h1 (10.0.0.1)"_s);
        QVERIFY2(h1->text(QAccessible::Description).contains(u"no maintenance window"_s),
                 qPrintable(h1->text(QAccessible::Description)));
        QCOMPARE(h1->childCount(), 0);
        QCOMPARE(h1->parent(), view);
        QCOMPARE(view->indexOfChild(h1), rowOf(*m_page, 1));
        // The same row gives the same interface.
        QCOMPARE(view->child(rowOf(*m_page, 1)), h1);
        // On screen, inside the timeline.
        const QRect viewRect = view->rect();
        QVERIFY(!h1->rect().isEmpty());
        QVERIFY(viewRect.contains(h1->rect()));
        QCOMPARE(view->childAt(h1->rect().center().x(), h1->rect().center().y()), h1);
    }

    void barsDescribeTheWindow()
    {
        QAccessibleInterface *h5 = timeline()->child(rowOf(*m_page, 5));
        QVERIFY2(h5->text(QAccessible::Description).startsWith(u"DOWN, window "_s),
                 qPrintable(h5->text(QAccessible::Description)));
        QCOMPARE(h5->childCount(), 1);
        QAccessibleInterface *bar = h5->child(0);
        QVERIFY(bar);
        QCOMPARE(bar->role(), QAccessible::Graphic);
        QCOMPARE(bar->parent(), h5);
        QCOMPARE(h5->indexOfChild(bar), 0);
        // Times in the zone the timeline shows (UTC here): 05:00 to 06:00 on 2026-01-05.
        const QString name = bar->text(QAccessible::Name);
        QVERIFY2(name.contains(u"5:00"_s) && name.contains(u"6:00"_s), qPrintable(name));
        const QString description = bar->text(QAccessible::Description);
        QVERIFY2(description.contains(u"h5 (10.0.0.5)"_s), qPrintable(description));
        QVERIFY2(description.contains(u"Duration: 1 h 0 min"_s), qPrintable(description));
        QVERIFY2(description.contains(u"Locked"_s), qPrintable(description));
        QVERIFY(!description.contains(u"<"_s)); // plain text, not the tooltip's HTML
        QVERIFY(bar->state().readOnly);
        // The bar's rectangle lies within its row's.
        QVERIFY(!bar->rect().isEmpty());
        QVERIFY(h5->rect().contains(bar->rect().center()));
    }

    void statesFollowSelectionAndFocus()
    {
        const int row = rowOf(*m_page, 2);
        QAccessibleInterface *h2 = timeline()->child(row);
        QVERIFY(!h2->state().selected);
        m_page->timeline()->setFocus();
        m_page->timeline()->selectionModel()->setCurrentIndex(m_page->groupModel()->index(row, 0),
                                                              QItemSelectionModel::ClearAndSelect
                                                                  | QItemSelectionModel::Rows);
        QVERIFY(h2->state().selected);
        QTRY_VERIFY(m_page->timeline()->hasFocus());
        QVERIFY(h2->state().focused);
        QCOMPARE(timeline()->focusChild(), h2);
    }

    void followsTheRows()
    {
        QAccessibleInterface *view = timeline();
        QAccessibleInterface *h6 = view->child(rowOf(*m_page, 6));
        QCOMPARE(h6->text(QAccessible::Name), u"h6 (10.0.0.6)"_s);
        m_page->timeline()->setZoneCollapsed(0, true);
        QCOMPARE(view->childCount(), 1);
        QVERIFY(!h6->isValid());
        QVERIFY(view->child(0)->state().collapsed);
        QVERIFY(!view->child(1));
        m_page->timeline()->setZoneCollapsed(0, false);
        QCOMPARE(view->childCount(), 7);
        QCOMPARE(view->child(rowOf(*m_page, 6))->text(QAccessible::Name), u"h6 (10.0.0.6)"_s);
    }
};

QTEST_MAIN(tst_TimelineAccessible)
#include "tst_timelineaccessible.moc"
