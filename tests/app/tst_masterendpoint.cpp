#include "net/masterendpoint.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Issue 10, item 8: a password typed in the master address never travels further than the parser.
class tst_MasterEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutUserInfo_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("clean");
        QTest::addColumn<QString>("user");
        QTest::newRow("plain") << u"http://m1:5050"_s << u"http://m1:5050"_s << QString();
        QTest::newRow("bare host") << u"m1"_s << u"m1"_s << QString();
        QTest::newRow("user and password")
            << u"https://alice:s3cret@m1:5050"_s << u"https://m1:5050"_s << u"alice"_s;
        QTest::newRow("user only") << u"bob@m1:5050"_s << u"m1:5050"_s << u"bob"_s;
        QTest::newRow("percent-encoded")
            << u"http://al%40ce:p%3Aw@m1/master"_s << u"http://m1/master"_s << u"al@ce"_s;
        QTest::newRow("@ in the password")
            << u"http://alice:p@ss@m1:5050"_s << u"http://m1:5050"_s << u"alice"_s;
        QTest::newRow("@ only in the path")
            << u"http://m1:5050/x@y"_s << u"http://m1:5050/x@y"_s << QString();
        QTest::newRow("list, first user wins")
            << u"http://alice:a@m1:5050,http://bob:b@m2:5050,m3"_s
            << u"http://m1:5050,http://m2:5050,m3"_s << u"alice"_s;
    }

    void withoutUserInfo()
    {
        QFETCH(QString, typed);
        QFETCH(QString, clean);
        QFETCH(QString, user);
        QString found;
        QCOMPARE(MasterEndpoint::withoutUserInfo(typed, &found), clean);
        QCOMPARE(found, user);
    }

    void parsedUrlsCarryNoUserInfo()
    {
        const auto urls = MasterEndpoint::parseMasterList(u"https://alice:s3cret@m1:5050,m2"_s);
        QVERIFY(urls);
        QCOMPARE(urls->size(), 2);
        for (const QUrl &url : *urls) {
            QVERIFY(url.userInfo().isEmpty());
            QVERIFY(!url.toString().contains(u"s3cret"));
        }
        QCOMPARE(urls->first(), QUrl(u"https://m1:5050"_s));
    }
};

QTEST_GUILESS_MAIN(tst_MasterEndpoint)
#include "tst_masterendpoint.moc"
