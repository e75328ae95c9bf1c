#include "durationspec.h"
#include "live/agentdrain.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

Agent agent(const QString &id, const QString &host, const QString &ip)
{
    Agent a;
    a.id = id;
    a.hostname = host;
    a.ip = ip;
    return a;
}

} // namespace

// Agent drain states, naming agents by ID or hostname, and command-line durations.
class tst_AgentDrain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateOfAnAgent()
    {
        Agent a = agent(u"S1"_s, u"h1"_s, u"10.0.0.1"_s);
        QCOMPARE(AgentDrain::of(a), AgentDrain::State::None);
        a.deactivated = true;
        QCOMPARE(AgentDrain::of(a), AgentDrain::State::Deactivated);
        a.drainInfo = DrainInfo {DrainInfo::State::Draining, std::nullopt, false};
        QCOMPARE(AgentDrain::of(a), AgentDrain::State::Draining);
        a.drainInfo->state = DrainInfo::State::Drained;
        QCOMPARE(AgentDrain::of(a), AgentDrain::State::Drained);
        QCOMPARE(AgentDrain::combine(AgentDrain::State::Drained, AgentDrain::State::Draining),
                 AgentDrain::State::Draining);
        QCOMPARE(AgentDrain::combine(AgentDrain::State::Deactivated, AgentDrain::State::None),
                 AgentDrain::State::Deactivated);
        QCOMPARE(AgentDrain::name(AgentDrain::State::Drained), u"agent drained"_s);
        QVERIFY(AgentDrain::name(AgentDrain::State::None).isEmpty());
    }

    void namedByIdOrHostname()
    {
        const QList<Agent> agents = {agent(u"S1"_s, u"h1.example"_s, u"10.0.0.1"_s),
                                     agent(u"S2"_s, u"H2.example"_s, u"10.0.0.2"_s),
                                     agent(u"S3"_s, u"h2.example"_s, u"10.0.0.3"_s)};
        QCOMPARE(AgentDrain::named(agents, u"S3"_s).size(), 1);
        QCOMPARE(AgentDrain::named(agents, u"S3"_s).first().hostname, u"h2.example"_s);
        QCOMPARE(AgentDrain::named(agents, u"H1.EXAMPLE"_s).first().id, u"S1"_s);
        QCOMPARE(AgentDrain::named(agents, u"h2.example"_s).size(), 2);
        QVERIFY(AgentDrain::named(agents, u"nowhere"_s).isEmpty());
        const QList<Agent> on
            = AgentDrain::onMachine(agents, MachineId::of(u"h2.example"_s, u"10.0.0.3"_s));
        QCOMPARE(on.size(), 1);
        QCOMPARE(on.first().id, u"S3"_s);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ns"); // -1: refused
        const qint64 s = 1000000000;
        QTest::newRow("seconds") << u"90s"_s << 90 * s;
        QTest::newRow("bare seconds") << u"45"_s << 45 * s;
        QTest::newRow("minutes") << u"10m"_s << 600 * s;
        QTest::newRow("min") << u"10min"_s << 600 * s;
        QTest::newRow("compound") << u"1h30m"_s << 5400 * s;
        QTest::newRow("millis") << u"500ms"_s << 500000000LL;
        QTest::newRow("days") << u"2d"_s << 172800 * s;
        QTest::newRow("zero") << u"0s"_s << qint64(0);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("negative") << u"-5s"_s << qint64(-1);
        QTest::newRow("unit unknown") << u"5y"_s << qint64(-1);
        QTest::newRow("junk after") << u"5s!"_s << qint64(-1);
        QTest::newRow("bare in compound") << u"1h30"_s << qint64(-1);
        QTest::newRow("too many digits") << u"99999999999999999999s"_s << qint64(-1);
        QTest::newRow("saturates") << u"99999999999999999d"_s << std::numeric_limits<qint64>::max();
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ns);
        const std::optional<qint64> parsed = DurationSpec::parseNs(text);
        if (ns < 0) {
            QVERIFY(!parsed);
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(*parsed, ns);
        if (ns != std::numeric_limits<qint64>::max())
            QCOMPARE(DurationSpec::parseNs(DurationSpec::format(ns)), std::optional<qint64>(ns));
    }

    void formats()
    {
        QCOMPARE(DurationSpec::format(5400LL * 1000000000), u"1h30m"_s);
        QCOMPARE(DurationSpec::format(0), u"0s"_s);
        QCOMPARE(DurationSpec::format(1500000000LL), u"1500ms"_s);
    }
};

QTEST_GUILESS_MAIN(tst_AgentDrain)
#include "tst_agentdrain.moc"
