#include "cli/reviewcommand.h"
#include "review/schedulereview.h"
#include "json/schedulecodec.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_ScheduleReview : public QObject
{
    Q_OBJECT

    static Schedule sample()
    {
        Schedule s;
        s.windows.append({{MachineId::of(u"a.example"_s, u"10.0.0.1"_s),
                           MachineId::of(u"b.example"_s, u"10.0.0.2"_s)},
                          {1767225600000000000LL, 7200000000000LL}});
        return s;
    }

    static int review(const QString &path, QString &out)
    {
        QString err;
        QTextStream o(&out), e(&err);
        const int code = ReviewCommand().run(path, {o, e});
        o.flush();
        return code;
    }

private Q_SLOTS:
    void buildsAndRoundTrips()
    {
        const Schedule s = sample();
        const QByteArray bytes = ScheduleCodec::encodeScheduleIndented(s);
        ScheduleReview r = ScheduleReview::build(s, bytes, Schedule(), {}, [](const MachineId &m) {
            return m.hostname == u"a.example" ? u"zone-a"_s : QString();
        });
        r.author = u"ops"_s;
        r.reason = u"OPS-1: kernel"_s;
        QVERIFY(r.valid);
        QCOMPARE(r.windows.size(), 1);
        QCOMPARE(r.windows[0].machines, 2);
        QCOMPARE(r.windows[0].zones.value(u"zone-a"_s), 1);
        QCOMPARE(r.changes.size(), 3); // one window and two machines added
        const auto back = ScheduleReview::fromJson(r.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().describe()));
        QCOMPARE(back->toJson(), r.toJson());
        QCOMPARE(back->windows[0].startNs, 1767225600000000000LL);
        QCOMPARE(back->sha256, ScheduleReview::sha256Of(bytes));
        QVERIFY(back->render().contains(u"OPS-1: kernel"));
        const ScheduleReview refused = ScheduleReview::build(
            Schedule(), "{}", std::nullopt, {*MachineId::fromSpec(u"d/1.2.3.4")}, {});
        QVERIFY(!refused.valid);
        QVERIFY(refused.validationError.contains(u"is deactivated and cannot be removed"));
    }

    void limitOverrideRoundTrips()
    {
        const Schedule s = sample();
        ScheduleReview r = ScheduleReview::build(s, ScheduleCodec::encodeScheduleIndented(s),
                                                 Schedule(), {}, {});
        QVERIFY(!ScheduleReview::fromJson(r.toJson())->limitOverride);
        QVERIFY(!r.toJson().contains("limit_override"));
        r.limitOverride = ScheduleReview::LimitOverride {
            u"CHG-42: freeze exception"_s,
            {u"maxDown — cluster: 1 → 2 of 2 down (2 > 1) Thu 2026-01-01 00:00–02:00"_s}};
        const auto back = ScheduleReview::fromJson(r.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().describe()));
        QCOMPARE(back->limitOverride, r.limitOverride);
        QCOMPARE(back->toJson(), r.toJson());
        QVERIFY(back->render().contains(u"Planning limits overridden (1): CHG-42"_s));
        QVERIFY(back->render().contains(u"maxDown — cluster: 1 → 2 of 2 down"_s));
    }

    void windowsInTimeOrderWithHostnames()
    {
        Schedule s;
        s.windows.append({{MachineId::of(u"node-10"_s, u"10.0.0.10"_s),
                           MachineId::of(u"node-9"_s, u"10.0.0.9"_s)},
                          {1767232800000000000LL, 9000000000000LL}});
        s.windows.append({{MachineId::of(u"c.example"_s, u"10.0.0.3"_s)},
                          {1767225600000000000LL, std::nullopt}});
        const QByteArray bytes = ScheduleCodec::encodeScheduleIndented(s);
        const ScheduleReview r = ScheduleReview::build(s, bytes, std::nullopt, {}, {});
        QCOMPARE(r.windows.size(), 2);
        QCOMPARE(r.windows[0].startNs, 1767225600000000000LL);
        QCOMPARE(r.windows[0].hostnames, QStringList {u"c.example (10.0.0.3)"_s});
        QCOMPARE(r.windows[1].hostnames,
                 (QStringList {u"node-9 (10.0.0.9)"_s, u"node-10 (10.0.0.10)"_s}));
        const QByteArray json = r.toJson();
        QVERIFY2(json.contains("\"duration\": \"2 hours 30 minutes\""), json.constData());
        QVERIFY(json.contains("\"duration\": \"open-ended\""));
        QVERIFY(json.contains("\"duration_ns\": \"9000000000000\""));
        const auto back = ScheduleReview::fromJson(json);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().describe()));
        QCOMPARE(back->windows[1].hostnames, r.windows[1].hostnames);
        QCOMPARE(back->toJson(), json);
        const QString text = r.render();
        QVERIFY2(text.contains(u"2026-01-01T02:00:00Z – 2026-01-01T04:30:00Z  2 hours 30 minutes"),
                 qPrintable(text));
        QVERIFY(text.contains(u"node-9 (10.0.0.9), node-10 (10.0.0.10)"));
        QVERIFY(text.indexOf(u"c.example") < text.indexOf(u"node-9"));
        QVERIFY(r.mismatches(bytes).isEmpty());
    }

    void durationInWords_data()
    {
        QTest::addColumn<qint64>("ns");
        QTest::addColumn<QString>("words");
        const qint64 s = 1000000000LL;
        QTest::newRow("zero") << qint64(0) << u"0 seconds"_s;
        QTest::newRow("sub-second") << qint64(5) << u"less than a second"_s;
        QTest::newRow("one second") << s << u"1 second"_s;
        QTest::newRow("90 s") << 90 * s << u"1 minute 30 seconds"_s;
        QTest::newRow("1 h") << 3600 * s << u"1 hour"_s;
        QTest::newRow("1 d 4 h") << 28 * 3600 * s << u"1 day 4 hours"_s;
        QTest::newRow("2 d 1 min") << (2 * 86400 + 60) * s << u"2 days 1 minute"_s;
    }
    void durationInWords()
    {
        QFETCH(qint64, ns);
        QFETCH(QString, words);
        QCOMPARE(ScheduleReview::durationInWords(ns), words);
        QCOMPARE(ScheduleReview::durationInWords(std::nullopt), u"open-ended"_s);
    }

    void downMachinesNameTheirZone()
    {
        const Schedule s = sample();
        const QList<MachineId> down {MachineId::of(u"b.example"_s, u"10.0.0.2"_s),
                                     MachineId::of(u"z.example"_s, u"10.0.0.26"_s)};
        const ScheduleReview r
            = ScheduleReview::build(s, ScheduleCodec::encodeScheduleIndented(s), std::nullopt, down,
                                    [](const MachineId &m) {
                                        return m.hostname == u"b.example" ? u"rack-2"_s : QString();
                                    });
        QCOMPARE(r.down.size(), 2);
        QCOMPARE(r.down[0].machine, u"b.example (10.0.0.2)"_s);
        QCOMPARE(r.down[0].zone, u"rack-2"_s);
        const QString text = r.render();
        QVERIFY2(text.contains(u"b.example (10.0.0.2)  zone rack-2"), qPrintable(text));
        QVERIFY(text.contains(u"z.example (10.0.0.26)  zone (unknown)"));
        const auto back = ScheduleReview::fromJson(r.toJson());
        QVERIFY(back);
        QCOMPARE(back->down[0], r.down[0]);
        QCOMPARE(back->toJson(), r.toJson());
    }

    void reviewsWrittenBeforeStillRead()
    {
        // slipway-review/1 as written before hostnames, duration words and DOWN zones: windows
        // in the schedule's order, not in time order.
        Schedule s = sample();
        s.windows.prepend({{MachineId::of(u"c.example"_s, u"10.0.0.3"_s)},
                           {1767232800000000000LL, 3600000000000LL}});
        const QByteArray bytes = ScheduleCodec::encodeScheduleIndented(s);
        const QByteArray old = "{\"format\": \"slipway-review/1\", \"author\": \"ops\","
                               "\"schedule_file\": \"plan.json\", \"sha256\": \"ab\","
                               "\"valid\": true, \"changes_against_live\": [],"
                               "\"windows\": [{\"start_ns\": \"1767232800000000000\","
                               "\"duration_ns\": \"3600000000000\", \"machines\": 1,"
                               "\"zones\": {\"(unknown)\": 1}},"
                               "{\"start_ns\": \"1767225600000000000\","
                               "\"duration_ns\": \"7200000000000\", \"machines\": 2,"
                               "\"zones\": {\"(unknown)\": 2}}]}";
        const auto review = ScheduleReview::fromJson(old);
        QVERIFY2(review, qPrintable(review ? QString() : review.error().describe()));
        QVERIFY(review->windows[0].hostnames.isEmpty());
        QVERIFY(review->down.isEmpty());
        QVERIFY2(review->mismatches(bytes).isEmpty(),
                 qPrintable(review->mismatches(bytes).join(u'\n')));
        QVERIFY(review->render().contains(u"1 hour"));
    }

    void malformedReviewFilesNameThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        const QByteArray head = R"({"format":"slipway-review/1","schedule_file":"p.json",)"
                                R"("sha256":"ab","valid":true)";
        QTest::newRow("not json") << QByteArray("{") << QString();
        QTest::newRow("array") << QByteArray("[]") << QString();
        QTest::newRow("other format") << QByteArray(R"({"format":"x"})") << u"format"_s;
        QTest::newRow("valid as text") << QByteArray(R"({"format":"slipway-review/1",)"
                                                     R"("schedule_file":"p.json","sha256":"ab",)"
                                                     R"("valid":"yes"})")
                                       << u"valid"_s;
        QTest::newRow("no schedule file")
            << QByteArray(R"({"format":"slipway-review/1","sha256":"ab","valid":true})")
            << u"schedule_file"_s;
        QTest::newRow("windows not array") << head + R"(,"windows":{}})" << u"windows"_s;
        QTest::newRow("start as number")
            << head + R"(,"windows":[{"start_ns":5,"machines":1}]})" << u"windows[0].start_ns"_s;
        QTest::newRow("start not integer")
            << head + R"(,"windows":[{"start_ns":"5x","machines":1}]})" << u"windows[0].start_ns"_s;
        QTest::newRow("machines missing")
            << head + R"(,"windows":[{"start_ns":"5"}]})" << u"windows[0].machines"_s;
        QTest::newRow("zone count text")
            << head + R"(,"windows":[{"start_ns":"5","machines":1,"zones":{"a":"1"}}]})"
            << u"windows[0].zones"_s;
        QTest::newRow("change not text")
            << head + R"(,"changes_against_live":[1]})" << u"changes_against_live"_s;
        QTest::newRow("override not object")
            << head + R"(,"limit_override":"x"})" << u"limit_override"_s;
        QTest::newRow("override without reason")
            << head + R"(,"limit_override":{"violations":[]}})" << u"limit_override"_s;
        QTest::newRow("hostnames not array")
            << head + R"(,"windows":[{"start_ns":"5","machines":1,"hostnames":"a"}]})"
            << u"windows[0].hostnames"_s;
        QTest::newRow("down not array") << head + R"(,"down_machines":{}})" << u"down_machines"_s;
        QTest::newRow("down without machine")
            << head + R"(,"down_machines":[{"zone":"a"}]})" << u"down_machines[0].machine"_s;
        QTest::newRow("override violation not text")
            << head + R"(,"limit_override":{"reason":"r","violations":[1]}})"
            << u"limit_override"_s;
    }

    void malformedReviewFilesNameThePath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const Result<ScheduleReview> review = ScheduleReview::fromJson(json);
        QVERIFY(!review);
        QCOMPARE(review.error().path, path);
        QVERIFY(!review.error().message.isEmpty());
    }

    void reviewCommandChecksTheSchedule()
    {
        QTemporaryDir dir;
        const QByteArray bytes = ScheduleCodec::encodeScheduleIndented(sample());
        QFile schedule(dir.filePath(u"plan.json"_s));
        QVERIFY(schedule.open(QIODevice::WriteOnly));
        schedule.write(bytes);
        schedule.close();
        ScheduleReview r = ScheduleReview::build(sample(), bytes, std::nullopt, {}, {});
        r.scheduleFile = u"plan.json"_s;
        QFile reviewFile(dir.filePath(u"plan.review.json"_s));
        QVERIFY(reviewFile.open(QIODevice::WriteOnly));
        reviewFile.write(r.toJson());
        reviewFile.close();

        QString out;
        QCOMPARE(review(dir.filePath(u"plan.json"_s), out), 0);
        QVERIFY(out.contains(u"sha256 matches"));
        QVERIFY(schedule.open(QIODevice::Append));
        schedule.write(" ");
        schedule.close();
        out.clear();
        QCOMPARE(review(dir.filePath(u"plan.review.json"_s), out), 1);
        QVERIFY(out.contains(u"CHANGED"));
        out.clear();
        QCOMPARE(review(dir.filePath(u"missing.json"_s), out), 2);
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleReview)
#include "tst_schedulereview.moc"
