#include "schedulediff.h"

#include <QTest>

using namespace Qt::StringLiterals;

static MachineId m(const char *host)
{
    return *MachineId::fromSpec(QString::fromLatin1(host));
}
static constexpr qint64 kHour = 3600000000000LL;

class tst_ScheduleDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identical()
    {
        Schedule s;
        s.windows.append({{m("a"), m("b")}, {kHour, kHour}});
        QVERIFY(ScheduleDiff::compute(s, s).isEmpty());
        QVERIFY(ScheduleDiff::compute(Schedule(), Schedule()).isEmpty());
    }

    void addedAndRemoved()
    {
        Schedule base;
        base.windows.append({{m("a"), m("b")}, {kHour, kHour}});
        Schedule draft;
        draft.windows.append({{m("c")}, {2 * kHour, std::nullopt}});
        const ScheduleDiff d = ScheduleDiff::compute(base, draft);
        QCOMPARE(d.count(ScheduleDiff::WindowChange::Kind::Added), 1);
        QCOMPARE(d.count(ScheduleDiff::WindowChange::Kind::Removed), 1);
        QCOMPARE(d.count(ScheduleDiff::MachineChange::Kind::Added), 1);
        QCOMPARE(d.count(ScheduleDiff::MachineChange::Kind::Removed), 2);
        QCOMPARE(d.describe().size(), 5);
    }

    // Issue 12: the submit preview writes times in the zone the app shows.
    void describeInATimeZone()
    {
        Schedule base;
        Schedule draft;
        draft.windows.append({{m("a")}, {1767571200LL * 1'000'000'000, 2 * kHour}});
        const ScheduleDiff d = ScheduleDiff::compute(base, draft);
        QCOMPARE(d.describe().first(), u"+ window 1: 2026-01-05T00:00:00Z for 2h, 1 machine(s)"_s);
        const QTimeZone plusTwo(2 * 3600);
        QCOMPARE(d.describe(plusTwo).first(),
                 u"+ window 1: 2026-01-05T02:00:00+02:00 for 2h, 1 machine(s)"_s);
        QCOMPARE(ScheduleDiff::formatUnavailability(draft.windows[0].unavailability, plusTwo),
                 u"2026-01-05T02:00:00+02:00 for 2h"_s);
    }

    void movedAndResized()
    {
        Schedule base;
        base.windows.append({{m("a"), m("b")}, {kHour, kHour}});
        base.windows.append({{m("c")}, {5 * kHour, kHour}});
        Schedule draft = base;
        draft.windows[0].unavailability.startNs += kHour; // moved
        draft.windows[1].unavailability.durationNs = 3 * kHour; // resized
        const ScheduleDiff d = ScheduleDiff::compute(base, draft);
        QCOMPARE(d.windows.size(), 2);
        QCOMPARE(d.windows[0].kind, ScheduleDiff::WindowChange::Kind::Moved);
        QCOMPARE(d.windows[1].kind, ScheduleDiff::WindowChange::Kind::Resized);
        QCOMPARE(d.count(ScheduleDiff::MachineChange::Kind::Retimed), 3);
        QCOMPARE(*d.windows[0].before, base.windows[0].unavailability);
        QCOMPARE(*d.windows[0].after, draft.windows[0].unavailability);
    }

    void machineMovedBetweenWindows()
    {
        Schedule base;
        base.windows.append({{m("a"), m("b"), m("c")}, {kHour, kHour}});
        base.windows.append({{m("d"), m("e")}, {3 * kHour, kHour}});
        Schedule draft = base;
        draft.windows[0].machines.removeAll(m("c"));
        draft.windows[1].machines.append(m("C")); // same machine, other spelling
        const ScheduleDiff d = ScheduleDiff::compute(base, draft);
        QVERIFY(d.windows.isEmpty());
        QCOMPARE(d.machines.size(), 1);
        QCOMPARE(d.machines[0].kind, ScheduleDiff::MachineChange::Kind::MovedBetweenWindows);
        QCOMPARE(d.machines[0].baseWindow, 0);
        QCOMPARE(d.machines[0].draftWindow, 1);
        QVERIFY(d.describe().constFirst().contains(u"window 1 -> window 2"));
    }

    void reorderedWindowsAreNotChanges()
    {
        Schedule base;
        base.windows.append({{m("a")}, {kHour, kHour}});
        base.windows.append({{m("b")}, {2 * kHour, kHour}});
        Schedule draft;
        draft.windows = {base.windows[1], base.windows[0]};
        QVERIFY(ScheduleDiff::compute(base, draft).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleDiff)
#include "tst_schedulediff.moc"
