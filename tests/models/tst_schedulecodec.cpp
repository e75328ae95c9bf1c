#include "json/schedulecodec.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

static QByteArray readExample(const QString &name)
{
    QFile f(QStringLiteral(SLIPWAY_TEST_DATA "/mesos-examples/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll().trimmed();
}

static Schedule twoWindows()
{
    Schedule s;
    s.windows.append({{MachineId::of(u"rack1-node01.example"_s, u"10.1.0.11"_s),
                       MachineId::of(u"rack1-node02.example"_s, u"10.1.0.12"_s)},
                      {1767225600000000000LL, 7200000000000LL}});
    s.windows.append({{MachineId::of(u"rack2-node01.example"_s, u"10.2.0.11"_s)},
                      {1767232800000000000LL, std::nullopt}});
    return s;
}

class tst_ScheduleCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyExampleParses()
    {
        const QDir dir(QStringLiteral(SLIPWAY_TEST_DATA "/mesos-examples"));
        const QStringList files = dir.entryList({u"*.json"_s});
        QVERIFY(files.size() >= 10);
        for (const QString &file : files) {
            const QByteArray data = readExample(file);
            if (file == u"machines.json")
                QVERIFY2(ScheduleCodec::decodeMachineList(data).ok(), qPrintable(file));
            else if (file.startsWith(u"status"))
                QVERIFY2(ScheduleCodec::decodeStatus(data).ok(), qPrintable(file));
            else
                QVERIFY2(ScheduleCodec::decodeSchedule(data).ok(), qPrintable(file));
        }
    }

    void decodesPostedSchedule()
    {
        const Result<Schedule> s
            = ScheduleCodec::decodeSchedule(readExample(u"schedule-two-windows.json"_s));
        QVERIFY(s);
        QCOMPARE(*s, twoWindows());
    }

    void int64AsStrings()
    {
        const Result<Schedule> s
            = ScheduleCodec::decodeSchedule(readExample(u"schedule-int64-as-strings.json"_s));
        QVERIFY(s);
        QCOMPARE(s->windows[0].unavailability.startNs, 1767225600000000000LL);
        QCOMPARE(*s->windows[0].unavailability.durationNs, 3600000000000LL);
    }

    void encodesLikeTheMaster()
    {
        QCOMPARE(ScheduleCodec::encodeSchedule(twoWindows()),
                 readExample(u"schedule-two-windows.master-get.json"_s));
        QCOMPARE(ScheduleCodec::encodeSchedule(Schedule()),
                 readExample(u"schedule-empty.master-get.json"_s));
    }

    void statusGolden()
    {
        const QByteArray golden = readExample(u"status.master-get.json"_s);
        const Result<MaintenanceStatus> status = ScheduleCodec::decodeStatus(golden);
        QVERIFY(status);
        QCOMPARE(status->down.size(), 1);
        QCOMPARE(status->draining.size(), 2);
        QCOMPARE(status->draining[0].statuses.size(), 2);
        QCOMPARE(status->draining[0].statuses[1].answer, InverseOfferStatus::Answer::Decline);
        QCOMPARE(status->draining[0].statuses[0].timestampNs, 1767220000123456789LL);
        QVERIFY(status->draining[1].statuses.isEmpty());
        QCOMPARE(ScheduleCodec::encodeStatus(*status), golden);
        QCOMPARE(ScheduleCodec::encodeStatus(MaintenanceStatus()), QByteArray("{}"));
    }

    void machineListGolden()
    {
        const Result<QList<MachineId>> ids
            = ScheduleCodec::decodeMachineList(readExample(u"machines.json"_s));
        QVERIFY(ids);
        QCOMPARE(ids->size(), 2);
        QCOMPARE(
            ScheduleCodec::encodeMachineList(*ids),
            QByteArray(
                R"([{"hostname":"rack1-node01.example","ip":"10.1.0.11"},{"hostname":"rack1-node02.example","ip":"10.1.0.12"}])"));
    }

    void roundTrip()
    {
        Schedule s = twoWindows();
        MachineId odd;
        odd.hostname = QString(); // explicitly empty: printed as ""
        odd.ip = u"10.9.9.9"_s;
        s.windows[1].machines.append(odd);
        s.windows[1].machines.append(MachineId {u"Ünïcødé \"quoted\"\\"_s, std::nullopt});
        s.windows[0].unavailability.startNs = -10000000000LL; // the past is allowed
        const Result<Schedule> back
            = ScheduleCodec::decodeSchedule(ScheduleCodec::encodeSchedule(s));
        QVERIFY(back);
        QCOMPARE(*back, s);
        const Result<Schedule> indented
            = ScheduleCodec::decodeSchedule(ScheduleCodec::encodeScheduleIndented(s));
        QVERIFY(indented);
        QCOMPARE(*indented, s);
    }

    void masterLeniency()
    {
        // A single object where a list is expected, nested arrays, nulls and unknown keys.
        const Result<Schedule> s = ScheduleCodec::decodeSchedule(
            R"({"windows":{"machine_ids":[[{"hostname":"a"}],null,{"ip":"1.2.3.4","x":1}],"unavailability":{"start":{"nanoseconds":1.9e3},"duration":null}},"extra":[1]})");
        QVERIFY(s);
        QCOMPARE(s->windows.size(), 1);
        QCOMPARE(s->windows[0].machines.size(), 2);
        QCOMPARE(s->windows[0].unavailability.startNs, 1900);
        QVERIFY(!s->windows[0].unavailability.durationNs);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("path");
        QTest::newRow("array root")
            << QByteArray("[]") << u"Unexpected JSON type parsed"_s << QString();
        QTest::newRow("string for windows")
            << QByteArray(R"({"windows":"x"})")
            << u"Not expecting a JSON string for field 'windows'"_s << u"windows"_s;
        QTest::newRow("number for hostname")
            << QByteArray(R"({"windows":[{"machine_ids":[{"hostname":1}]}]})")
            << u"Not expecting a JSON number for field 'hostname'"_s
            << u"windows[0].machine_ids[0].hostname"_s;
        QTest::newRow("bool for nanoseconds")
            << QByteArray(R"({"windows":[{"unavailability":{"start":{"nanoseconds":true}}}]})")
            << u"Not expecting a JSON boolean for field 'nanoseconds'"_s
            << u"windows[0].unavailability.start.nanoseconds"_s;
        QTest::newRow("array for unavailability")
            << QByteArray(R"({"windows":[{"unavailability":[]}]})")
            << u"Not expecting a JSON array for field 'unavailability'"_s
            << u"windows[0].unavailability"_s;
        QTest::newRow("object for ip")
            << QByteArray(R"({"windows":[{"machine_ids":[{"ip":{}}]}]})")
            << u"Not expecting a JSON object for field 'ip'"_s << u"windows[0].machine_ids[0].ip"_s;
        QTest::newRow("non-numeric string")
            << QByteArray(R"({"windows":[{"unavailability":{"start":{"nanoseconds":"soon"}}}]})")
            << u"Failed to parse 'soon' as a JSON number for field 'nanoseconds': syntax error at line 1 near: soon"_s
            << u"windows[0].unavailability.start.nanoseconds"_s;
        QTest::newRow("boolean string")
            << QByteArray(R"({"windows":[{"unavailability":{"start":{"nanoseconds":"true"}}}]})")
            << u"Failed to parse 'true' as a JSON number for field 'nanoseconds': Unexpected JSON type parsed"_s
            << u"windows[0].unavailability.start.nanoseconds"_s;
        QTest::newRow("missing unavailability")
            << QByteArray(R"({"windows":[{"machine_ids":[{"hostname":"a"}]}]})")
            << u"Missing required fields: windows[0].unavailability"_s
            << u"windows[0].unavailability"_s;
        QTest::newRow("missing several")
            << QByteArray(
                   R"({"windows":[{"unavailability":{"duration":{}}},{"unavailability":{"start":{}}}]})")
            << u"Missing required fields: windows[0].unavailability.start, windows[0].unavailability.duration.nanoseconds, windows[1].unavailability.start.nanoseconds"_s
            << u"windows[0].unavailability.start"_s;
        QTest::newRow("truncated") << QByteArray(R"({"windows":[{"machine_ids")")
                                   << u"syntax error at line 1 near: "_s << QString();
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        QFETCH(QString, path);
        const Result<Schedule> s = ScheduleCodec::decodeSchedule(input);
        QVERIFY(!s);
        QCOMPARE(s.error().message, message);
        QCOMPARE(s.error().path, path);
    }

    void hugeNumbers()
    {
        // Beyond int64 the master parses a double and C-casts it (x86: INT64_MIN).
        const Result<Schedule> s = ScheduleCodec::decodeSchedule(
            R"({"windows":[{"machine_ids":[{"hostname":"a"}],"unavailability":{"start":{"nanoseconds":1e30},"duration":{"nanoseconds":99999999999999999999}}}]})");
        QVERIFY(s);
        QCOMPARE(s->windows[0].unavailability.startNs, std::numeric_limits<qint64>::min());
        QCOMPARE(*s->windows[0].unavailability.durationNs, std::numeric_limits<qint64>::min());
    }

    void machineListErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("object root") << QByteArray("{}") << u"Unexpected JSON type parsed"_s;
        QTest::newRow("element not object")
            << QByteArray(R"([{"hostname":"a"}, "b"])") << u"Expecting a JSON object"_s;
        QTest::newRow("null element") << QByteArray("[null]") << u"Expecting a JSON object"_s;
        QTest::newRow("not json") << QByteArray("[") << u"syntax error at line 1 near: "_s;
    }
    void machineListErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        const auto ids = ScheduleCodec::decodeMachineList(input);
        QVERIFY(!ids);
        QCOMPARE(ids.error().message, message);
    }

    void machineIdJson()
    {
        QCOMPARE(ScheduleCodec::machineIdJson(*MachineId::fromSpec(u"Machine1")),
                 u"{\"hostname\":\"Machine1\"}"_s);
        QCOMPARE(ScheduleCodec::machineIdJson(*MachineId::fromSpec(u"/0.0.0.2")),
                 u"{\"ip\":\"0.0.0.2\"}"_s);
        QCOMPARE(ScheduleCodec::machineIdJson(MachineId {QString(), u"1.2.3.4"_s}),
                 u"{\"hostname\":\"\",\"ip\":\"1.2.3.4\"}"_s);
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleCodec)
#include "tst_schedulecodec.moc"
