#include "alerts/alertlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Alert alert(Alert::Kind kind, const QString &subject, Alert::Severity severity, qint64 since,
            int machines = 1)
{
    Alert a;
    a.kind = kind;
    a.subject = subject;
    a.severity = severity;
    a.sinceMs = since;
    a.cause = u"cause of "_s + subject;
    for (int i = 0; i < machines; ++i)
        a.machines.append(MachineId::of(u"h%1"_s.arg(i), u"10.0.0.%1"_s.arg(i + 1)));
    return a;
}

} // namespace

class tst_AlertListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesChangesByCause()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Alert a = alert(Alert::Kind::DownPastEnd, u"w1"_s, Alert::Severity::Warning, 1000, 3);
        const Alert b = alert(Alert::Kind::AgentLost, u"h1"_s, Alert::Severity::Critical, 2000);
        const Alert c = alert(Alert::Kind::ReadyIdle, u"w2"_s, Alert::Severity::Info, 3000);
        model.setAlerts({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(AlertListModel::ColumnCount));
        QCOMPARE(model.index(0, AlertListModel::KindColumn).data().toString(),
                 Alert::kindTitle(Alert::Kind::DownPastEnd));
        QCOMPARE(model.index(0, AlertListModel::MachinesColumn).data().toString(),
                 u"h0 (10.0.0.1) and 2 more"_s);
        QCOMPARE(model.index(1, AlertListModel::MachinesColumn).data().toString(),
                 u"h0 (10.0.0.1)"_s);
        QCOMPARE(model.index(1, 0).data(AlertListModel::SeverityRole).toInt(),
                 int(Alert::Severity::Critical));
        QCOMPARE(model.index(1, 0).data(AlertListModel::KeyRole).toString(), b.key());

        // b changes its text, a goes away, c is new: one removal, one update, one insert.
        Alert b2 = b;
        b2.cause = u"changed"_s;
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setAlerts({c, b2});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.alert(0).cause, u"changed"_s);
        QCOMPARE(model.alert(1).key(), c.key());

        // The same list again changes nothing.
        model.setAlerts({c, b2});
        QCOMPARE(changed.size(), 1);
        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sinceInUtcOrLocal()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // 2026-05-01T10:00:00Z
        model.setAlerts(
            {alert(Alert::Kind::StuckDrain, u"h1"_s, Alert::Severity::Warning, 1777629600000)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setUtc(true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, AlertListModel::SinceColumn).data().toString(),
                 u"2026-05-01 10:00 UTC"_s);
        QCOMPARE(model.index(0, AlertListModel::SinceColumn).data(AlertListModel::SortRole),
                 QVariant(qint64(1777629600000)));
        QCOMPARE(model.headerData(AlertListModel::CauseColumn, Qt::Horizontal).toString(),
                 u"Cause"_s);
    }
};

QTEST_GUILESS_MAIN(tst_AlertListModel)
#include "tst_alertlistmodel.moc"
