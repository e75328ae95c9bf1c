#include "planning/planningpolicy.h"
#include "json/policyjson.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60'000'000'000LL;

const char *kFull
    = "{\"machines\":{\"zones\":[\"us-east-1a\"],\"hostnames\":\"web-.*\",\"all\":false},\n"
      " \"start\":\"2026-12-08T01:00:00Z\",\"end\":\"2026-12-20T00:00:00Z\",\"window\":\"2h\","
      "\"gap\":\"30m\",\n"
      " \"batch\":{\"perZone\":\"5%\"},\n"
      " \"hours\":{\"from\":\"22:00\",\"to\":\"05:00\",\"days\":[\"Fri\",\"Mon\"],\"timeZone\":"
      "\"Europe/Berlin\"},\n"
      " \"blackouts\":[{\"start\":\"2026-12-10T00:00:00Z\",\"end\":\"2026-12-11T00:00:00Z\"}],\n"
      " \"zoneOrder\":\"interleaved\",\"order\":\"least-churn\",\n"
      " \"limits\":{\"maxDown\":\"2%\",\"maxDownPerZone\":\"10%\",\"maxDownPerRack\":1,"
      "\"maxZonesAtOnce\":1,\n"
      "   \"minLeftPerZone\":{\"agents\":\"90%\",\"cpus\":\"85%\",\"mem\":100}},\n"
      " \"rackAttribute\":\"tor\"}";

} // namespace

class tst_PlanningPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryKey()
    {
        const Result<PlanningPolicy> r = PolicyJson::read(QByteArray(kFull));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        const PlanningPolicy &p = *r;
        QCOMPARE(p.zones, QStringList {u"us-east-1a"_s});
        QCOMPARE(p.hostnamePattern, u"web-.*"_s);
        QCOMPARE(p.allMachines, false);
        QCOMPARE(*p.startNs, 1'796'691'600LL * 1'000'000'000LL);
        QVERIFY(p.deadlineNs.has_value());
        QCOMPARE(p.windowNs, 120 * kMinute);
        QCOMPARE(p.gapNs, 30 * kMinute);
        QCOMPARE(p.batchPerZone, PolicyAmount::percent(5));
        QCOMPARE(p.hours->fromMinute, 22 * 60);
        QCOMPARE(p.hours->toMinute, 5 * 60);
        QCOMPARE(p.hours->days, (QList<int> {1, 5}));
        QCOMPARE(p.hours->timeZone.id(), QByteArray("Europe/Berlin"));
        QCOMPARE(p.blackouts.size(), 1);
        QCOMPARE(p.zoneOrder, PlanningPolicy::ZoneOrder::Interleaved);
        QCOMPARE(p.order, PlanningPolicy::MachineOrder::LeastChurn);
        QCOMPARE(p.limits.maxDown, PolicyAmount::percent(2));
        QCOMPARE(p.limits.maxDownPerRack, PolicyAmount::count(1));
        QCOMPARE(p.limits.minMemPerZone, PolicyAmount::count(100));
        QCOMPARE(p.rackAttribute, u"tor"_s);
    }

    void defaults()
    {
        const auto r = PolicyJson::read("{\"machines\":{\"all\":true},\"window\":\"90m\"}");
        QVERIFY(r.ok());
        QCOMPARE(r->batchSize, 1);
        QVERIFY(!r->startNs);
        QVERIFY(!r->hours);
        QCOMPARE(r->rackAttribute, u"rack"_s);
        QCOMPARE(r->zoneOrder, PlanningPolicy::ZoneOrder::Sequential);
        QCOMPARE(r->order, PlanningPolicy::MachineOrder::Name);
    }

    void errorsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const QByteArray base = "{\"machines\":{\"all\":true},\"window\":\"2h\",";
        QTest::newRow("unknown top")
            << base + "\"colour\":1}" << u"colour"_s << u"unknown key 'colour'"_s;
        QTest::newRow("unknown limit")
            << base + "\"limits\":{\"maxDownPerRak\":1}}" << u"limits.maxDownPerRak"_s
            << u"unknown key 'maxDownPerRak'"_s;
        QTest::newRow("unknown floor")
            << base + "\"limits\":{\"minLeftPerZone\":{\"disk\":1}}}"
            << u"limits.minLeftPerZone.disk"_s << u"unknown key 'disk'"_s;
        QTest::newRow("bad percent")
            << base + "\"limits\":{\"maxDown\":\"120%\"}}" << u"limits.maxDown"_s
            << u"expected a count or a percentage from 0% to 100% such as \"10%\""_s;
        QTest::newRow("bad duration")
            << base + "\"gap\":\"2 hours\"}" << u"gap"_s
            << u"'2 hours' is not a duration such as 2h, 90m, 30s or 0m"_s;
        QTest::newRow("bad zone") << base
                + "\"hours\":{\"from\":\"01:00\",\"to\":\"05:00\",\"timeZone\":\"Mars/Base\"}}"
                                  << u"hours.timeZone"_s
                                  << u"'Mars/Base' is not an IANA time zone"_s;
        QTest::newRow("bad day") << base
                + "\"hours\":{\"from\":\"01:00\",\"to\":\"05:00\",\"days\":[\"Mon\",\"Funday\"]}}"
                                 << u"hours.days[1]"_s
                                 << u"expected one of Mon, Tue, Wed, Thu, Fri, Sat, Sun"_s;
        QTest::newRow("bad time") << base + "\"start\":\"tomorrow\"}" << u"start"_s
                                  << u"'tomorrow' is not a time such as 2026-12-08T01:00:00Z"_s;
        QTest::newRow("no offset")
            << base + "\"start\":\"2026-12-08T01:00:00\"}" << u"start"_s
            << u"'2026-12-08T01:00:00' is not a time such as 2026-12-08T01:00:00Z"_s;
        QTest::newRow("both batches")
            << base + "\"batch\":{\"size\":2,\"perZone\":\"5%\"}}" << u"batch"_s
            << u"give exactly one of \"size\" and \"perZone\""_s;
        QTest::newRow("order") << base + "\"order\":\"random\"}" << u"order"_s
                               << u"'random' is not one of name, least-loaded, least-churn"_s;
        QTest::newRow("no machines") << QByteArray("{\"machines\":{},\"window\":\"2h\"}")
                                     << u"machines"_s << u"name zones, hostnames or \"all\":true"_s;
        QTest::newRow("missing window")
            << QByteArray("{\"machines\":{\"all\":true}}") << u"window"_s << u"missing"_s;
        QTest::newRow("blackout order") << base
                + "\"blackouts\":[{\"start\":\"2026-12-10T00:00:00Z\",\"end\":\"2026-12-09T00:00:"
                  "00Z\"}]}" << u"blackouts[0].end"_s
                                        << u"must be after start"_s;
        QTest::newRow("fractional count")
            << base + "\"limits\":{\"maxDownPerRack\":1.5}}" << u"limits.maxDownPerRack"_s
            << u"expected a whole count ≥ 0 or a percentage such as \"10%\""_s;
    }

    void errorsNameTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const Result<PlanningPolicy> r = PolicyJson::read(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().path, path);
        QCOMPARE(r.error().message, message);
    }

    void badRegex()
    {
        const auto r = PolicyJson::read("{\"machines\":{\"hostnames\":\"([\"},\"window\":\"2h\"}");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().path, u"machines.hostnames"_s);
    }

    void amounts()
    {
        QCOMPARE(PolicyAmount::percent(10).maxAllowed(40), 4);
        QCOMPARE(PolicyAmount::percent(10).maxAllowed(45), 4);
        QCOMPARE(PolicyAmount::percent(2).maxAllowed(10), 1); // never below 1
        QCOMPARE(PolicyAmount::count(0).maxAllowed(10), 0);
        QCOMPARE(PolicyAmount::percent(85).floorOf(40), 34.0);
        QCOMPARE(PolicyAmount::count(3).floorOf(40), 3.0);
    }

    void durations()
    {
        QCOMPARE(parsePolicyDuration(u"2h"), 2 * 60 * kMinute);
        QCOMPARE(parsePolicyDuration(u"90m"), 90 * kMinute);
        QCOMPARE(parsePolicyDuration(u"0m"), 0);
        QCOMPARE(parsePolicyDuration(u"30s"), 30'000'000'000LL);
        QCOMPARE(parsePolicyDuration(u"1d"), 24 * 60 * kMinute);
        QVERIFY(!parsePolicyDuration(u"-1h"));
        QVERIFY(!parsePolicyDuration(u"h"));
        QVERIFY(!parsePolicyDuration(u"99999999999999999999h"));
        QVERIFY(!parsePolicyDuration(u"9999999999999d")); // overflows int64 nanoseconds
        QCOMPARE(formatPolicyDuration(90 * kMinute), u"90m"_s);
        QCOMPARE(formatPolicyDuration(120 * kMinute), u"2h"_s);
    }
};

QTEST_GUILESS_MAIN(tst_PlanningPolicy)
#include "tst_planningpolicy.moc"
