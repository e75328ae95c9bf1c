#include "eventjson.h"
#include "json/masterevent.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace EventJson;

class tst_MasterEventReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEachType()
    {
        const Result<MasterEvent> sub = MasterEventReader::read(
            subscribed(agent(u"S1"_s, u"h1"_s, u"10.0.0.1"_s), framework(u"fw-a"_s, u"web"_s),
                       task(u"t1"_s, u"fw-a"_s, u"S1"_s, u"TASK_KILLING"_s), 0.5));
        QVERIFY2(sub.ok(), qPrintable(sub.ok() ? QString() : sub.error().describe()));
        QCOMPARE(sub->type, MasterEvent::Type::Subscribed);
        QCOMPARE(sub->heartbeatIntervalSecs, 0.5);
        QCOMPARE(sub->cluster.agents.size(), 1);
        QCOMPARE(sub->cluster.agents.first().ip, u"10.0.0.1"_s);
        QCOMPARE(sub->cluster.frameworks.first().name, u"web"_s);
        QCOMPARE(sub->tasks.size(), 1);
        QCOMPARE(sub->tasks.first().agentId, u"S1"_s);
        QVERIFY(sub->tasks.first().live);
        QCOMPARE(sub->tasks.first().key, MasterEvent::taskKey("fw-a", "t1"));

        const Result<MasterEvent> updated
            = MasterEventReader::read(taskUpdated(u"t1"_s, u"fw-a"_s, u"S1"_s, u"TASK_LOST"_s));
        QVERIFY(updated.ok());
        QCOMPARE(updated->type, MasterEvent::Type::TaskUpdated);
        QCOMPARE(updated->task.key, MasterEvent::taskKey("fw-a", "t1"));
        QVERIFY(!updated->task.live);
        QCOMPARE(updated->task.frameworkId, u"fw-a"_s);

        const Result<MasterEvent> removed = MasterEventReader::read(agentRemoved(u"S9"_s));
        QCOMPARE(removed->type, MasterEvent::Type::AgentRemoved);
        QCOMPARE(removed->agentId, u"S9"_s);

        const Result<MasterEvent> fw
            = MasterEventReader::read(frameworkEvent("FRAMEWORK_REMOVED", u"fw-z"_s, u"z"_s));
        QCOMPARE(fw->type, MasterEvent::Type::FrameworkRemoved);
        QCOMPARE(fw->framework.id, u"fw-z"_s);

        const Result<MasterEvent> other
            = MasterEventReader::read(json("{'type':'OPERATION_UPDATED','x':1}"));
        QCOMPARE(other->type, MasterEvent::Type::Unknown);
        QCOMPARE(other->typeName, u"OPERATION_UPDATED"_s);
    }

    void keysKeepFrameworkAndTaskApart()
    {
        QVERIFY(MasterEvent::taskKey("ab", "c") != MasterEvent::taskKey("a", "bc"));
        QVERIFY(MasterEvent::taskKey("fw", "t1") != MasterEvent::taskKey("fw", "t2"));
        QCOMPARE(MasterEvent::taskKey("fw", "t1"), MasterEvent::taskKey("fw", "t1"));
    }

    void refusesWhatIsNotAnEvent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("not JSON") << QByteArray("HTTP/1.1 200") << QString();
        QTest::newRow("array") << QByteArray("[]") << QString();
        QTest::newRow("no type") << json("{'heartbeat':{}}") << u"type"_s;
        QTest::newRow("type not a string") << json("{'type':7}") << u"type"_s;
        QTest::newRow("TASK_ADDED without task_added")
            << json("{'type':'TASK_ADDED'}") << u"task_added"_s;
        QTest::newRow("payload of another type")
            << (json("{'type':'AGENT_ADDED','agent_removed':{'agent_id':{'value':'S1'}}}"))
            << u"agent_added"_s;
        QTest::newRow("task without task_id")
            << json("{'type':'TASK_ADDED','task_added':{'task':{'framework_id':{'value':'f'}}}}")
            << u"task_added"_s;
        QTest::newRow("TASK_UPDATED without state")
            << json("{'type':'TASK_UPDATED','task_updated':{'framework_id':{'value':'f'},"
                    "'status':{'task_id':{'value':'t'}}}}")
            << u"task_updated"_s;
        QTest::newRow("agent_id a number")
            << json("{'type':'AGENT_REMOVED','agent_removed':{'agent_id':{'value':5}}}")
            << u"agent_removed"_s;
    }
    void refusesWhatIsNotAnEvent()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const Result<MasterEvent> e = MasterEventReader::read(json);
        QVERIFY(!e.ok());
        QVERIFY(!e.error().describe().isEmpty());
        if (!path.isEmpty())
            QCOMPARE(e.error().path, path);
    }
};

QTEST_GUILESS_MAIN(tst_MasterEventReader)
#include "tst_mastereventreader.moc"
