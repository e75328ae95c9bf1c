#include "submit/reviewexportdialog.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ReviewExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 12: "&Schedule file:" showed its ampersand (a form label without a buddy).
    void everyMnemonicHasABuddy()
    {
        ReviewExportDialog dialog;
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        int mnemonics = 0;
        for (const QLabel *label : labels) {
            if (!label->text().contains(u'&'))
                continue;
            ++mnemonics;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        }
        QCOMPARE(mnemonics, 3);
    }
};

QTEST_MAIN(tst_ReviewExportDialog)
#include "tst_reviewexportdialog.moc"
