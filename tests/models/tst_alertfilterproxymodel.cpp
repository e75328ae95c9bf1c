#include "alerts/alertfilterproxymodel.h"
#include "alerts/alertlistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Alert alert(Alert::Kind kind, const QString &subject, Alert::Severity severity, qint64 since)
{
    Alert a;
    a.kind = kind;
    a.subject = subject;
    a.severity = severity;
    a.sinceMs = since;
    a.cause = subject;
    return a;
}

QStringList subjects(const QAbstractItemModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, AlertListModel::CauseColumn).data().toString();
    return out;
}

} // namespace

class tst_AlertFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsAndFilters()
    {
        AlertListModel source;
        source.setAlerts({alert(Alert::Kind::ReadyIdle, u"a"_s, Alert::Severity::Info, 3000),
                          alert(Alert::Kind::AgentLost, u"b"_s, Alert::Severity::Critical, 1000),
                          alert(Alert::Kind::StuckDrain, u"c"_s, Alert::Severity::Warning, 2000),
                          alert(Alert::Kind::AgentLost, u"d"_s, Alert::Severity::Warning, 4000)});
        AlertFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.sort(AlertListModel::SinceColumn, Qt::AscendingOrder);
        QCOMPARE(subjects(proxy), (QStringList {u"b"_s, u"c"_s, u"a"_s, u"d"_s}));
        proxy.sort(AlertListModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(subjects(proxy).first(), u"b"_s);
        QCOMPARE(subjects(proxy).last(), u"a"_s);

        proxy.setKind(Alert::Kind::AgentLost);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMinimumSeverity(Alert::Severity::Critical);
        QCOMPARE(subjects(proxy), QStringList {u"b"_s});
        proxy.setKind(std::nullopt);
        QCOMPARE(subjects(proxy), QStringList {u"b"_s});
        proxy.setMinimumSeverity(Alert::Severity::Warning);
        QCOMPARE(proxy.rowCount(), 3);

        // A new alert arrives in its sorted place, if it passes the filter.
        QList<Alert> more = source.alerts();
        more.append(alert(Alert::Kind::DownPastEnd, u"e"_s, Alert::Severity::Critical, 5000));
        more.append(alert(Alert::Kind::ScheduleChanged, u"f"_s, Alert::Severity::Info, 6000));
        source.setAlerts(more);
        QCOMPARE(proxy.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_AlertFilterProxyModel)
#include "tst_alertfilterproxymodel.moc"
