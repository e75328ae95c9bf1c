#include "mainwindow/confirmdialog.h"

#include <QAbstractTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace Qt::StringLiterals;

class tst_ConfirmDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Issue 12: the Up dialog wrapped hostnames in the middle.
    void machineLinesAreNotWrapped()
    {
        QStringList lines;
        for (int i = 0; i < 40; ++i)
            lines << u"compute-node-%1.rack-17.dc-west.example.com (10.20.30.%1) comes back UP "
                     "and leaves the schedule"_s.arg(i);
        ConfirmDialog dialog(u"End maintenance"_s, u"Bring 40 machines back up?"_s,
                             lines.join(u'\n'), u"Bring Up"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *details = dialog.findChild<QPlainTextEdit *>(u"details"_s);
        QVERIFY(details);
        for (QTextBlock block = details->document()->begin(); block.isValid(); block = block.next())
            QCOMPARE(block.layout()->lineCount(), 1);
        QCOMPARE(dialog.okButton()->text(), u"Bring Up"_s);
    }

    void proseWraps()
    {
        const QString prose = QString(u"word "_s).repeated(120);
        ConfirmDialog dialog(u"Restore draft"_s, u"Restore it?"_s, prose, u"Restore"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *details = dialog.findChild<QPlainTextEdit *>(u"details"_s);
        QVERIFY(details->document()->begin().layout()->lineCount() > 1);
        QVERIFY(dialog.width() < 1400);
    }

    void cancelIsTheDefault()
    {
        ConfirmDialog dialog(u"Take down"_s, u"Take 1 machine down?"_s, u"h1: 3 tasks"_s,
                             u"Take Down"_s);
        QTimer::singleShot(0, &dialog, [&dialog] { QTest::keyClick(&dialog, Qt::Key_Return); });
        QCOMPARE(dialog.exec(), int(QDialog::Rejected));
        QTimer::singleShot(0, &dialog, [&dialog] { dialog.okButton()->click(); });
        QCOMPARE(dialog.exec(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(tst_ConfirmDialog)
#include "tst_confirmdialog.moc"
