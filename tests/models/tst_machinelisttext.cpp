#include "planning/machinelisttext.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Entry = MachineListText::Entry;

class tst_MachineListText : public QObject
{
    Q_OBJECT

    const QList<MachineId> m_machines {
        MachineId::of(u"node-1"_s, u"10.0.0.1"_s), MachineId::of(u"node-2"_s, u"10.0.0.2"_s),
        MachineId::of(u"node-2"_s, u"10.0.9.2"_s),
        MachineId::of(u"db.example.com"_s, u"10.1.0.1"_s), MachineId {std::nullopt, u"10.2.0.1"_s}};

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<Entry>>("expected");
        QTest::newRow("hostnames, one a line")
            << u"node-1\nnode-2\n"_s
            << QList<Entry> {{u"node-1"_s, {}, u"node-1"_s}, {u"node-2"_s, {}, u"node-2"_s}};
        QTest::newRow("separators") << u" node-1, node-2;\tnode-3  "_s
                                    << QList<Entry> {{u"node-1"_s, {}, u"node-1"_s},
                                                     {u"node-2"_s, {}, u"node-2"_s},
                                                     {u"node-3"_s, {}, u"node-3"_s}};
        QTest::newRow("HOST/IP and /IP")
            << u"node-1/10.0.0.1 /10.2.0.1"_s
            << QList<Entry> {{u"node-1"_s, u"10.0.0.1"_s, u"node-1/10.0.0.1"_s},
                             {{}, u"10.2.0.1"_s, u"/10.2.0.1"_s}};
        QTest::newRow("as Slipway prints it")
            << u"node-1 (10.0.0.1)"_s
            << QList<Entry> {{u"node-1"_s, u"10.0.0.1"_s, u"node-1 10.0.0.1"_s}};
        QTest::newRow("hosts file")
            << u"10.0.0.1   node-1   # rack 4"_s
            << QList<Entry> {{u"node-1"_s, u"10.0.0.1"_s, u"10.0.0.1 node-1"_s}};
        QTest::newRow("bare IP") << u"10.0.9.2"_s
                                 << QList<Entry> {{{}, u"10.0.9.2"_s, u"10.0.9.2"_s}};
        QTest::newRow("comments and blank lines")
            << u"# from the ticket\n\n  \n"_s << QList<Entry> {};
        QTest::newRow("a number is not an IP")
            << u"node 12"_s << QList<Entry> {{u"node"_s, {}, u"node"_s}, {u"12"_s, {}, u"12"_s}};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QList<Entry>, expected);
        const QList<Entry> entries = MachineListText::parse(text);
        QCOMPARE(entries.size(), expected.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries[i].hostname, expected[i].hostname);
            QCOMPARE(entries[i].ip, expected[i].ip);
            QCOMPARE(entries[i].text, expected[i].text);
        }
    }

    void looksLikeIp()
    {
        QVERIFY(MachineListText::looksLikeIp(u"10.0.0.1"));
        QVERIFY(MachineListText::looksLikeIp(u"fe80::1"));
        QVERIFY(!MachineListText::looksLikeIp(u"10.0.0.256"));
        QVERIFY(!MachineListText::looksLikeIp(u"10.0.0"));
        QVERIFY(!MachineListText::looksLikeIp(u"node-1"));
        QVERIFY(!MachineListText::looksLikeIp(u"cafe"));
    }

    void matchFindsAndReports()
    {
        const auto match = MachineListText::match(
            MachineListText::parse(u"NODE-1\nnode-2/10.0.9.2\n10.2.0.1\nnode-7\nnode-1/10.9.9.9"_s),
            m_machines);
        // In table order, each once; the hostname matches ignoring case.
        const QList<MachineId> found {m_machines[0], m_machines[2], m_machines[4]};
        QCOMPARE(match.found, found);
        QCOMPARE(match.notFound, (QStringList {u"node-7"_s, u"node-1/10.9.9.9"_s}));
    }

    void hostnameAloneMatchesEveryIp()
    {
        const auto match
            = MachineListText::match(MachineListText::parse(u"node-2 node-2"_s), m_machines);
        QCOMPARE(match.found, (QList<MachineId> {m_machines[1], m_machines[2]}));
        QVERIFY(match.notFound.isEmpty());
    }

    void emptyTextMatchesNothing()
    {
        const auto match = MachineListText::match(MachineListText::parse(u""_s), m_machines);
        QVERIFY(match.found.isEmpty());
        QVERIFY(match.notFound.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_MachineListText)
#include "tst_machinelisttext.moc"
