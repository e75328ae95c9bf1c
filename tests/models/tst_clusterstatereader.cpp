#include "json/clusterstatereader.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

// The shape of GET /master/state-summary (as the simulator and Mesos 1.12 write it).
const QByteArray kStateSummary = R"({"hostname":"m1","slaves":[
 {"id":"S0","hostname":"h1","port":5051,"attributes":{"rack":"r12","level":3},
  "domain":{"fault_domain":{"region":{"name":"eu"},"zone":{"name":"eu-1"}}},
  "pid":"slave(1)@10.0.0.1:5051","registered_time":1.7e9,
  "resources":{"cpus":16.0,"gpus":0.0,"mem":65536.0,"disk":500000.0,"ports":"[31000-32000]"},
  "used_resources":{"cpus":1.5,"gpus":0.0,"mem":1536.0,"disk":0.0},
  "offered_resources":{"cpus":0.0,"gpus":0.0,"mem":0.0,"disk":0.0},"reserved_resources":{},
  "unreserved_resources":{"cpus":16.0,"gpus":0.0,"mem":65536.0,"disk":500000.0,"ports":"[31000-32000]"},
  "active":true,"deactivated":false,"version":"1.12.0","capabilities":["MULTI_ROLE","AGENT_DRAINING"],
  "TASK_STAGING":1,"TASK_STARTING":0,"TASK_RUNNING":2,"TASK_KILLING":0,"TASK_FINISHED":7,"TASK_KILLED":1,
  "TASK_FAILED":0,"TASK_LOST":0,"TASK_ERROR":0,"TASK_UNREACHABLE":0,"framework_ids":["F1","F2"]},
 {"id":"S1","hostname":"h2","port":5051,"attributes":{},"pid":"slave(1)@10.0.0.2:5051",
  "resources":{"cpus":8.0},"used_resources":{"cpus":0.0},"active":false,"deactivated":true,
  "drain_info":{"state":"DRAINING","config":{"max_grace_period":{"nanoseconds":600000000000},"mark_gone":false}},
  "estimated_drain_start_time_seconds":1700000000.0,
  "TASK_STAGING":0,"TASK_STARTING":0,"TASK_RUNNING":0,"TASK_KILLING":0,"framework_ids":[]}
],"frameworks":[
 {"id":"F1","name":"marathon","used_resources":{"cpus":1.0},"active":true,"TASK_RUNNING":2,"slave_ids":["S0"]},
 {"id":"F2","name":"spark \u00e9t\u00e9","active":false,"slave_ids":["S0"]}
]})";

// The shape of v1 GET_STATE.
const QByteArray kV1State = R"({"type":"GET_STATE","get_state":{
 "get_tasks":{"tasks":[
   {"name":"t1","task_id":{"value":"t1"},"framework_id":{"value":"F1"},"agent_id":{"value":"S0"},"state":"TASK_RUNNING","resources":[]},
   {"name":"t2","task_id":{"value":"t2"},"framework_id":{"value":"F2"},"agent_id":{"value":"S0"},"state":"TASK_STAGING","resources":[]},
   {"name":"t3","task_id":{"value":"t3"},"framework_id":{"value":"F1"},"agent_id":{"value":"S0"},"state":"TASK_KILLING","resources":[]},
   {"name":"t4","task_id":{"value":"t4"},"framework_id":{"value":"F1"},"agent_id":{"value":"S1"},"state":"TASK_FINISHED","resources":[]}],
  "unreachable_tasks":[],"completed_tasks":[]},
 "get_executors":{"executors":[]},
 "get_frameworks":{"frameworks":[
   {"framework_info":{"user":"root","name":"marathon","id":{"value":"F1"}},"active":true,"connected":true,
    "registered_time":{"nanoseconds":1700000060000000000},"reregistered_time":{"nanoseconds":1700000000000000000}},
   {"framework_info":{"user":"root","name":"spark","id":{"value":"F2"}},"active":false,"connected":false}],
  "completed_frameworks":[]},
 "get_agents":{"agents":[
   {"agent_info":{"hostname":"h1","port":5051,"resources":[],"attributes":[
      {"name":"rack","type":"TEXT","text":{"value":"r12"}},
      {"name":"level","type":"SCALAR","scalar":{"value":3.0}},
      {"name":"slots","type":"RANGES","ranges":{"range":[{"begin":1,"end":4}]}}],"id":{"value":"S0"},
     "domain":{"fault_domain":{"region":{"name":"eu"},"zone":{"name":"eu-1"}}}},
    "active":true,"deactivated":false,"version":"1.12.0","pid":"slave(1)@10.0.0.1:5051",
    "registered_time":{"nanoseconds":1},
    "total_resources":[{"name":"cpus","type":"SCALAR","scalar":{"value":16.0}},{"name":"mem","type":"SCALAR","scalar":{"value":1024.0}},
                       {"name":"cpus","type":"SCALAR","scalar":{"value":2.0},"role":"web"},{"name":"ports","type":"RANGES","ranges":{"range":[{"begin":31000,"end":32000}]}}],
    "allocated_resources":[{"name":"cpus","type":"SCALAR","scalar":{"value":1.5}}],
    "offered_resources":[],"capabilities":[{"type":"MULTI_ROLE"}]},
   {"agent_info":{"hostname":"h2","port":5052,"resources":[],"id":{"value":"S1"}},
    "active":false,"deactivated":true,"pid":"slave(1)@10.0.0.2:5052",
    "drain_info":{"state":"DRAINED","config":{"mark_gone":true}}}],
  "recovered_agents":[]}}})";

} // namespace

class tst_ClusterStateReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateSummary()
    {
        const Result<ClusterState> r = ClusterStateReader::readStateSummary(kStateSummary);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        QCOMPARE(r->agents.size(), 2);
        const Agent &a = r->agents[0];
        QCOMPARE(a.id, u"S0"_s);
        QCOMPARE(a.hostname, u"h1"_s);
        QCOMPARE(a.ip, u"10.0.0.1"_s);
        QCOMPARE(a.machineId(), MachineId::of(u"h1"_s, u"10.0.0.1"_s));
        QCOMPARE(a.region, u"eu"_s);
        QCOMPARE(a.zone, u"eu-1"_s);
        QCOMPARE(a.attributes,
                 (QHash<QString, QString> {{u"rack"_s, u"r12"_s}, {u"level"_s, u"3"_s}}));
        QVERIFY(r->agents[1].attributes.isEmpty());
        QCOMPARE(a.resources.cpus, 16.0);
        QCOMPARE(a.resources.mem, 65536.0);
        QCOMPARE(a.usedResources.cpus, 1.5);
        QCOMPARE(a.taskCount, 3); // staging + running; finished and killed are not left to drain
        QCOMPARE(a.frameworkIds, (QStringList {u"F1"_s, u"F2"_s}));
        QVERIFY(a.frameworkTaskCounts.isEmpty()); // totals per agent only
        QVERIFY(!a.countsPerFramework());
        QVERIFY(a.active);
        QVERIFY(!a.drainInfo);
        const Agent &b = r->agents[1];
        QVERIFY(!b.active);
        QVERIFY(b.deactivated);
        QVERIFY(b.drainInfo);
        QCOMPARE(b.drainInfo->state, DrainInfo::State::Draining);
        QCOMPARE(b.drainInfo->maxGracePeriodNs, std::optional<qint64>(600000000000));
        QCOMPARE(b.taskCount, 0);
        QCOMPARE(r->totalTasks, 3);
        QCOMPARE(r->frameworks.size(), 2);
        QCOMPARE(r->frameworks[1].name, u"spark été"_s);
        QVERIFY(!r->frameworks[1].active);
    }

    void v1State()
    {
        const Result<ClusterState> r = ClusterStateReader::readV1State(kV1State);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().describe()));
        QCOMPARE(r->agents.size(), 2);
        const Agent &a = r->agents[0];
        QCOMPARE(a.id, u"S0"_s);
        QCOMPARE(a.machineId(), MachineId::of(u"h1"_s, u"10.0.0.1"_s));
        QCOMPARE(a.zone, u"eu-1"_s);
        // Text and scalar attributes, as in the state summary; ranges are left out.
        QCOMPARE(a.attributes,
                 (QHash<QString, QString> {{u"rack"_s, u"r12"_s}, {u"level"_s, u"3"_s}}));
        QCOMPARE(a.resources.cpus, 18.0); // summed across roles
        QCOMPARE(a.resources.mem, 1024.0);
        QCOMPARE(a.usedResources.cpus, 1.5);
        QCOMPARE(a.taskCount, 3);
        QCOMPARE(a.frameworkIds, (QStringList {u"F1"_s, u"F2"_s}));
        QCOMPARE(a.frameworkTaskCounts, (QList<int> {2, 1})); // in the order of the IDs
        const Agent &b = r->agents[1];
        QCOMPARE(b.port, 5052);
        QCOMPARE(b.taskCount, 0); // its only task finished
        QVERIFY(b.frameworkIds.isEmpty());
        QVERIFY(b.countsPerFramework());
        QCOMPARE(b.drainInfo->state, DrainInfo::State::Drained);
        QVERIFY(b.drainInfo->markGone);
        QCOMPARE(r->totalTasks, 3);
        QCOMPARE(r->frameworks.size(), 2);
        QCOMPARE(r->frameworks[0].id, u"F1"_s);
        QCOMPARE(r->frameworks[0].name, u"marathon"_s);
        // The later of registered_time and reregistered_time, in ms.
        QCOMPARE(r->frameworks[0].registeredAtMs, std::optional<qint64>(1700000060000));
        QVERIFY(!r->frameworks[1].registeredAtMs);
    }

    void emptyDocuments()
    {
        QVERIFY(ClusterStateReader::readStateSummary("{}").ok());
        QCOMPARE(
            ClusterStateReader::readStateSummary(R"({"slaves":[],"frameworks":[]})")->agents.size(),
            0);
        const Result<ClusterState> v1 = ClusterStateReader::readV1State(
            R"({"type":"GET_STATE","get_state":{"get_tasks":{"tasks":[]},"get_agents":{"agents":[]}}})");
        QVERIFY(v1.ok());
    }

    void taskCountsSumIn64Bits()
    {
        const Result<ClusterState> state = ClusterStateReader::readStateSummary(
            R"({"slaves":[{"id":"S0","hostname":"h","TASK_RUNNING":2147483647,"TASK_STAGING":2},)"
            R"({"id":"S1","hostname":"h2","TASK_RUNNING":9223372036854775807,"TASK_STAGING":5}]})");
        QVERIFY(state.ok());
        QCOMPARE(qint64(state->agents[0].taskCount), 2147483649LL);
        // Beyond int64 the count stays at the largest value instead of wrapping negative.
        QCOMPARE(qint64(state->agents[1].taskCount), std::numeric_limits<qint64>::max());
        QCOMPARE(state->totalTasks, std::numeric_limits<qint64>::max());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("v1");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << false;
        QTest::newRow("array root") << QByteArray("[1,2,3]") << false;
        QTest::newRow("truncated") << kStateSummary.left(kStateSummary.size() / 2) << false;
        QTest::newRow("slaves not an array") << QByteArray(R"({"slaves":{"id":"S0"}})") << false;
        QTest::newRow("hostname a number")
            << QByteArray(R"({"slaves":[{"id":"S0","hostname":5}]})") << false;
        QTest::newRow("task count a string")
            << QByteArray(R"({"slaves":[{"TASK_RUNNING":"3"}]})") << false;
        QTest::newRow("trailing garbage in object")
            << QByteArray(R"({"slaves":[{"id":"S0",}]})") << false;
        QTest::newRow("unterminated key") << QByteArray("{\"slaves\":[{\"hostn") << false;
        QTest::newRow("key ends in backslash") << QByteArray("{\"slaves\":[{\"a\\") << false;
        QTest::newRow("v1 state-summary") << kStateSummary << true;
        QTest::newRow("v1 truncated") << kV1State.left(kV1State.size() - 40) << true;
        QTest::newRow("v1 agents not array")
            << QByteArray(R"({"get_state":{"get_agents":{"agents":7}}})") << true;
        QTest::newRow("v1 not json") << QByteArray("\x01\x02\xff\xfe") << true;
        // Found by fuzz_clusterstate: simdjson asserted (undefined behaviour in release builds)
        // when a second lookup in fault_domain wrapped around over a malformed region.
        QTest::newRow("fault domain malformed, zone missing")
            << QByteArray(R"({"slaves":[{"id":"S0","domain":{"fault_domain":{"region":)"
                          R"({"name":"eu""x"},"zonE":{"name":"z"}}}}]})")
            << false;
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, v1);
        const Result<ClusterState> r = v1 ? ClusterStateReader::readV1State(json)
                                          : ClusterStateReader::readStateSummary(json);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!r.error().describe().isEmpty());
    }

    void errorNamesWhere()
    {
        const Result<ClusterState> r
            = ClusterStateReader::readStateSummary(R"({"hostname":"m","slaves":[{"hostname":1}]})");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, JsonError::Kind::Structure);
        QCOMPARE(r.error().path, u"slaves"_s);
    }

    void tenMegabytesOfGarbage()
    {
        QByteArray garbage(10 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(42);
        rng.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        QVERIFY(!ClusterStateReader::readStateSummary(garbage).ok());
        QVERIFY(!ClusterStateReader::readV1State(garbage).ok());
        // Garbage that starts like the real thing.
        QByteArray lookalike = R"({"slaves":[)" + QByteArray(10 * 1024 * 1024, '[');
        QVERIFY(!ClusterStateReader::readStateSummary(lookalike).ok());
        lookalike = QByteArray("{\"slaves\":[{\"id\":\"") + QByteArray(10 * 1024 * 1024, 'x');
        QVERIFY(!ClusterStateReader::readStateSummary(lookalike).ok());
    }
};

QTEST_GUILESS_MAIN(tst_ClusterStateReader)
#include "tst_clusterstatereader.moc"
