#include "eventjson.h"
#include "json/masterevent.h"
#include "json/subscribedreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace EventJson;

namespace {

/// SUBSCRIBED with tasks in all three lists, the lists after the agents (key order is free), and
/// strings that hold what the scanner must not take for structure.
QByteArray richRecord()
{
    const QByteArray live = task(u"t1"_s, u"fw-a"_s, u"S1"_s, u"TASK_RUNNING"_s) + ","
        + task(u"t{2}"_s, u"fw-a"_s, u"S2"_s, u"TASK_KILLING"_s) + ","
        + json("{'task_id':{'value':'q\\\\\\\"],}'},'framework_id':{'value':'fw-b'},"
               "'agent_id':{'value':'S1'},'state':'TASK_STAGING','name':'[tasks]'}");
    return json("{'type':'SUBSCRIBED','subscribed':{'get_state':{")
        + json("'get_agents':{'agents':[") + agent(u"S1"_s, u"h1"_s, u"10.0.0.1"_s) + ","
        + agent(u"S2"_s, u"h2"_s, u"10.0.0.2"_s) + json("],'recovered_agents':[]},")
        + json("'get_frameworks':{'frameworks':[") + framework(u"fw-a"_s, u"web"_s, 5000000) + ","
        + framework(u"fw-b"_s, u"batch \\\"tasks\\\""_s) + json("],'completed_frameworks':[]},")
        + json("'get_executors':{'executors':[{'tasks':[1,2]}]},")
        + json("'get_tasks':{ 'completed_tasks' : [")
        + task(u"old"_s, u"fw-a"_s, u"S1"_s, u"TASK_FINISHED"_s) + json("] , 'tasks':[ ") + live
        + json(" ],'unreachable_tasks':[")
        + task(u"gone"_s, u"fw-b"_s, u"S2"_s, u"TASK_UNREACHABLE"_s)
        + json("]}},'heartbeat_interval_seconds':2.5}}");
}

Result<MasterEvent> readInPieces(const QByteArray &record, qsizetype piece,
                                 SubscribedRecordReader *reader)
{
    for (qsizetype at = 0; at < record.size(); at += piece)
        reader->feed(QByteArrayView(record).sliced(at, qMin(piece, record.size() - at)));
    return reader->finish();
}

QString describe(const Result<MasterEvent> &event)
{
    return event.ok() ? QString() : event.error().describe();
}

} // namespace

class tst_SubscribedRecordReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void givesWhatTheWholeReadGives_data()
    {
        QTest::addColumn<qsizetype>("piece");
        QTest::newRow("byte by byte") << qsizetype(1);
        QTest::newRow("7 bytes") << qsizetype(7);
        QTest::newRow("64 bytes") << qsizetype(64);
        QTest::newRow("whole") << qsizetype(1 << 20);
    }
    void givesWhatTheWholeReadGives()
    {
        QFETCH(qsizetype, piece);
        const QByteArray record = richRecord();
        const Result<MasterEvent> whole = MasterEventReader::read(record);
        QVERIFY2(whole.ok(), qPrintable(describe(whole)));
        QCOMPARE(whole->tasks.size(), 4); // three live lists' tasks, the completed one skipped

        SubscribedRecordReader reader;
        const Result<MasterEvent> streamed = readInPieces(record, piece, &reader);
        QVERIFY2(streamed.ok(), qPrintable(describe(streamed)));
        QCOMPARE(streamed->type, MasterEvent::Type::Subscribed);
        QCOMPARE(streamed->heartbeatIntervalSecs, 2.5);
        QCOMPARE(streamed->cluster.agents, whole->cluster.agents);
        QCOMPARE(streamed->cluster.frameworks, whole->cluster.frameworks);
        QCOMPARE(streamed->cluster.frameworks.at(1).name, u"batch \"tasks\""_s);
        QCOMPARE(streamed->cluster.totalTasks, whole->cluster.totalTasks);
        QCOMPARE(streamed->tasks, whole->tasks);
        QCOMPARE(streamed->tasks.at(2).key, MasterEvent::taskKey("fw-b", "q\\\"],}"));
    }

    void keepsOnlyWhatIsNotAList()
    {
        QByteArray tasks;
        QByteArray agents;
        for (int i = 0; i < 2000; ++i) {
            tasks += (i ? "," : "")
                + task(u"task-%1"_s.arg(i), u"fw-a"_s, u"S1"_s, u"TASK_RUNNING"_s);
            agents += (i ? "," : "") + agent(u"S%1"_s.arg(i), u"h%1"_s.arg(i), u"10.0.0.1"_s);
        }
        const QByteArray record = subscribed(agents, framework(u"fw-a"_s, u"web"_s), tasks);
        SubscribedRecordReader reader;
        for (qsizetype at = 0; at < record.size(); at += 4096)
            reader.feed(
                QByteArrayView(record).sliced(at, qMin<qsizetype>(4096, record.size() - at)));
        QCOMPARE(reader.tasksRead(), 2000);
        QCOMPARE(reader.agentsRead(), 2000);
        QVERIFY2(reader.keptBytes() < 1024,
                 qPrintable(u"kept %1 of %2 bytes"_s.arg(reader.keptBytes()).arg(record.size())));
        const Result<MasterEvent> event = reader.finish();
        QVERIFY2(event.ok(), qPrintable(describe(event)));
        QCOMPARE(event->tasks.size(), 2000);
        QCOMPARE(event->tasks.last().key, MasterEvent::taskKey("fw-a", "task-1999"));
        QCOMPARE(event->cluster.agents.size(), 2000);
        QCOMPARE(event->cluster.agents.last().hostname, u"h1999"_s);
        QCOMPARE(event->cluster.agents, MasterEventReader::read(record)->cluster.agents);
    }

    void leavesTasksElsewhereAlone()
    {
        // A "tasks" list that is not get_state.get_tasks' is not a task list.
        const QByteArray record = json("{'type':'SUBSCRIBED','subscribed':{'get_state':{")
            + json("'get_executors':{'tasks':[{'x':1}]},'get_tasks':{'tasks':[]}}}}");
        SubscribedRecordReader reader;
        const Result<MasterEvent> event = readInPieces(record, 3, &reader);
        QVERIFY2(event.ok(), qPrintable(describe(event)));
        QCOMPARE(event->tasks.size(), 0);
    }

    void refusesWhatTheWholeReadRefuses_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QString>("path");
        const QByteArray good = task(u"t1"_s, u"fw-a"_s, u"S1"_s, u"TASK_RUNNING"_s);
        QTest::newRow("task without task_id")
            << subscribed({}, {}, json("{'framework_id':{'value':'f'},'state':'TASK_RUNNING'}"))
            << u"subscribed.get_state.get_tasks.tasks"_s;
        QTest::newRow("agent not an object")
            << subscribed(agent(u"S1"_s, u"h1"_s, u"10.0.0.1"_s) + ",[]", {}, good)
            << u"subscribed.get_state.get_agents.agents"_s;
        QTest::newRow("task not an object")
            << subscribed({}, {}, good + ",7") << u"subscribed.get_state.get_tasks.tasks"_s;
        QTest::newRow("two tasks without a comma")
            << subscribed({}, {}, good + " " + good) << u"subscribed.get_state.get_tasks.tasks"_s;
        QTest::newRow("list closed with a brace")
            << (json("{'type':'SUBSCRIBED','subscribed':{'get_state':{'get_tasks':{'tasks':[")
                + good + "}}}}")
            << u"subscribed.get_state.get_tasks.tasks"_s;
        const QByteArray whole = subscribed(agent(u"S1"_s, u"h1"_s, u"10.0.0.1"_s), {}, good);
        QTest::newRow("truncated after the tasks") << whole.left(whole.size() - 20) << QString();
        QTest::newRow("frameworks not a list")
            << (json("{'type':'SUBSCRIBED','subscribed':{'get_state':{'get_tasks':{'tasks':[")
                + good + json("]},'get_frameworks':{'frameworks':7}}}}"))
            << QString();
    }
    void refusesWhatTheWholeReadRefuses()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, path);
        QVERIFY(!MasterEventReader::read(record).ok());
        SubscribedRecordReader reader;
        const Result<MasterEvent> event = readInPieces(record, 5, &reader);
        QVERIFY(!event.ok());
        if (!path.isEmpty()) {
            QVERIFY(reader.hasError() || !event.ok());
            QCOMPARE(event.error().path, path);
        }
    }

    void stopsAtTheFirstBadTask()
    {
        const QByteArray bad = json("{'framework_id':{'value':'f'}}");
        SubscribedRecordReader reader;
        const QByteArray start
            = json("{'type':'SUBSCRIBED','subscribed':{'get_state':{'get_tasks':{'tasks':[") + bad
            + ",";
        reader.feed(start);
        QVERIFY(reader.hasError()); // known before the record's last byte
        reader.feed(task(u"t1"_s, u"fw-a"_s, u"S1"_s, u"TASK_RUNNING"_s));
        QCOMPARE(reader.tasksRead(), 0);
        QVERIFY(!reader.finish().ok());
    }
};

QTEST_GUILESS_MAIN(tst_SubscribedRecordReader)
#include "tst_subscribedrecordreader.moc"
