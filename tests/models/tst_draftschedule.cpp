#include "maintenancevalidator.h"
#include "planning/draftschedule.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

namespace {

constexpr qint64 H = 3'600'000'000'000LL;

MachineId m(int i)
{
    return MachineId::of(QStringLiteral("host-%1").arg(i), QStringLiteral("10.0.0.%1").arg(i));
}

Unavailability at(qint64 hours, std::optional<qint64> durationHours = 2)
{
    Unavailability u;
    u.startNs = hours * H;
    if (durationHours)
        u.durationNs = *durationHours * H;
    return u;
}

Schedule liveSchedule()
{
    Schedule s;
    s.windows.append(MaintenanceWindow {{m(1), m(2)}, at(10)});
    s.windows.append(MaintenanceWindow {{m(3)}, at(20, std::nullopt)});
    return s;
}

} // namespace

class tst_DraftSchedule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addWindowAcceptsAndReports()
    {
        DraftSchedule draft;
        QSignalSpy changed(&draft, &DraftSchedule::machinesChanged);
        WindowId id = 0;
        QVERIFY(!draft.addWindow({m(1), m(2)}, at(1), &id));
        QVERIFY(id != 0);
        QCOMPARE(draft.windowIdOf(m(1)), id);
        QCOMPARE(draft.windowIdOf(m(2)), id);
        QCOMPARE(draft.windowIdOf(m(3)), WindowId(0));
        QCOMPARE(changed.count(), 1);
        const auto machines = changed.at(0).at(0).value<QList<MachineId>>();
        QCOMPARE(machines.size(), 2);
        QVERIFY(machines.contains(m(1)) && machines.contains(m(2)));
        QCOMPARE(draft.changeOf(m(1)), DraftSchedule::Change::Added);
        QVERIFY(draft.isModified());
    }

    void refusals_data()
    {
        QTest::addColumn<QList<MachineId>>("machines");
        QTest::addColumn<qint64>("duration");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << QList<MachineId> {} << 2 * H << QStringLiteral("at least one");
        QTest::newRow("negative") << QList<MachineId> {m(5)} << -H
                                  << QStringLiteral("before it starts");
        QTest::newRow("twice") << QList<MachineId> {m(5), m(5)} << H << QStringLiteral("twice");
        QTest::newRow("in another window")
            << QList<MachineId> {m(5), m(1)} << H << QStringLiteral("only one window");
        QTest::newRow("bad ip") << QList<MachineId> {MachineId::of(QStringLiteral("x"),
                                                                   QStringLiteral("1.2.3"))}
                                << H << QStringLiteral("Failed to parse IPv4");
    }
    void refusals()
    {
        QFETCH(QList<MachineId>, machines);
        QFETCH(qint64, duration);
        QFETCH(QString, fragment);
        DraftSchedule draft;
        QVERIFY(!draft.addWindow({m(1)}, at(1)));
        const QList<DraftWindow> before = draft.windows();
        QSignalSpy changed(&draft, &DraftSchedule::machinesChanged);
        Unavailability u = at(3);
        u.durationNs = duration;
        const auto refusal = draft.addWindow(machines, u);
        QVERIFY(refusal);
        QVERIFY2(refusal->contains(fragment), qPrintable(*refusal));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(draft.windows(), before);
    }

    void downMachinesStayInTheSchedule()
    {
        DraftSchedule draft;
        draft.setLiveSchedule(liveSchedule());
        draft.setDownMachines({m(1)});
        const WindowId id = draft.windowIdOf(m(1));
        QVERIFY(draft.isDown(m(1)));

        auto refusal = draft.removeWindow(id);
        QVERIFY(refusal);
        QVERIFY(refusal->contains(QStringLiteral("DOWN")));
        refusal = draft.removeMachines({m(1)});
        QVERIFY(refusal);
        QCOMPARE(draft.windowIdOf(m(1)), id);

        // Moving keeps the machine scheduled, which the master allows.
        QVERIFY(!draft.setUnavailability(id, at(30)));
        QVERIFY(!draft.removeMachines({m(2)}));
        QCOMPARE(draft.window(id)->window.machines, QList<MachineId> {m(1)});
        QVERIFY(!MaintenanceValidator::checkSchedule(draft.schedule(), {m(1)}));
    }

    void moveMachinesBetweenWindows()
    {
        DraftSchedule draft;
        draft.setLiveSchedule(liveSchedule());
        const WindowId first = draft.windowIdOf(m(1));
        const WindowId second = draft.windowIdOf(m(3));
        QVERIFY(!draft.moveMachinesToWindow({m(3), m(4)}, first));
        QCOMPARE(draft.windowIdOf(m(3)), first);
        QCOMPARE(draft.windowIdOf(m(4)), first);
        QVERIFY(!draft.window(second)); // left empty, so gone
        QCOMPARE(draft.windows().size(), 1);
        QCOMPARE(draft.window(first)->window.machines.size(), 4);
        QVERIFY(draft.moveMachinesToWindow({m(1)}, first)); // already there
        QVERIFY(draft.moveMachinesToWindow({m(9)}, 12345)); // no such window
    }

    void followsLiveUntilEdited()
    {
        DraftSchedule draft;
        draft.setLiveSchedule(liveSchedule());
        QVERIFY(!draft.isModified());
        QCOMPARE(draft.schedule(), liveSchedule());
        const WindowId id = draft.windowIdOf(m(1));

        Schedule live2 = liveSchedule();
        live2.windows[0].unavailability = at(11);
        draft.setLiveSchedule(live2);
        QCOMPARE(draft.schedule(), live2);
        QCOMPARE(draft.windowIdOf(m(1)), id); // identity survives a refresh

        QVERIFY(!draft.setUnavailability(id, at(15)));
        QVERIFY(!draft.removeMachines({m(3)}));
        QVERIFY(!draft.addWindow({m(7)}, at(40)));
        QCOMPARE(draft.changeOf(m(1)), DraftSchedule::Change::Moved);
        QCOMPARE(draft.changeOf(m(3)), DraftSchedule::Change::Removed);
        QCOMPARE(draft.changeOf(m(7)), DraftSchedule::Change::Added);
        QCOMPARE(draft.changeOf(m(8)), DraftSchedule::Change::Unchanged);
        QCOMPARE(draft.baseUnavailabilityOf(m(1)), std::optional<Unavailability>(at(11)));

        Schedule live3 = live2;
        live3.windows[1].unavailability = at(25);
        QSignalSpy changed(&draft, &DraftSchedule::machinesChanged);
        draft.setLiveSchedule(live3);
        QCOMPARE(changed.count(), 1); // only the base moved; the draft keeps its edits
        QCOMPARE(changed.at(0).at(0).value<QList<MachineId>>(), QList<MachineId> {m(3)});
        QCOMPARE(draft.window(id)->window.unavailability, at(15));

        draft.revertToBase();
        QCOMPARE(draft.schedule(), live3);
        QVERIFY(!draft.isModified());
    }

    void replaceScheduleChecksTheRules()
    {
        DraftSchedule draft;
        draft.setLiveSchedule(liveSchedule());
        draft.setDownMachines({m(3)});
        Schedule imported;
        imported.windows.append(MaintenanceWindow {{m(1), m(5)}, at(30)});
        auto refusal = draft.replaceSchedule(imported); // drops DOWN m(3)
        QVERIFY(refusal);
        QVERIFY2(refusal->contains(QStringLiteral("cannot be removed")), qPrintable(*refusal));
        QCOMPARE(draft.schedule(), liveSchedule());
        imported.windows.append(MaintenanceWindow {{m(3)}, at(40)});
        QVERIFY(!draft.replaceSchedule(imported));
        QCOMPARE(draft.schedule(), imported);
        QCOMPARE(draft.base(), liveSchedule());
        QCOMPARE(draft.changeOf(m(5)), DraftSchedule::Change::Added);
    }

    void restoreIsExact()
    {
        DraftSchedule draft;
        draft.setLiveSchedule(liveSchedule());
        const QList<DraftWindow> before = draft.windows();
        QVERIFY(!draft.addWindow({m(8), m(9)}, at(50)));
        const QList<DraftWindow> after = draft.windows();
        QSignalSpy changed(&draft, &DraftSchedule::machinesChanged);
        draft.restore(before);
        QCOMPARE(draft.windows(), before);
        QCOMPARE(draft.windowIdOf(m(8)), WindowId(0));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QList<MachineId>>().size(), 2);
        draft.restore(after);
        QCOMPARE(draft.windows(), after);
        QVERIFY(draft.windowIdOf(m(8)) != 0);
    }

    void timeExtent()
    {
        DraftSchedule draft;
        QVERIFY(!draft.timeExtent(H));
        draft.setLiveSchedule(liveSchedule()); // 10 h for 2 h, and 20 h open-ended
        using Extent = DraftSchedule::TimeExtent;
        QCOMPARE(draft.timeExtent(0), (Extent {10 * H, 20 * H}));
        QCOMPARE(draft.timeExtent(12 * H), (Extent {10 * H, 32 * H}));
        QVERIFY(!draft.addWindow({m(4)}, at(5, 1)));
        QCOMPARE(draft.timeExtent(0), (Extent {5 * H, 20 * H}));
        // A window near the end of time does not overflow the end.
        QVERIFY(!draft.addWindow(
            {m(5)}, Unavailability {std::numeric_limits<qint64>::max() - H, std::nullopt}));
        QCOMPARE(draft.timeExtent(12 * H)->endNs, std::numeric_limits<qint64>::max());
    }
};

QTEST_GUILESS_MAIN(tst_DraftSchedule)
#include "tst_draftschedule.moc"
