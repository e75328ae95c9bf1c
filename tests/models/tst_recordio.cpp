#include "json/recordio.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeartbeat = "{\"type\":\"HEARTBEAT\"}";

QByteArray record(const QByteArray &payload)
{
    return QByteArray::number(payload.size()) + '\n' + payload;
}

} // namespace

class tst_RecordIoDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsAnyChunking_data()
    {
        QTest::addColumn<int>("chunkSize");
        for (int size : {1, 2, 3, 5, 7, 19, 20, 21, 22, 64, 1000})
            QTest::addRow("chunks of %d", size) << size;
    }
    void splitsAnyChunking()
    {
        // Two heartbeats, an empty record and a long one with a multi-digit length split across
        // chunks at every possible place.
        QFETCH(int, chunkSize);
        const QByteArray big(12345, 'x');
        const QByteArray stream
            = record(kHeartbeat) + record(QByteArray()) + record(big) + record(kHeartbeat);
        RecordIoDecoder decoder;
        QList<QByteArray> records;
        for (qsizetype at = 0; at < stream.size(); at += chunkSize) {
            QVERIFY(decoder.feed(stream.mid(at, chunkSize)));
            records += decoder.takeRecords();
        }
        QVERIFY(!decoder.hasError());
        QCOMPARE(records, (QList<QByteArray> {kHeartbeat, QByteArray(), big, kHeartbeat}));
        QCOMPARE(decoder.partialBytes(), 0);
        QCOMPARE(decoder.expectedBytes(), -1);
        QVERIFY(decoder.takeRecords().isEmpty());
    }

    void keepsAPartialRecord()
    {
        RecordIoDecoder decoder;
        QVERIFY(decoder.feed("20\n{\"type\":"));
        QVERIFY(decoder.takeRecords().isEmpty());
        QCOMPARE(decoder.expectedBytes(), 20);
        QCOMPARE(decoder.partialBytes(), 8);
        QVERIFY(decoder.feed("\"HEARTBEAT\"}2"));
        QCOMPARE(decoder.takeRecords(), QList<QByteArray> {kHeartbeat});
        QCOMPARE(decoder.expectedBytes(), -1); // reading the next length: "2" so far
        QVERIFY(decoder.feed("0\n"));
        QCOMPARE(decoder.expectedBytes(), 20);
    }

    void refusesBadLengths_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("error");
        QTest::newRow("letter") << QByteArray("2x\n..") << u"not a number"_s;
        QTest::newRow("sign") << QByteArray("-5\nabcde") << u"not a number"_s;
        QTest::newRow("space") << QByteArray(" 5\nabcde") << u"not a number"_s;
        QTest::newRow("CRLF") << QByteArray("5\r\nabcde") << u"not a number"_s;
        QTest::newRow("JSON without framing") << kHeartbeat << u"not a number"_s;
        QTest::newRow("empty length") << QByteArray("\n{}") << u"no length"_s;
        QTest::newRow("20 digits")
            << QByteArray("12345678901234567890\n") << u"more than 19 digits"_s;
        QTest::newRow("too large") << QByteArray("1048577\n") << u"larger than"_s;
        QTest::newRow("after a good record") << (record(kHeartbeat) + "abc\n") << u"not a number"_s;
    }
    void refusesBadLengths()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, error);
        RecordIoDecoder decoder(1024 * 1024);
        QVERIFY(!decoder.feed(stream));
        QVERIFY(decoder.hasError());
        QVERIFY2(decoder.error().contains(error), qPrintable(decoder.error()));
        // Broken for good: nothing more is read until reset().
        QVERIFY(!decoder.feed(record(kHeartbeat)));
        decoder.takeRecords();
        QVERIFY(decoder.takeRecords().isEmpty());
        decoder.reset();
        QVERIFY(!decoder.hasError());
        QVERIFY(decoder.feed(record(kHeartbeat)));
        QCOMPARE(decoder.takeRecords(), QList<QByteArray> {kHeartbeat});
    }

    void recordsBeforeAnErrorAreKept()
    {
        RecordIoDecoder decoder;
        QVERIFY(!decoder.feed(QByteArray(record(kHeartbeat) + "x")));
        QCOMPARE(decoder.takeRecords(), QList<QByteArray> {kHeartbeat});
    }
};

QTEST_GUILESS_MAIN(tst_RecordIoDecoder)
#include "tst_recordio.moc"
