// `slipwayctl down` and `up` against the simulated master: what DOWN does to each machine, bare
// hostnames, and the refusals checked before anything is sent.

#include "cliwritefixture.h"

using namespace Qt::StringLiterals;

class tst_CliDownUp : public QObject, public CliWriteFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(prepare()); }
    void init() { QVERIFY2(startMaster(), qPrintable(m_sim.output())); }

    void downAndUp()
    {
        // h1 has three tasks and two frameworks that never answered.
        Run r
            = run(master() + QStringList {u"down"_s, u"h1/10.0.0.1"_s, u"h2/10.0.0.2"_s}, u"y\n"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"  h1 (10.0.0.1): DRAINING -> DOWN; its agents are shut down, "
                                "3 task(s) will be lost (TASK_LOST); blocked: "_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"web has not answered"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"batch has not answered"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"  h2 (10.0.0.2): DRAINING -> DOWN; its agents are shut down\n"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.endsWith(u"down: 2 machine(s) now DOWN\n"_s), qPrintable(r.out));
        QVERIFY(r.err.contains(u"Bring 2 machine(s) down? [y/N] "_s));
        const QByteArray status = liveStatus();
        QVERIFY(status.contains(R"({"hostname":"h1","ip":"10.0.0.1"})"));
        QVERIFY(status.contains(R"({"hostname":"h2","ip":"10.0.0.2"})"));

        r = run(master() + QStringList {u"up"_s, u"h2/10.0.0.2"_s, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.endsWith(u"up: 1 machine(s) now UP\n"_s), qPrintable(r.out));
        // /machine/up takes the machine out of the schedule.
        QVERIFY(!liveSchedule().contains("\"h2\""));
        QVERIFY(!liveStatus().contains("\"h2\""));
    }

    // Issue 12: a bare hostname names the machine when it is unique, else the candidates.
    void bareHostnameResolved()
    {
        Run r = run(master() + QStringList {u"down"_s, u"H2"_s, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"h2 (10.0.0.2): DRAINING -> DOWN"_s), qPrintable(r.out));
        QVERIFY(liveStatus().contains(R"({"hostname":"h2","ip":"10.0.0.2"})"));
        r = run(master() + QStringList {u"up"_s, u"h2"_s, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!liveStatus().contains("\"h2\""));

        // h1 is an agent at 10.0.0.1 and scheduled at 10.0.0.9 too: refused, naming both.
        QByteArray scenario = kScenario;
        scenario.replace(R"({"hostname": "h2", "ip": "10.0.0.2"},)",
                         R"({"hostname": "h1", "ip": "10.0.0.9"},)");
        QVERIFY2(scenario != kScenario, "the scenario changed");
        QVERIFY2(m_sim.start(m_sim.scenario(scenario)), qPrintable(m_sim.output()));
        const QByteArray status = liveStatus();
        r = run(master() + QStringList {u"down"_s, u"h1"_s, u"--yes"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"'h1' names more than one machine; give HOSTNAME/IP, one of: "
                                "h1/10.0.0.1, h1/10.0.0.9"_s),
                 qPrintable(r.err));
        QCOMPARE(liveStatus(), status);
    }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("text");
        QTest::newRow("down UP machine")
            << QStringList {u"down"_s, u"h4/10.0.0.4"_s}
            << u"Machine '{\"hostname\":\"h4\",\"ip\":\"10.0.0.4\"}' is not in DRAINING mode and "
               "cannot be brought down"_s;
        QTest::newRow("down unknown machine")
            << QStringList {u"down"_s, u"h9/10.0.0.9"_s}
            << u"Machine '{\"hostname\":\"h9\",\"ip\":\"10.0.0.9\"}' is not part of a maintenance "
               "schedule"_s;
        QTest::newRow("up DRAINING machine")
            << QStringList {u"up"_s, u"h1/10.0.0.1"_s}
            << u"Machine '{\"hostname\":\"h1\",\"ip\":\"10.0.0.1\"}' is not in DOWN mode and "
               "cannot be brought up"_s;
        QTest::newRow("duplicate")
            << QStringList {u"down"_s, u"h1/10.0.0.1"_s, u"H1/10.0.0.1"_s}
            << u"Machine '{\"hostname\":\"H1\",\"ip\":\"10.0.0.1\"}' appears more than once in "
               "the schedule"_s;
        QTest::newRow("bad IP") << QStringList {u"down"_s, u"h1/10.0.0"_s}
                                << u"Failed to parse IPv4: 10.0.0"_s;
    }
    void refusedBeforeSending()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, text);
        const QByteArray status = liveStatus();
        const Run r = run(master() + args + QStringList {u"--yes"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.split(u'\n').contains(text), qPrintable(r.err));
        QCOMPARE(liveStatus(), status);
    }
};

QTEST_GUILESS_MAIN(tst_CliDownUp)
#include "tst_cli_downup.moc"
