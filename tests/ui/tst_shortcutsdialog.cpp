#include "timeline/shortcutsdialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ShortcutsDialog : public QObject
{
    Q_OBJECT
private:
    static QStringList rows(const QTableWidget *table)
    {
        QStringList out;
        for (int r = 0; r < table->rowCount(); ++r)
            out << table->item(r, 0)->text() + u" | "_s + table->item(r, 1)->text() + u" | "_s
                    + table->item(r, 2)->text();
        return out;
    }

private Q_SLOTS:
    void listsTheMenusKeysAndTheViewKeys()
    {
        QMenuBar bar;
        QMenu *edit = bar.addMenu(u"&Edit"_s);
        edit->addAction(u"&Find Machine"_s)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
        edit->addAction(u"No key"_s);
        edit->addSeparator();
        QAction *redo = edit->addAction(u"Redo"_s);
        redo->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
        ShortcutsDialog dialog(&bar);
        const QStringList table = rows(dialog.table());
        QVERIFY(table.contains(u"Edit | Find Machine | Ctrl+F"_s));
        QVERIFY(table.contains(u"Edit | Redo | Ctrl+Shift+Z, Ctrl+Y"_s));
        QVERIFY(!table.join(u'\n').contains(u"No key"_s));
        // The keys that are no menu command.
        QVERIFY(
            table.contains(u"Timeline | Resize the current window | Shift+Left, Shift+Right"_s));
        QVERIFY(table.contains(u"Zone header | Collapse, expand | Left, Right"_s));
    }
};

QTEST_MAIN(tst_ShortcutsDialog)
#include "tst_shortcutsdialog.moc"
