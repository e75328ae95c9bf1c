#include "json/masterjsonreader_p.h"

#include <QTest>

class tst_MasterJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Texts as picojson 1.3.0 + stout produce them (API.md §1.7, checked against the Mesos
    // sources).
    // Issue 12: "near: " with nothing after it is flagged, so people can be told where.
    void errorAtTheEnd()
    {
        QVERIFY(MasterJsonReader::parse("").atEnd);
        QVERIFY(MasterJsonReader::parse("{\"windows\":[ \n\n").atEnd);
        QVERIFY(!MasterJsonReader::parse("not json").atEnd);
        QVERIFY(!MasterJsonReader::parse("{\"windows\":[\n  oops").atEnd);
        QVERIFY(!MasterJsonReader::parse("{}").atEnd);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("error");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("empty") << QByteArray() << QByteArray("syntax error at line 1 near: ") << 1
                               << 1;
        QTest::newRow("not json") << QByteArray("not json")
                                  << QByteArray("syntax error at line 1 near: ot json") << 1 << 2;
        QTest::newRow("second line") << QByteArray("{\n  \"a\": tru }\nmore")
                                     << QByteArray("syntax error at line 2 near:  }") << 2 << 11;
        QTest::newRow("truncated") << QByteArray("{\"windows\":[")
                                   << QByteArray("syntax error at line 1 near: ") << 1 << 13;
        QTest::newRow("trailing") << QByteArray(
            "{} x") << QByteArray("Parsed JSON included non-whitespace trailing characters:  x")
                                  << 0 << 0;
        QTest::newRow("number then space")
            << QByteArray("12 ")
            << QByteArray("Parsed JSON included non-whitespace trailing characters: ") << 0 << 0;
        QTest::newRow("number then letters")
            << QByteArray("12abc")
            << QByteArray("Parsed JSON included non-whitespace trailing characters: bc") << 0 << 0;
        QTest::newRow("infinite") << QByteArray("1e999") << QByteArray("Value out of range") << 0
                                  << 0;
        QTest::newRow("control char in string")
            << QByteArray("\"a\tb\"") << QByteArray("syntax error at line 1 near: b\"") << 1 << 3;
        QTest::newRow("bad escape")
            << QByteArray("\"\\x\"") << QByteArray("syntax error at line 1 near: \"") << 1 << 4;
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, error);
        QFETCH(int, line);
        QFETCH(int, column);
        const auto r = MasterJsonReader::parse(std::string_view(input.constData(), input.size()));
        QCOMPARE(QByteArray::fromStdString(r.error), error);
        QCOMPARE(r.line, line);
        QCOMPARE(r.column, column);
    }

    void values()
    {
        auto r = MasterJsonReader::parse(
            R"({"b":9223372036854775807,"a":[1.5,-0,true,null,"\u00e9\ud83d\ude00"],"b":7})");
        QVERIFY(r.error.empty());
        QCOMPARE(r.value["b"].get<int64_t>(), 7); // last duplicate wins
        QVERIFY(r.value["a"][0].is_number_float());
        QCOMPARE(r.value["a"][4].get<std::string>(), std::string("\xc3\xa9\xf0\x9f\x98\x80"));
        r = MasterJsonReader::parse("9223372036854775807");
        QCOMPARE(r.value.get<int64_t>(), std::numeric_limits<int64_t>::max());
        r = MasterJsonReader::parse("9223372036854775808"); // beyond int64: a double
        QVERIFY(r.value.is_number_float());
        r = MasterJsonReader::parse("01"); // picojson accepts leading zeros
        QCOMPARE(r.value.get<int64_t>(), 1);
    }

    void depthLimit()
    {
        const std::string ok = std::string(200, '[') + std::string(200, ']');
        QVERIFY(MasterJsonReader::parse(ok).error.empty());
        const std::string deep = std::string(201, '[') + std::string(201, ']');
        QVERIFY(MasterJsonReader::parse(deep).error.rfind("syntax error at line 1 near: ", 0) == 0);
        const std::string veryDeep(1000000, '[');
        QVERIFY(!MasterJsonReader::parse(veryDeep).error.empty());
    }

    void garbage()
    {
        QByteArray junk(10 * 1024 * 1024, '\0');
        quint32 x = 12345;
        for (char &c : junk) {
            x = x * 1103515245u + 12345u;
            c = static_cast<char>(x >> 24);
        }
        junk[0] = '{';
        const auto r = MasterJsonReader::parse(std::string_view(junk.constData(), junk.size()));
        QVERIFY(!r.error.empty());
    }
};

QTEST_GUILESS_MAIN(tst_MasterJsonReader)
#include "tst_masterjsonreader.moc"
