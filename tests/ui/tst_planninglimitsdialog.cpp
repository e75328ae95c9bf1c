#include "planning/planninglimitsdialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_PlanningLimitsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesCountsAndPercentages()
    {
        QCOMPARE(PlanningLimitsDialog::parseAmount(u""_s), PolicyAmount());
        QCOMPARE(PlanningLimitsDialog::parseAmount(u" 3 "_s), PolicyAmount::count(3));
        QCOMPARE(PlanningLimitsDialog::parseAmount(u"12.5%"_s), PolicyAmount::percent(12.5));
        QVERIFY(!PlanningLimitsDialog::parseAmount(u"abc"_s));
        QVERIFY(!PlanningLimitsDialog::parseAmount(u"-1"_s));
        QVERIFY(!PlanningLimitsDialog::parseAmount(u"150%"_s));
    }

    void showsAndReturnsThePolicy()
    {
        PlanningPolicy p;
        p.limits.maxDownPerZone = PolicyAmount::percent(10);
        p.windowNs = 7200'000'000'000; // kept: the dialog edits only the limits
        PlanningLimitsDialog dialog(p);
        QCOMPARE(dialog.field(PlanningLimitsDialog::MaxDownPerZone)->text(), u"10%"_s);
        QVERIFY(dialog.field(PlanningLimitsDialog::MaxDown)->text().isEmpty());
        dialog.field(PlanningLimitsDialog::MaxDown)->setText(u"4"_s);
        dialog.field(PlanningLimitsDialog::MinCpus)->setText(u"85%"_s);
        dialog.rackAttributeEdit()->setText(u"row"_s);
        const std::optional<PlanningPolicy> back = dialog.policy();
        QVERIFY(back);
        QCOMPARE(back->limits.maxDown, PolicyAmount::count(4));
        QCOMPARE(back->limits.maxDownPerZone, PolicyAmount::percent(10));
        QCOMPARE(back->limits.minCpusPerZone, PolicyAmount::percent(85));
        QCOMPARE(back->rackAttribute, u"row"_s);
        QCOMPARE(back->windowNs, p.windowNs);
    }

    void wrongFieldDisablesOk()
    {
        PlanningLimitsDialog dialog {PlanningPolicy()};
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.field(PlanningLimitsDialog::MaxDownPerRack)->setText(u"two"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.policy());
        dialog.field(PlanningLimitsDialog::MaxDownPerRack)->setText(u"2"_s);
        QVERIFY(ok->isEnabled());
    }

    void loadsAPolicyFile()
    {
        PlanningLimitsDialog dialog {PlanningPolicy()};
        QVERIFY(dialog.loadPolicyText(
            R"({"machines":{"all":true},"window":"2h","limits":{"maxDown":"2%",)"
            R"("minLeftPerZone":{"agents":"90%"}},"rackAttribute":"row"})",
            u"p.json"_s));
        QCOMPARE(dialog.field(PlanningLimitsDialog::MaxDown)->text(), u"2%"_s);
        QCOMPARE(dialog.field(PlanningLimitsDialog::MinAgents)->text(), u"90%"_s);
        QCOMPARE(dialog.rackAttributeEdit()->text(), u"row"_s);
        // A wrong file changes nothing.
        QVERIFY(!dialog.loadPolicyText(R"({"machines":{"all":true},"window":"2h","x":1})",
                                       u"bad.json"_s));
        QCOMPARE(dialog.field(PlanningLimitsDialog::MaxDown)->text(), u"2%"_s);
    }
};

QTEST_MAIN(tst_PlanningLimitsDialog)
#include "tst_planninglimitsdialog.moc"
