#include "alerts/argtemplate.h"

#include <QTest>

using namespace Qt::StringLiterals;

// ArgTemplate fills exactly as QString::arg(a, b, c) does, whatever the translation did with the
// placeholders.
class tst_ArgTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsAsArgDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("in order") << u"%1: 5 task(s) left, none finished for %2; held by %3"_s;
        QTest::newRow("reordered") << u"%3 hold %1 (%2)"_s;
        QTest::newRow("adjacent, at the ends") << u"%2%1%3"_s;
        QTest::newRow("twice") << u"%1 %1 %2 %3"_s;
        QTest::newRow("a missing one") << u"%1 and %3"_s;
        QTest::newRow("a percent sign") << u"100% %1 %2 %3"_s;
        QTest::newRow("two digits") << u"%10 %2 %3"_s;
        QTest::newRow("a higher one") << u"%1 %2 %4"_s;
        QTest::newRow("none") << u"nothing to fill"_s;
        QTest::newRow("empty") << QString();
    }

    void fillsAsArgDoes()
    {
        QFETCH(QString, text);
        // Arguments that look like placeholders are not filled again.
        const QString a = u"node-1 (10.0.0.1)"_s, b = u"%1 30m"_s, c = u"kafka (declined, %2)"_s;
        QCOMPARE(ArgTemplate(text).fill(a, b, c), text.arg(a, b, c));
        QCOMPARE(ArgTemplate(text).fill(QString(), QString(), QString()),
                 text.arg(QString(), QString(), QString()));
    }
};

QTEST_GUILESS_MAIN(tst_ArgTemplate)
#include "tst_argtemplate.moc"
