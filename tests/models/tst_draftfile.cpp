#include "json/draftfile.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Schedule sample()
{
    MaintenanceWindow w;
    w.machines = {MachineId::of(u"a.example"_s, u"10.0.0.1"_s)};
    // Near INT64_MAX: a double-based reader would round it.
    w.unavailability.startNs = Q_INT64_C(9223372036854775000);
    Schedule s;
    s.windows = {w};
    return s;
}

} // namespace

/// The draft file's format: exact round trip, and errors that say where a hand-edited or
/// truncated file is wrong.
class DraftFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsExact()
    {
        DraftFile f {u"https://m1:5050"_s,
                     QDateTime(QDate(2026, 12, 7), QTime(1, 2, 3, 456), Qt::UTC), Schedule(),
                     sample()};
        const QByteArray bytes = f.toJson();
        const Result<DraftFile> back = DraftFile::fromJson(bytes);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().describe()));
        QCOMPARE(back->master, f.master);
        QCOMPARE(back->savedAt, f.savedAt);
        QCOMPARE(back->base, f.base);
        QCOMPARE(back->draft, f.draft);
        QCOMPARE(back->toJson(), bytes);
    }

    void readsTheFormatWrittenBefore()
    {
        // As Slipway 0.1 wrote it (Qt's JSON writer, schedules as text).
        // (Plain literals: moc's tokenizer does not follow multi-line raw strings.)
        const QByteArray old
            = "{\n"
              "    \"base\": \"{\\\"windows\\\":[]}\",\n"
              "    \"draft\": \"{\\\"windows\\\":[{\\\"machine_ids\\\":[{\\\"hostname\\\":"
              "\\\"a\\\",\\\"ip\\\":\\\"10.0.0.1\\\"}],\\\"unavailability\\\":{"
              "\\\"start\\\":{\\\"nanoseconds\\\":5}}}]}\",\n"
              "    \"format\": \"slipway-draft/1\",\n"
              "    \"master\": \"m1:5050\",\n"
              "    \"saved_at\": \"2026-12-07T01:02:03.456Z\"\n"
              "}";
        const Result<DraftFile> f = DraftFile::fromJson(old);
        QVERIFY2(f, qPrintable(f ? QString() : f.error().describe()));
        QCOMPARE(f->draft.windows.size(), 1);
        QCOMPARE(f->draft.windows[0].unavailability.startNs, 5);
        QCOMPARE(f->master, u"m1:5050"_s);
    }

    void errorsNameThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"format":"slipway-draft/1","master":"m","saved_at":"t",)";
        QTest::newRow("truncated")
            << QByteArray("{\"format\":\"slip") << QString() << u"not JSON"_s;
        QTest::newRow("array") << QByteArray("[1]") << QString() << u"object"_s;
        QTest::newRow("other format")
            << QByteArray(R"({"format":"slipway-draft/9"})") << u"format"_s << u"unknown"_s;
        QTest::newRow("master missing")
            << QByteArray(R"({"format":"slipway-draft/1","saved_at":"t"})") << u"master"_s
            << u"string"_s;
        QTest::newRow("base object")
            << head + R"("base":{},"draft":"{}"})" << u"base"_s << u"string"_s;
        QTest::newRow("draft not json") << head + "\"base\":\"{}\",\"draft\":\"{\\\"windows\\\":\"}"
                                        << u"draft"_s << u"syntax"_s;
        QTest::newRow("draft wrong type")
            << head + "\"base\":\"{}\",\"draft\":\"{\\\"windows\\\":[{\\\"machine_ids\\\":5}]}\"}"
            << u"draft.windows[0]"_s << QString();
    }

    void errorsNameThePath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const Result<DraftFile> f = DraftFile::fromJson(json);
        QVERIFY(!f);
        QVERIFY2(f.error().path.startsWith(path), qPrintable(f.error().path));
        QVERIFY2(f.error().describe().contains(message), qPrintable(f.error().describe()));
    }
};

QTEST_GUILESS_MAIN(DraftFileTest)
#include "tst_draftfile.moc"
