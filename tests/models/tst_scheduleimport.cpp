#include "simulatedmaster.h"
#include "json/schedulecodec.h"
#include "json/scheduleimport.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;

static QByteArray example(const QString &name)
{
    QFile f(QStringLiteral(SLIPWAY_TEST_DATA "/mesos-examples/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

class tst_ScheduleImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyExample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("windows"); // -1: refused
        QTest::addColumn<QString>("error");
        QTest::newRow("posted") << u"schedule-two-windows.json"_s << 2 << QString();
        QTest::newRow("master get") << u"schedule-two-windows.master-get.json"_s << 2 << QString();
        QTest::newRow("int64 as strings") << u"schedule-int64-as-strings.json"_s << 1 << QString();
        QTest::newRow("empty") << u"schedule-empty.master-get.json"_s << 0 << QString();
        QTest::newRow("v1 get response")
            << u"v1-get-maintenance-schedule-empty.response.json"_s << 0 << QString();
        QTest::newRow("v1 update call")
            << u"v1-update-maintenance-schedule.request.json"_s << 1 << QString();
        QTest::newRow("machine list")
            << u"machines.json"_s << -1 << u"Unexpected JSON type parsed"_s;
        QTest::newRow("status")
            << u"status.master-get.json"_s << -1
            << u"This is not a maintenance schedule: it has no \"windows\" (its keys: down_machines, draining_machines)"_s;
        QTest::newRow("v1 status")
            << u"v1-get-maintenance-status.response.json"_s << -1
            << u"This is not a maintenance schedule: it has no \"windows\" (its keys: get_maintenance_status, type)"_s;
        QTest::newRow("v1 start call")
            << u"v1-start-maintenance.request.json"_s << -1
            << u"This is not a maintenance schedule: it has no \"windows\" (its keys: start_maintenance, type)"_s;
    }
    void everyExample()
    {
        QFETCH(QString, file);
        QFETCH(int, windows);
        QFETCH(QString, error);
        const Result<Schedule> s = ScheduleImport::read(example(file), {});
        QCOMPARE(s.ok(), windows >= 0);
        if (s)
            QCOMPARE(s->windows.size(), windows);
        else
            QCOMPARE(s.error().message, error);
        QVERIFY(QDir(QStringLiteral(SLIPWAY_TEST_DATA "/mesos-examples"))
                    .entryList({u"*.json"_s})
                    .contains(file));
    }

    void refusedByTheRules()
    {
        const Result<Schedule> s = ScheduleImport::read(example(u"schedule-two-windows.json"_s),
                                                        {*MachineId::fromSpec(u"gone/10.9.9.9")});
        QVERIFY(!s);
        QCOMPARE(
            s.error().message,
            u"Machine '{\"hostname\":\"gone\",\"ip\":\"10.9.9.9\"}' is deactivated and cannot be removed from the schedule"_s);
    }

    // Export → POST with a plain HTTP client → GET equals the export.
    void exportIsAcceptedByTheMasterUnchanged()
    {
        SimulatedMaster master(Scenario::generate(4, 1, 3));
        QVERIFY(master.listen(QHostAddress::LocalHost, 0));
        const Schedule schedule
            = *ScheduleCodec::decodeSchedule(example(u"schedule-two-windows.json"_s));
        const QByteArray exported = ScheduleCodec::encodeScheduleIndented(schedule);
        QNetworkAccessManager http;
        const QUrl url(u"http://127.0.0.1:%1/maintenance/schedule"_s.arg(master.port()));
        QNetworkRequest post(url);
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        std::unique_ptr<QNetworkReply> posted(http.post(post, exported));
        QTRY_VERIFY_WITH_TIMEOUT(posted->isFinished(), 10000);
        QCOMPARE(posted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        std::unique_ptr<QNetworkReply> got(http.get(QNetworkRequest(url)));
        QTRY_VERIFY_WITH_TIMEOUT(got->isFinished(), 10000);
        const QByteArray body = got->readAll();
        QCOMPARE(body, ScheduleCodec::encodeSchedule(schedule));
        QCOMPARE(*ScheduleCodec::decodeSchedule(body), schedule);
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleImport)
#include "tst_scheduleimport.moc"
