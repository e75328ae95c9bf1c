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

    void streamsTheNextRecordToASink_data()
    {
        QTest::addColumn<int>("chunkSize");
        for (int size : {1, 3, 100, 5000})
            QTest::addRow("chunks of %d", size) << size;
    }
    void streamsTheNextRecordToASink()
    {
        // The streamed record never reaches takeRecords(); the records around it still do.
        QFETCH(int, chunkSize);
        const QByteArray big(3000, 'y');
        const QByteArray stream = record(big) + record(kHeartbeat) + record(big);
        RecordIoDecoder decoder;
        QByteArray streamed;
        int lastCalls = 0;
        qint64 maxPartial = 0;
        decoder.streamNextRecord([&](QByteArrayView piece, bool last) {
            QCOMPARE_LE(piece.size(), chunkSize);
            streamed += piece.toByteArray();
            lastCalls += last ? 1 : 0;
        });
        QList<QByteArray> records;
        for (qsizetype at = 0; at < stream.size(); at += chunkSize) {
            QVERIFY(decoder.feed(stream.mid(at, chunkSize)));
            maxPartial = qMax(maxPartial, decoder.partialBytes());
            records += decoder.takeRecords();
        }
        QCOMPARE(streamed, big);
        QCOMPARE(lastCalls, 1);
        QCOMPARE(records, (QList<QByteArray> {kHeartbeat, big})); // the sink was for one record
        QVERIFY(maxPartial > 0);
        QCOMPARE(decoder.partialBytes(), 0);
    }

    void resetForgetsTheSink()
    {
        RecordIoDecoder decoder;
        int calls = 0;
        decoder.streamNextRecord([&](QByteArrayView, bool) { ++calls; });
        QVERIFY(decoder.feed("20\n{\"type\":"));
        decoder.reset();
        QVERIFY(decoder.feed(record(kHeartbeat)));
        QCOMPARE(calls, 1);
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
