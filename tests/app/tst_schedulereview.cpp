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
