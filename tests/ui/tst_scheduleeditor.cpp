#include "commands/scheduleeditor.h"
#include "planning/draftschedule.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

namespace {

constexpr qint64 H = 3'600'000'000'000LL;

MachineId m(int i)
{
    return MachineId::of(QStringLiteral("h%1").arg(i), QStringLiteral("10.0.0.%1").arg(i));
}

} // namespace

class tst_ScheduleEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyAcceptedEditIsOneUndoStep()
    {
        DraftSchedule draft;
        QUndoStack stack;
        ScheduleEditor editor(&draft, &stack);
        WindowId id = 0;
        QVERIFY(editor.createWindow({m(1), m(2)}, Unavailability {10 * H, 2 * H}, &id));
        QVERIFY(editor.moveWindowBy(id, H));
        QVERIFY(editor.resizeWindowBy(id, H));
        QVERIFY(editor.addMachinesToWindow({m(3)}, id));
        QVERIFY(editor.removeMachines({m(1)}));
        QCOMPARE(stack.count(), 5);
        QCOMPARE(stack.text(1), QStringLiteral("Move window"));
        QCOMPARE(draft.window(id)->window.unavailability, (Unavailability {11 * H, 3 * H}));
        QCOMPARE(draft.window(id)->window.machines, (QList<MachineId> {m(2), m(3)}));

        for (int i = 0; i < 5; ++i)
            stack.undo();
        QVERIFY(draft.windows().isEmpty());
        for (int i = 0; i < 5; ++i)
            stack.redo();
        QCOMPARE(draft.window(id)->window.machines, (QList<MachineId> {m(2), m(3)}));
    }

    void refusalsPushNothing()
    {
        DraftSchedule draft;
        Schedule live;
        live.windows.append(MaintenanceWindow {{m(1)}, Unavailability {10 * H, H}});
        draft.setLiveSchedule(live);
        draft.setDownMachines({m(1)});
        QUndoStack stack;
        ScheduleEditor editor(&draft, &stack);
        QSignalSpy refused(&editor, &ScheduleEditor::editRefused);
        const WindowId id = draft.windowIdOf(m(1));
        QVERIFY(!editor.deleteWindow(id));
        QVERIFY(!editor.removeMachines({m(1)}));
        QVERIFY(!editor.createWindow({m(1)}, Unavailability {20 * H, H}));
        QVERIFY(!editor.mergeMachines({m(5)}));
        QVERIFY(!editor.resizeWindowBy(id, -2 * H));
        QCOMPARE(refused.count(), 5);
        QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("DOWN")));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(draft.schedule(), live);
    }

    void revertIsUndoable()
    {
        DraftSchedule draft;
        Schedule live;
        live.windows.append(MaintenanceWindow {{m(1)}, Unavailability {10 * H, H}});
        draft.setLiveSchedule(live);
        QUndoStack stack;
        ScheduleEditor editor(&draft, &stack);
        QVERIFY(editor.moveWindowBy(draft.windowIdOf(m(1)), H));
        QVERIFY(draft.isModified());
        QVERIFY(editor.revertToLive());
        QVERIFY(!draft.isModified());
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QVERIFY(draft.isModified());
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleEditor)
#include "tst_scheduleeditor.moc"
