#include "submit/changesdialog.h"

#include <QAbstractScrollArea>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>

using namespace Qt::StringLiterals;

// Issue 10, item 7: the rebase prompt's conflict text was cut off at the column's edge.
class tst_ChangesDialog : public QObject
{
    Q_OBJECT

    // Everything the dialog's scrollable views hold as text.
    static QString shownText(const QDialog &dialog)
    {
        QString all;
        for (const QPlainTextEdit *edit : dialog.findChildren<QPlainTextEdit *>())
            all += edit->toPlainText() + u'\n';
        for (const QListWidget *list : dialog.findChildren<QListWidget *>()) {
            for (int i = 0; i < list->count(); ++i)
                all += list->item(i)->text() + u'\n';
        }
        return all;
    }

private Q_SLOTS:
    void longLinesAreShownWhole()
    {
        const QString conflict
            = u"! conflict: host-with-a-rather-long-name.rack-17.example.org (10.20.30.40) was "
              "changed on the master too. Your draft started from: 2026-05-01T10:00:00 for 2h. "
              "On the master now: not in the schedule (brought up or removed). Yours, which is "
              "kept: 2026-05-01T14:00:00 for 2h."_s;
        const QStringList ours {u"+ window 2: 2026-05-01T14:00:00 for 2h, 1 machine(s)"_s,
                                conflict};
        ChangesDialog dialog(u"The live schedule changed"_s, u"Intro"_s,
                             {u"Their change"_s, {u"- a (was in window 1)"_s}},
                             {u"Your change"_s, ours}, u"Rebase"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const QString &line : ours)
            QVERIFY(shownText(dialog).contains(line));
        const QList<QAbstractScrollArea *> views = dialog.findChildren<QAbstractScrollArea *>();
        QVERIFY(!views.isEmpty());
        for (const QAbstractScrollArea *view : views) // nothing hidden off to the side
            QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        const QRect screen = dialog.screen()->availableGeometry();
        QVERIFY(dialog.width() <= screen.width());
        QVERIFY(dialog.height() <= screen.height());
    }
};

QTEST_MAIN(tst_ChangesDialog)
#include "tst_changesdialog.moc"
