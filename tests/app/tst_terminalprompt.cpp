#include "cli/terminalprompt.h"

#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

class tst_TerminalPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("y") << u"y\n"_s << true;
        QTest::newRow("Yes, padded") << u"  Yes \n"_s << true;
        QTest::newRow("Y without newline") << u"Y"_s << true;
        QTest::newRow("empty line") << u"\n"_s << false;
        QTest::newRow("n") << u"n\n"_s << false;
        QTest::newRow("other") << u"sure\n"_s << false;
        QTest::newRow("end of input") << QString() << false;
    }
    void answers()
    {
        QFETCH(QString, typed);
        QFETCH(bool, confirmed);
        QString input = typed, asked;
        QTextStream in(&input), err(&asked);
        TerminalPrompt prompt(&in);
        QVERIFY(prompt.canAsk());
        QCOMPARE(prompt.confirm(u"Submit? [y/N] "_s, err), confirmed);
        err.flush();
        QCOMPARE(asked, u"Submit? [y/N] "_s);
    }

    void oneLinePerQuestion()
    {
        QString input = u"y\nn\n"_s, asked;
        QTextStream in(&input), err(&asked);
        TerminalPrompt prompt(&in);
        QVERIFY(prompt.confirm(u"1? "_s, err));
        QVERIFY(!prompt.confirm(u"2? "_s, err));
        QVERIFY(!prompt.confirm(u"3? "_s, err));
    }
};

QTEST_GUILESS_MAIN(tst_TerminalPrompt)
#include "tst_terminalprompt.moc"
