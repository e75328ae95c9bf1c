// `slipwayctl review` trusts nothing the review file says that it can check: the summary and the
// verdict are recomputed from the schedule bytes, and the schedule must sit beside the review.

#include "cli/reviewcommand.h"
#include "review/schedulereview.h"
#include "json/schedulecodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const MachineId kA = MachineId::of(u"a.example"_s, u"10.0.0.1"_s);
const MachineId kB = MachineId::of(u"b.example"_s, u"10.0.0.2"_s);

Schedule sample()
{
    Schedule s;
    s.windows.append({{kA, kB}, {1767225600000000000LL, 7200000000000LL}});
    return s;
}

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class tst_ReviewCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Writes plan.json (@p schedule) and plan.review.json (built from it, then @p edit applied
    /// to its JSON, as someone with a text editor would).
    void write(const Schedule &schedule, const std::function<void(QJsonObject &)> &edit = {},
               const QByteArray &scheduleBytes = QByteArray())
    {
        const QByteArray bytes = scheduleBytes.isNull()
            ? ScheduleCodec::encodeScheduleIndented(schedule)
            : scheduleBytes;
        QFile file(m_dir.filePath(u"plan.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        ScheduleReview r = ScheduleReview::build(schedule, bytes, std::nullopt, {}, {});
        r.author = u"ops"_s;
        r.scheduleFile = u"plan.json"_s;
        // Edited as a person would, with an independent JSON library.
        QJsonObject json = QJsonDocument::fromJson(r.toJson()).object();
        if (edit)
            edit(json);
        QFile review(m_dir.filePath(u"plan.review.json"_s));
        QVERIFY(review.open(QIODevice::WriteOnly | QIODevice::Truncate));
        review.write(QJsonDocument(json).toJson());
    }

    Outcome review()
    {
        Outcome o;
        QTextStream out(&o.out), err(&o.err);
        o.code = ReviewCommand().run(m_dir.filePath(u"plan.review.json"_s), {out, err});
        out.flush();
        err.flush();
        return o;
    }

    static void editWindow(QJsonObject &json, const QString &key, const QJsonValue &value)
    {
        QJsonArray windows = json[u"windows"_s].toArray();
        QJsonObject w = windows[0].toObject();
        w[key] = value;
        windows[0] = w;
        json[u"windows"_s] = windows;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void untouchedReviewPasses()
    {
        write(sample());
        const Outcome o = review();
        QCOMPARE(o.code, 0);
        QVERIFY2(o.out.contains(u"sha256 matches"), qPrintable(o.out));
        QVERIFY(o.out.contains(u"matches the schedule"));
    }

    void editedSummaryIsCaught_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("said");
        QTest::newRow("duration") << u"duration_ns"_s << QJsonValue(u"60000000000"_s)
                                  << u"duration"_s;
        QTest::newRow("start") << u"start_ns"_s << QJsonValue(u"1767225700000000000"_s)
                               << u"start"_s;
        QTest::newRow("machines") << u"machines"_s << QJsonValue(1) << u"machines"_s;
    }
    void editedSummaryIsCaught()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, said);
        write(sample(), [&](QJsonObject &json) { editWindow(json, key, value); });
        const Outcome o = review();
        QCOMPARE(o.code, 1);
        QVERIFY2(o.out.contains(u"window 1 " + said), qPrintable(o.out));
        QVERIFY(o.out.contains(u"does not match the schedule"));
    }

    void editedHostnamesAreCaught()
    {
        write(sample(), [](QJsonObject &json) {
            editWindow(json, u"hostnames"_s,
                       QJsonArray {u"a.example (10.0.0.1)"_s, u"x.example (10.0.0.9)"_s});
        });
        const Outcome o = review();
        QCOMPARE(o.code, 1);
        QVERIFY2(o.out.contains(u"window 1 hostnames: the review lists a.example (10.0.0.1), "
                                u"x.example (10.0.0.9)"),
                 qPrintable(o.out));
    }

    void windowsInAnyOrderMatch()
    {
        // The review lists windows in time order; the schedule may list them in any.
        Schedule s = sample();
        s.windows.prepend({{MachineId::of(u"c.example"_s, u"10.0.0.3"_s)},
                           {1767232800000000000LL, std::nullopt}});
        write(s);
        const Outcome o = review();
        QCOMPARE(o.code, 0);
        QVERIFY2(o.out.contains(u"matches the schedule"), qPrintable(o.out));
        QVERIFY(o.out.indexOf(u"a.example") < o.out.indexOf(u"c.example"));
    }

    void removedWindowIsCaught()
    {
        write(sample(), [](QJsonObject &json) { json[u"windows"_s] = QJsonArray(); });
        const Outcome o = review();
        QCOMPARE(o.code, 1);
        QVERIFY2(o.out.contains(u"windows: the review lists 0, the schedule has 1"),
                 qPrintable(o.out));
    }

    void forgedVerdictIsCaught()
    {
        // The schedule names a machine twice: the master refuses it, whatever the file claims.
        Schedule bad = sample();
        bad.windows.append({{kA}, {1767229200000000000LL, std::nullopt}});
        write(bad, [](QJsonObject &json) {
            json[u"valid"_s] = true;
            json.remove(u"validation_error"_s);
        });
        const Outcome o = review();
        QCOMPARE(o.code, 1);
        QVERIFY2(o.out.contains(u"verdict"), qPrintable(o.out));
        QVERIFY(o.out.contains(u"appears more than once in the schedule"));
    }

    void forgedRefusalIsCaught()
    {
        write(sample(), [](QJsonObject &json) {
            json[u"valid"_s] = false;
            json[u"validation_error"_s] = u"Unavailability 'duration' is negative"_s;
        });
        const Outcome o = review();
        QCOMPARE(o.code, 1);
        QVERIFY2(o.out.contains(u"does not match the schedule"), qPrintable(o.out));
    }

    void refusalForADownMachineIsKept()
    {
        // Only the live cluster knows which machines are DOWN: a refusal for a DOWN machine that
        // the schedule leaves out is consistent with the bytes and stands.
        write(sample(), [](QJsonObject &json) {
            json[u"valid"_s] = false;
            json[u"validation_error"_s]
                = uR"(Machine '{"hostname":"c.example","ip":"10.0.0.3"}' is deactivated and cannot be removed from the schedule)"_s;
        });
        const Outcome o = review();
        QCOMPARE(o.code, 1); // the master would refuse it: still not approvable
        QVERIFY2(o.out.contains(u"matches the schedule"), qPrintable(o.out));
        write(sample(), [](QJsonObject &json) {
            json[u"valid"_s] = false;
            json[u"validation_error"_s]
                = uR"(Machine '{"hostname":"a.example","ip":"10.0.0.1"}' is deactivated and cannot be removed from the schedule)"_s;
        });
        QVERIFY(review().out.contains(u"does not match the schedule")); // a.example is there
    }

    void scheduleFileMustBeBesideTheReview_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << u"../plan.json"_s;
        QTest::newRow("subdirectory") << u"sub/plan.json"_s;
        QTest::newRow("absolute") << u"/etc/passwd"_s;
        QTest::newRow("dot dot") << u".."_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("backslash") << u"..\\plan.json"_s;
    }
    void scheduleFileMustBeBesideTheReview()
    {
        QFETCH(QString, name);
        write(sample(), [&](QJsonObject &json) { json[u"schedule_file"_s] = name; });
        const Outcome o = review();
        QCOMPARE(o.code, 2);
        QVERIFY2(o.err.contains(u"file name beside the review"), qPrintable(o.err));
    }
};

QTEST_GUILESS_MAIN(tst_ReviewCommand)
#include "tst_reviewcommand.moc"
