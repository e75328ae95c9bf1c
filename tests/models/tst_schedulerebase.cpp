#include "schedulerebase.h"

#include <QTest>

static MachineId m(const char *host)
{
    return *MachineId::fromSpec(QString::fromLatin1(host));
}
static constexpr qint64 kHour = 3600000000000LL;

class tst_ScheduleRebase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsBothWhenDisjoint()
    {
        Schedule base;
        base.windows.append({{m("a")}, {kHour, kHour}});
        Schedule draft = base;
        draft.windows.append({{m("b")}, {5 * kHour, kHour}}); // ours: add b
        Schedule live = base;
        live.windows[0].machines.append(m("c")); // theirs: add c to a's window
        const ScheduleRebase r = ScheduleRebase::rebase(base, draft, live);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.result.windows.size(), 2);
        QCOMPARE(r.result.windows[0].machines, (QList<MachineId> {m("a"), m("c")}));
        QCOMPARE(r.result.windows[1].machines, QList<MachineId> {m("b")});
    }

    void ourRemovalAndTheirAddition()
    {
        Schedule base;
        base.windows.append({{m("a"), m("b")}, {kHour, kHour}});
        Schedule draft;
        draft.windows.append({{m("a")}, {kHour, kHour}}); // ours: drop b
        Schedule live = base;
        live.windows.append({{m("d")}, {9 * kHour, std::nullopt}}); // theirs: new window d
        const ScheduleRebase r = ScheduleRebase::rebase(base, draft, live);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.result.windows.size(), 2);
        QCOMPARE(r.result.windows[0].machines, QList<MachineId> {m("a")});
        QCOMPARE(r.result.windows[1].machines, QList<MachineId> {m("d")});
    }

    void conflictIsListedAndOursWins()
    {
        Schedule base;
        base.windows.append({{m("a")}, {kHour, kHour}});
        Schedule draft;
        draft.windows.append({{m("a")}, {2 * kHour, kHour}}); // ours: move a
        Schedule live;
        live.windows.append({{m("a")}, {3 * kHour, kHour}}); // theirs: move a elsewhere
        const ScheduleRebase r = ScheduleRebase::rebase(base, draft, live);
        QCOMPARE(r.conflicts, QList<MachineId> {m("a")});
        QCOMPARE(r.result.windows.size(), 1);
        QCOMPARE(r.result.windows[0].unavailability.startNs, 2 * kHour);
    }

    void ourMovedWindowJoinsTheirSameTimeWindow()
    {
        Schedule base;
        Schedule draft;
        draft.windows.append({{m("x")}, {7 * kHour, kHour}});
        Schedule live;
        live.windows.append({{m("y")}, {7 * kHour, kHour}});
        const ScheduleRebase r = ScheduleRebase::rebase(base, draft, live);
        QCOMPARE(r.result.windows.size(), 1);
        QCOMPARE(r.result.windows[0].machines, (QList<MachineId> {m("y"), m("x")}));
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleRebase)
#include "tst_schedulerebase.moc"
