#include "alerts/alert.h"
#include "duration.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Alert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindNamesRoundTrip()
    {
        QSet<QString> names;
        for (int k = 0; k < Alert::kKindCount; ++k) {
            const QString name = Alert::kindName(Alert::Kind(k));
            QVERIFY(!name.isEmpty());
            QVERIFY(!Alert::kindTitle(Alert::Kind(k)).isEmpty());
            QCOMPARE(Alert::kindFromName(name), Alert::Kind(k));
            names.insert(name);
        }
        QCOMPARE(names.size(), Alert::kKindCount);
        QCOMPARE(Alert::kindName(Alert::Kind::DownPastEnd), u"down-past-end"_s);
        QVERIFY(!Alert::kindFromName(u"down_past_end"));
    }

    void keyIsKindAndSubject()
    {
        Alert a;
        a.kind = Alert::Kind::StuckDrain;
        a.subject = u"h1/10.0.0.1"_s;
        Alert b = a;
        b.cause = u"other words"_s;
        QCOMPARE(a.key(), b.key());
        b.kind = Alert::Kind::AgentLost;
        QVERIFY(a.key() != b.key());
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << u"90s"_s << qint64(90000);
        QTest::newRow("minutes") << u"15m"_s << qint64(900000);
        QTest::newRow("hours") << u"2h"_s << qint64(7200000);
        QTest::newRow("ms") << u"500ms"_s << qint64(500);
        QTest::newRow("combined") << u"1h30m"_s << qint64(5400000);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("no unit") << u"15"_s << qint64(-1);
        QTest::newRow("unit only") << u"m"_s << qint64(-1);
        QTest::newRow("negative") << u"-5m"_s << qint64(-1);
        QTest::newRow("overflow") << u"99999999999999999h"_s << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const std::optional<qint64> parsed = Duration::parseMs(text);
        if (ms < 0) {
            QVERIFY(!parsed);
            return;
        }
        QCOMPARE(parsed, ms);
        if (ms % 1000 == 0)
            QCOMPARE(Duration::parseMs(Duration::format(ms)), ms);
    }
};

QTEST_GUILESS_MAIN(tst_Alert)
#include "tst_alert.moc"
