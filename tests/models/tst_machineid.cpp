#include "machineid.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_MachineId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equality_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << u"h/1.2.3.4"_s << u"h/1.2.3.4"_s << true;
        QTest::newRow("hostname case") << u"Host/1.2.3.4"_s << u"hOST/1.2.3.4"_s << true;
        QTest::newRow("ip differs") << u"h/1.2.3.4"_s << u"h/1.2.3.5"_s << false;
        QTest::newRow("hostname only vs both") << u"h"_s << u"h/1.2.3.4"_s << false;
        QTest::newRow("ip only vs both") << u"/1.2.3.4"_s << u"h/1.2.3.4"_s << false;
        QTest::newRow("ip only") << u"/1.2.3.4"_s << u"/1.2.3.4"_s << true;
        QTest::newRow("non-ascii case is not folded") << u"Ä"_s << u"ä"_s << false;
    }
    void equality()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        const MachineId x = *MachineId::fromSpec(a);
        const MachineId y = *MachineId::fromSpec(b);
        QCOMPARE(x == y, equal);
        if (equal)
            QCOMPARE(qHash(x), qHash(y));
        QSet<MachineId> set {x};
        QCOMPARE(set.contains(y), equal);
    }

    void presenceCounts()
    {
        // An explicitly empty hostname is present; an absent one is not (API.md §3.2).
        MachineId empty;
        empty.hostname = QString();
        empty.ip = u"1.2.3.4"_s;
        QVERIFY(empty != *MachineId::fromSpec(u"/1.2.3.4"));
    }

    void spec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("display");
        QTest::newRow("both") << u"a.example/10.0.0.1"_s << true << u"a.example (10.0.0.1)"_s;
        QTest::newRow("host") << u"a.example"_s << true << u"a.example"_s;
        QTest::newRow("ip") << u"/10.0.0.1"_s << true << u"(10.0.0.1)"_s;
        QTest::newRow("empty") << QString() << false << QString();
        QTest::newRow("slash only") << u"/"_s << false << QString();
        QTest::newRow("two slashes") << u"a/b/c"_s << false << QString();
    }
    void spec()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QFETCH(QString, display);
        const std::optional<MachineId> id = MachineId::fromSpec(spec);
        QCOMPARE(id.has_value(), valid);
        if (valid) {
            QCOMPARE(id->displayName(), display);
            QCOMPARE(id->toSpec(), spec.startsWith(u'/') ? spec : spec);
        }
    }

    void lookupKeys()
    {
        const QString nul(1, QChar(u'\0'));
        QCOMPARE(MachineId::of(u"Node-7.Example"_s, u"10.0.0.7"_s).lookupKey(),
                 u"hinode-7.example"_s + nul + u"10.0.0.7"_s);
        QCOMPARE((MachineId {u"H"_s, std::nullopt}).lookupKey(), u"h-h"_s + nul);
        QCOMPARE((MachineId {std::nullopt, u"10.0.0.1"_s}).lookupKey(),
                 u"-i"_s + nul + u"10.0.0.1"_s);
        // Equal machines, equal keys; hostnames lower-cased as ASCII only.
        QCOMPARE(MachineId::of(u"A\u00c9b"_s, u"ip"_s).lookupKey(),
                 MachineId::of(u"a\u00c9B"_s, u"ip"_s).lookupKey());
        QCOMPARE(asciiLower(u"AbC\u00c9"_s), u"abc\u00c9"_s);
        const QString lower = QString::fromLatin1("already.lower"); // on the heap
        QVERIFY(asciiLower(lower).isSharedWith(lower));
    }
};

QTEST_GUILESS_MAIN(tst_MachineId)
#include "tst_machineid.moc"
