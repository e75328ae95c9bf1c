#include "clirun.h"
#include "maintenancevalidator.h"
#include "json/schedulecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kState = QStringLiteral(SLIPWAY_TEST_DATA "/planner-state-summary.json");

// 24 machines in 3 zones, racks of 2 per zone: nights of 01:00–05:00 Berlin time.
const QByteArray kPolicy = "{\"machines\":{\"all\":true},\"start\":\"2026-12-08T01:00:00Z\","
                           "\"window\":\"2h\",\"batch\":{\"perZone\":\"25%\"},"
                           "\"hours\":{\"from\":\"01:00\",\"to\":\"05:00\","
                           "\"days\":[\"Mon\",\"Tue\",\"Wed\",\"Thu\",\"Fri\"],"
                           "\"timeZone\":\"Europe/Berlin\"},\"zoneOrder\":\"parallel\","
                           "\"order\":\"least-churn\",\"limits\":{\"maxDown\":\"25%\","
                           "\"maxDownPerZone\":\"25%\",\"maxDownPerRack\":1,"
                           "\"maxZonesAtOnce\":2,\"minLeftPerZone\":{\"agents\":\"70%\"}}}";

} // namespace

class tst_CliPlan : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(data);
        return f.fileName();
    }

private Q_SLOTS:
    void planWritesTheScheduleAndASummary()
    {
        const QString policy = write(u"policy.json"_s, kPolicy);
        const QString out = m_dir.filePath(u"plan.json"_s);
        const CliRun r
            = runCli({u"plan"_s, u"--policy"_s, policy, u"--state"_s, kState, u"-o"_s, out});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        static const QRegularExpression summary(
            u"^planned 24 machines in \\d+ windows from 2026-12-08T01:00:00Z to \\S+Z; "
            "peak down \\d+ \\(zone us-east-1[abc]\\); churn [0-9.]+ of \\d+ displaced tasks\\n$"_s);
        QVERIFY2(summary.match(r.err).hasMatch(), qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray document = f.readAll();
        const Result<Schedule> s = MaintenanceValidator::checkScheduleDocument(document, {});
        QVERIFY(s.ok());
        QCOMPARE(s->machineCount(), 24);
        // Within every limit, by the check command.
        const CliRun check = runCli({u"check"_s, u"--policy"_s, policy, u"--state"_s, kState, out});
        QCOMPARE(check.code, 0);
        QVERIFY(check.out.isEmpty());
        // Same inputs, same bytes (stdout: the document and a newline).
        const CliRun again = runCli({u"plan"_s, u"--policy"_s, policy, u"--state"_s, kState});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.out, QString::fromUtf8(document) + u'\n');
    }

    void planJson()
    {
        const QString policy = write(u"policy.json"_s, kPolicy);
        const CliRun r
            = runCli({u"plan"_s, u"--policy"_s, policy, u"--state"_s, kState, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.keys(),
                 (QStringList {u"nameChurn"_s, u"peakDown"_s, u"totalChurn"_s, u"totalDisplaced"_s,
                               u"violations"_s, u"windows"_s}));
        const QJsonArray windows = o[u"windows"_s].toArray();
        QVERIFY(!windows.isEmpty());
        int machines = 0;
        qint64 displaced = 0;
        for (const QJsonValue &w : windows) {
            const QJsonObject wo = w.toObject();
            QCOMPARE(wo[u"duration_ns"_s].toInteger(), 7'200'000'000'000LL);
            QVERIFY(wo.contains(u"start_ns"_s) && wo.contains(u"churn"_s));
            machines += int(wo[u"machines"_s].toArray().size());
            displaced += wo[u"displaced"_s].toInteger();
        }
        QCOMPARE(machines, 24);
        QCOMPARE(o[u"totalDisplaced"_s].toInteger(), displaced);
        QVERIFY(o[u"totalChurn"_s].toDouble() <= o[u"nameChurn"_s].toDouble());
        QVERIFY(o[u"violations"_s].toArray().isEmpty());
        QVERIFY(o[u"peakDown"_s].toObject()[u"machines"_s].toInt() >= 1);
    }

    void infeasibleNamesTheLimitAndMachine()
    {
        QByteArray policy = kPolicy;
        policy.replace("\"agents\":\"70%\"", "\"agents\":\"100%\"");
        const CliRun r
            = runCli({u"plan"_s, u"--policy"_s, write(u"p.json"_s, policy), u"--state"_s, kState});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err,
                 u"slipwayctl: infeasible: minLeftPerZone.agents (zone us-east-1a) binds: "
                 "node-01 cannot be placed (24 machines not placed)\n"_s);
    }

    void checkListsViolationsInTheTimelineWording()
    {
        const QString policy = write(u"policy.json"_s, kPolicy);
        // node-01, -04, -07 are in us-east-1a (8 machines; 25% = 2).
        const QString schedule = write(
            u"s.json"_s,
            "{\"windows\":[{\"machine_ids\":[{\"hostname\":\"node-01\",\"ip\":\"10.0.1.1\"},"
            "{\"hostname\":\"node-04\",\"ip\":\"10.0.1.4\"},{\"hostname\":\"node-07\",\"ip\":"
            "\"10.0.1.7\"}],\"unavailability\":{\"start\":{\"nanoseconds\":1796691600000000000},"
            "\"duration\":{\"nanoseconds\":7200000000000}}}]}");
        const CliRun r
            = runCli({u"check"_s, u"--policy"_s, policy, u"--state"_s, kState, schedule});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"zone us-east-1a: 0 → 3 of 8 down (37.5% > 25%) Tue 2026-12-08 "
                                "02:00–04:00\n"_s),
                 qPrintable(r.out));
    }

    void usageAndBadPolicies()
    {
        const QString policy = write(u"policy.json"_s, kPolicy);
        QCOMPARE(runCli({u"plan"_s, u"--state"_s, kState}).code, 2); // no policy
        QCOMPARE(runCli({u"plan"_s, u"--policy"_s, policy}).code, 2); // no cluster
        const CliRun bad = runCli({u"plan"_s, u"--policy"_s,
                                   write(u"bad.json"_s,
                                         "{\"machines\":{\"all\":true},\"window\":\"2h\","
                                         "\"limits\":{\"maxDownPerRak\":1}}"),
                                   u"--state"_s, kState});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.err.contains(u"unknown key 'maxDownPerRak' (at limits.maxDownPerRak)"_s),
                 qPrintable(bad.err));
    }

    void unreachableMasterIsExit3()
    {
        const QString policy = write(u"policy.json"_s, kPolicy);
        const CliRun r
            = runCli({u"--master"_s, u"http://127.0.0.1:1"_s, u"plan"_s, u"--policy"_s, policy});
        QCOMPARE(r.code, 3);
    }
};

QTEST_GUILESS_MAIN(tst_CliPlan)
#include "tst_cli_plan.moc"
