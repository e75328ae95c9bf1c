// JsonWriter renders like the master's rapidjson writer; SimClock runs at a rate and can be moved.

#include "jsonwriter.h"
#include "simclock.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doubles_data();
    void doubles();
    void strings();
    void structure();
    void clock();
};

void TestJsonWriter::doubles_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("integral") << 15.0 << QByteArray("15.0");
    QTest::newRow("zero") << 0.0 << QByteArray("0.0");
    QTest::newRow("fraction") << 0.5 << QByteArray("0.5");
    QTest::newRow("seconds") << 1700000000.25 << QByteArray("1700000000.25");
    QTest::newRow("negative") << -2.0 << QByteArray("-2.0");
    QTest::newRow("large") << 1e21 << QByteArray("1e21");
    QTest::newRow("small") << 1e-7 << QByteArray("1e-7");
}

void TestJsonWriter::doubles()
{
    QFETCH(double, value);
    QFETCH(QByteArray, json);
    JsonWriter w;
    w.beginArray().value(value).endArray();
    QCOMPARE(w.take(), '[' + json + ']');
}

void TestJsonWriter::strings()
{
    JsonWriter w;
    w.beginArray();
    w.value(u"a\"b\\c\nd\u0001é😀"_s);
    w.value("x\ty\x1f");
    w.endArray();
    QCOMPARE(w.take(),
             QByteArray("[\"a\\\"b\\\\c\\nd\\u0001\xc3\xa9\xf0\x9f\x98\x80\",\"x\\ty\\u001F\"]"));
}

void TestJsonWriter::structure()
{
    JsonWriter w(1); // grows as needed
    w.beginObject().field("n", qint64(1443830400000000000)).field("b", false);
    w.key("o").beginObject().endObject().key("a").beginArray().value(1).value(2).endArray();
    w.key("r").raw("{\"k\":[]}").endObject();
    QCOMPARE(w.take(),
             QByteArray(R"({"n":1443830400000000000,"b":false,"o":{},"a":[1,2],"r":{"k":[]}})"));
}

void TestJsonWriter::clock()
{
    SimClock frozen(0, 1000);
    QCOMPARE(frozen.nowNs(), qint64(1000));
    frozen.advance(500);
    QCOMPARE(frozen.nowNs(), qint64(1500));
    SimClock fast(1000, 0); // a simulated second per real millisecond
    QTest::qWait(20);
    QVERIFY(fast.nowNs() >= 20 * 1000000000LL);
    fast.setSpeed(0);
    const qint64 t = fast.nowNs();
    QTest::qWait(5);
    QCOMPARE(fast.nowNs(), t);
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_simjsonwriter.moc"
