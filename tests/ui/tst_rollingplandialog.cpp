#include "commands/scheduleeditor.h"
#include "planning/draftschedule.h"
#include "planning/planningchecks.h"
#include "planning/planningsession.h"
#include "planning/rollingplandialog.h"
#include "json/schedulecodec.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

namespace {

constexpr qint64 M = 60'000'000'000;
constexpr qint64 T0 = 1767571200LL * 1'000'000'000; // 2026-01-05 00:00 UTC, a Monday

MachineId machine(int i)
{
    return MachineId::of(QStringLiteral("h%1").arg(i), QStringLiteral("10.0.0.%1").arg(i));
}

} // namespace

// h1…h6 in zone a, h7…h12 in zone b; h7 already in a window at +0…+60 min. At most one machine
// down per zone.
class tst_RollingPlanDialog : public QObject
{
    Q_OBJECT
private:
    PlanningSession *m_session = nullptr;

    std::unique_ptr<RollingPlanDialog> dialog(QList<MachineId> selection = {})
    {
        auto d = std::make_unique<RollingPlanDialog>(m_session, selection, T0);
        d->startEdit()->setDateTime(
            QDateTime::fromMSecsSinceEpoch(T0 / 1'000'000, QTimeZone::utc()));
        d->windowMinutes()->setValue(60);
        return d;
    }
    void checkZone(RollingPlanDialog &d, const QString &zone)
    {
        const auto items = d.zoneList()->findItems(zone, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        items.first()->setCheckState(Qt::Checked);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QSettings().remove(QStringLiteral("rollingPlan"));
        m_session = new PlanningSession;
        QList<Agent> agents;
        for (int i = 1; i <= 12; ++i) {
            Agent a;
            a.hostname = QStringLiteral("h%1").arg(i);
            a.ip = QStringLiteral("10.0.0.%1").arg(i);
            a.zone = i <= 6 ? QStringLiteral("a") : QStringLiteral("b");
            a.resources = {4, 1024, 0, 0};
            agents.append(a);
        }
        m_session->setAgents(agents);
        QVERIFY(m_session->editor()->createWindow({machine(7)}, {T0, 60 * M}));
        PlanningPolicy policy;
        policy.limits.maxDownPerZone = PolicyAmount::count(1);
        m_session->checks()->setPolicy(policy);
    }
    void cleanup() { delete m_session; }

    void previewPlansAZone()
    {
        auto d = dialog();
        checkZone(*d, QStringLiteral("a"));
        QVERIFY(d->preview());
        QVERIFY(d->lastPlan());
        QCOMPARE(d->lastPlan()->windows.size(), 6);
        QVERIFY(d->lastPlan()->unplaced.isEmpty());
        QVERIFY(d->summary().contains(QStringLiteral("6 window(s)")));
        QVERIFY(d->summary().contains(QStringLiteral("peak 2 machine(s) down")));
        // Nothing changed yet.
        QCOMPARE(m_session->draft()->windows().size(), 1);
    }

    void sameInputsSamePlan()
    {
        auto a = dialog();
        checkZone(*a, QStringLiteral("b"));
        a->batchSize()->setValue(2);
        QVERIFY(a->preview());
        auto b = dialog();
        checkZone(*b, QStringLiteral("b"));
        b->batchSize()->setValue(2);
        QVERIFY(b->preview());
        QCOMPARE(a->lastPlan()->windows, b->lastPlan()->windows);
    }

    void infeasibleNamesTheBindingLimit()
    {
        // Zone a must keep all six agents: none of its machines can ever go down.
        PlanningPolicy policy = m_session->checks()->policy();
        policy.limits.minAgentsPerZone = PolicyAmount::count(6);
        m_session->checks()->setPolicy(policy);
        auto d = dialog();
        checkZone(*d, QStringLiteral("a"));
        QVERIFY(d->preview());
        QVERIFY(!d->lastPlan()->unplaced.isEmpty());
        QVERIFY2(d->summary().contains(QStringLiteral("minLeftPerZone.agents (zone a) binds: h1")),
                 qPrintable(d->summary()));
    }

    void applyIsOneUndoStepAndUndoRestoresTheDraft()
    {
        const QByteArray before = ScheduleCodec::encodeSchedule(m_session->draft()->schedule());
        const QList<DraftWindow> windowsBefore = m_session->draft()->windows();
        const int steps = m_session->undoStack()->count();
        auto d = dialog();
        checkZone(*d, QStringLiteral("a"));
        QVERIFY(d->apply());
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QCOMPARE(m_session->draft()->windows().size(), 7);
        QVERIFY(m_session->checks()->violations().isEmpty());
        m_session->undoStack()->undo();
        QCOMPARE(ScheduleCodec::encodeSchedule(m_session->draft()->schedule()), before);
        QCOMPARE(m_session->draft()->windows(), windowsBefore);
    }

    void appliedSettingsAreRememberedButNotTheMachinesOrStart()
    {
        auto d = dialog();
        checkZone(*d, QStringLiteral("a"));
        d->windowMinutes()->setValue(45);
        d->gapMinutes()->setValue(15);
        d->hoursEnabled()->setChecked(true);
        d->hoursFrom()->setTime(QTime(1, 0));
        d->hoursTo()->setTime(QTime(5, 0));
        d->dayBox(7)->setChecked(false);
        d->blackouts()->setPlainText(QStringLiteral("2026-01-07 00:00 to 2026-01-08 00:00"));
        d->machineOrder()->setCurrentIndex(2);
        QVERIFY(d->apply());
        RollingPlanDialog again(m_session, {}, T0);
        QCOMPARE(again.windowMinutes()->value(), 45);
        QCOMPARE(again.gapMinutes()->value(), 15);
        QVERIFY(again.hoursEnabled()->isChecked());
        QCOMPARE(again.hoursFrom()->time(), QTime(1, 0));
        QCOMPARE(again.hoursTo()->time(), QTime(5, 0));
        QVERIFY(!again.dayBox(7)->isChecked());
        QVERIFY(again.dayBox(1)->isChecked());
        QCOMPARE(again.blackouts()->toPlainText(),
                 QStringLiteral("2026-01-07 00:00 to 2026-01-08 00:00"));
        QCOMPARE(again.machineOrder()->currentIndex(), 2);
        for (int i = 0; i < again.zoneList()->count(); ++i)
            QCOMPARE(again.zoneList()->item(i)->checkState(), Qt::Unchecked);
        // A dialog closed without applying changes nothing.
        auto other = dialog();
        other->windowMinutes()->setValue(200);
        other.reset();
        RollingPlanDialog third(m_session, {}, T0);
        QCOMPARE(third.windowMinutes()->value(), 45);
    }

    void selectionAndHostnames()
    {
        auto d = dialog({machine(2), machine(4)});
        QVERIFY(d->preview());
        QCOMPARE(d->lastPlan()->windows.size(), 2);
        d->hostnameEdit()->setText(QStringLiteral("h1[01]"));
        d->setMachines(RollingPlanDialog::Machines::Hostnames);
        QVERIFY(d->preview());
        QCOMPARE(d->lastPlan()->windows.size(), 2); // h10, h11
        d->hostnameEdit()->setText(QStringLiteral("h(")); // not a regular expression
        QVERIFY(!d->preview());
        QVERIFY(!d->apply());
    }

    void allowedHoursAndBlackouts()
    {
        auto d = dialog({machine(1)});
        d->hoursEnabled()->setChecked(true);
        d->hoursFrom()->setTime(QTime(2, 0));
        d->hoursTo()->setTime(QTime(4, 0));
        d->blackouts()->setPlainText(QStringLiteral("2026-01-05 00:00 to 2026-01-06 00:00"));
        QVERIFY(d->preview());
        QCOMPARE(d->lastPlan()->windows.size(), 1);
        // Monday is blacked out: Tuesday 02:00.
        QCOMPARE(d->lastPlan()->windows.first().startNs, T0 + (24 + 2) * 60 * M);
        d->blackouts()->setPlainText(QStringLiteral("tomorrow"));
        QVERIFY(!d->preview());
        QVERIFY(d->error().contains(QStringLiteral("tomorrow")));
    }
};

QTEST_MAIN(tst_RollingPlanDialog)
#include "tst_rollingplandialog.moc"
