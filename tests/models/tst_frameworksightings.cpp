#include "alerts/frameworksightings.h"
#include "live/livesnapshot.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 T0 = 1800000000000;

LiveSnapshot snapshot(qint64 takenAtMs, const QStringList &frameworks)
{
    LiveSnapshot s;
    s.takenAtMs = takenAtMs;
    for (const QString &id : frameworks)
        s.cluster.frameworks.append({id, id, true});
    return s;
}

} // namespace

class tst_FrameworkSightings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laterFrameworksCountFromTheirFirstSighting()
    {
        FrameworkSightings s;
        s.observe(snapshot(T0, {u"a"_s, u"b"_s}), T0 + 5);
        QVERIFY(s.since().isEmpty()); // there at the first look: unknown
        s.observe(snapshot(T0 + 1000, {u"a"_s, u"b"_s, u"c"_s}), T0 + 1005);
        QCOMPARE(s.since(), (QHash<QString, qint64> {{u"c"_s, T0 + 1000}})); // the snapshot's time
        s.observe(snapshot(T0 + 2000, {u"a"_s, u"b"_s, u"c"_s}), T0 + 2005);
        QCOMPARE(s.since().value(u"c"_s), T0 + 1000); // the first sighting stays
        // Without a snapshot time: the time given.
        s.observe(snapshot(0, {u"a"_s, u"b"_s, u"c"_s, u"d"_s}), T0 + 3000);
        QCOMPARE(s.since().value(u"d"_s), T0 + 3000);
    }

    void aFrameworkThatLeavesIsForgotten()
    {
        FrameworkSightings s;
        s.observe(snapshot(T0, {u"a"_s}), T0);
        s.observe(snapshot(T0 + 1000, {u"b"_s}), T0 + 1000); // a gone, b new
        QCOMPARE(s.since(), (QHash<QString, qint64> {{u"b"_s, T0 + 1000}}));
        s.observe(snapshot(T0 + 2000, {}), T0 + 2000);
        QVERIFY(s.since().isEmpty());
        s.observe(snapshot(T0 + 3000, {u"a"_s, u"b"_s}), T0 + 3000); // both registered again
        QCOMPARE(s.since(), (QHash<QString, qint64> {{u"a"_s, T0 + 3000}, {u"b"_s, T0 + 3000}}));
        s.reset();
        s.observe(snapshot(T0 + 4000, {u"a"_s, u"c"_s}), T0 + 4000);
        QVERIFY(s.since().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FrameworkSightings)
#include "tst_frameworksightings.moc"
