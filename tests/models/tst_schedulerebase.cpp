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

    // Every combination of add / remove / move on each side for one machine `x`, beside a
    // bystander `y` that nobody touches. Times: 0 = not in the schedule, 1 = the origin's time,
    // 2 and 3 = two other times. Issue 10 item 7: their removal (a Machine Up) stays when ours
    // did not touch the machine; the same change on both sides is no conflict.
    void threeWay_data()
    {
        QTest::addColumn<int>("origin");
        QTest::addColumn<int>("ours");
        QTest::addColumn<int>("theirs");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("conflict");
        // Not in the origin: nobody, ours adds, theirs adds, both add (same or other times).
        QTest::newRow("-/-") << 0 << 0 << 0 << 0 << false;
        QTest::newRow("-/add") << 0 << 0 << 2 << 2 << false;
        QTest::newRow("add/-") << 0 << 2 << 0 << 2 << false;
        QTest::newRow("add/add same") << 0 << 2 << 2 << 2 << false;
        QTest::newRow("add/add other") << 0 << 2 << 3 << 2 << true;
        // In the origin at time 1.
        QTest::newRow("-/-") << 1 << 1 << 1 << 1 << false;
        QTest::newRow("-/remove (Machine Up)") << 1 << 1 << 0 << 0 << false;
        QTest::newRow("-/move") << 1 << 1 << 2 << 2 << false;
        QTest::newRow("remove/-") << 1 << 0 << 1 << 0 << false;
        QTest::newRow("move/-") << 1 << 2 << 1 << 2 << false;
        QTest::newRow("remove/remove") << 1 << 0 << 0 << 0 << false;
        QTest::newRow("remove/move") << 1 << 0 << 2 << 0 << true;
        QTest::newRow("move/remove") << 1 << 2 << 0 << 2 << true;
        QTest::newRow("move/move same") << 1 << 2 << 2 << 2 << false;
        QTest::newRow("move/move other") << 1 << 2 << 3 << 2 << true;
    }

    void threeWay()
    {
        QFETCH(int, origin);
        QFETCH(int, ours);
        QFETCH(int, theirs);
        QFETCH(int, expected);
        QFETCH(bool, conflict);
        const auto at = [](int slot) {
            return Unavailability {slot * 10 * kHour, kHour};
        };
        const auto schedule = [&](int slot) {
            Schedule s;
            s.windows.append({{m("y")}, at(1)});
            if (slot == 1)
                s.windows[0].machines.append(m("x"));
            else if (slot > 1)
                s.windows.append({{m("x")}, at(slot)});
            return s;
        };
        const auto placement = [&](int slot) {
            return slot == 0 ? std::nullopt : std::optional<Unavailability>(at(slot));
        };
        const ScheduleRebase r
            = ScheduleRebase::rebase(schedule(origin), schedule(ours), schedule(theirs));
        QCOMPARE(r.result.windowOf(m("x")).has_value(), expected != 0);
        if (expected != 0) {
            const MaintenanceWindow &w = r.result.windows[*r.result.windowOf(m("x"))];
            QCOMPARE(w.unavailability, at(expected));
        }
        QVERIFY(r.result.windowOf(m("y")).has_value());
        QCOMPARE(r.result.windows[*r.result.windowOf(m("y"))].unavailability, at(1));
        QCOMPARE(r.result.machineCount(), expected != 0 ? 2 : 1);
        if (conflict) {
            const ScheduleRebase::Conflict c {m("x"), placement(origin), placement(ours),
                                              placement(theirs)};
            QCOMPARE(r.conflicts, QList<ScheduleRebase::Conflict> {c});
        } else {
            QVERIFY(r.conflicts.isEmpty());
        }
    }

    // The issue as a person met it: a colleague brought up `a` (the master removed it from the
    // schedule) while our draft moved `b` out of the same window.
    void theirMachineUpSurvivesOurEditOfTheSameWindow()
    {
        Schedule origin;
        origin.windows.append({{m("a"), m("b")}, {kHour, kHour}});
        Schedule draft;
        draft.windows.append({{m("a")}, {kHour, kHour}});
        draft.windows.append({{m("b")}, {4 * kHour, kHour}});
        Schedule live;
        live.windows.append({{m("b")}, {kHour, kHour}});
        const ScheduleRebase r = ScheduleRebase::rebase(origin, draft, live);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.result.windows.size(), 1);
        QCOMPARE(r.result.windows[0].machines, QList<MachineId> {m("b")});
        QCOMPARE(r.result.windows[0].unavailability.startNs, 4 * kHour);
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
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts[0].machine, m("a"));
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
