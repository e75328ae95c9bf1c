#include "planning/draftschedule.h"
#include "planning/machinefilterproxymodel.h"
#include "planning/machinetablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

Agent agent(const QString &host, const QString &ip, const QString &zone)
{
    Agent a;
    a.hostname = host;
    a.ip = ip;
    a.zone = zone;
    return a;
}

QStringList hostnames(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, 0).data().toString());
    return out;
}

} // namespace

class tst_MachineFilterProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void naturalCompare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("sign");
        QTest::newRow("digits by value")
            << QStringLiteral("node-9") << QStringLiteral("node-10") << -1;
        QTest::newRow("equal") << QStringLiteral("a1") << QStringLiteral("a1") << 0;
        QTest::newRow("case-insensitive") << QStringLiteral("Abc") << QStringLiteral("abd") << -1;
        QTest::newRow("leading zeros") << QStringLiteral("n007") << QStringLiteral("n8") << -1;
        QTest::newRow("prefix") << QStringLiteral("node") << QStringLiteral("node-1") << -1;
        QTest::newRow("later") << QStringLiteral("z") << QStringLiteral("a") << 1;
    }
    void naturalCompare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, sign);
        const int c = MachineFilterProxyModel::naturalCompare(a, b);
        QCOMPARE((c > 0) - (c < 0), sign);
    }

    void sortsByZoneThenColumn()
    {
        DraftSchedule draft;
        MachineTableModel source(&draft);
        MachineFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        source.setAgents(
            {agent(QStringLiteral("n10"), QStringLiteral("10.0.0.2"), QStringLiteral("b")),
             agent(QStringLiteral("n9"), QStringLiteral("10.0.0.10"), QStringLiteral("b")),
             agent(QStringLiteral("n2"), QStringLiteral("10.0.0.3"), QStringLiteral("a"))});
        QCOMPARE(hostnames(proxy),
                 (QStringList {QStringLiteral("n2"), QStringLiteral("n9"), QStringLiteral("n10")}));
        proxy.sort(MachineTableModel::HostnameColumn, Qt::DescendingOrder);
        QCOMPARE(hostnames(proxy),
                 (QStringList {QStringLiteral("n2"), QStringLiteral("n10"), QStringLiteral("n9")}));
        proxy.sort(MachineTableModel::IpColumn, Qt::AscendingOrder);
        QCOMPARE(hostnames(proxy),
                 (QStringList {QStringLiteral("n2"), QStringLiteral("n10"), QStringLiteral("n9")}));
    }

    void filters()
    {
        DraftSchedule draft;
        MachineTableModel source(&draft);
        MachineFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        source.setAgents(
            {agent(QStringLiteral("web-1"), QStringLiteral("10.1.0.1"), QStringLiteral("eu")),
             agent(QStringLiteral("db-1"), QStringLiteral("10.2.0.1"), QStringLiteral("us"))});
        MaintenanceStatus status;
        status.down = {MachineId::of(QStringLiteral("db-1"), QStringLiteral("10.2.0.1"))};
        source.setStatus(status);

        proxy.setFilterText(QStringLiteral("WEB"));
        QCOMPARE(hostnames(proxy), QStringList {QStringLiteral("web-1")});
        proxy.setFilterText(QStringLiteral("10.2."));
        QCOMPARE(hostnames(proxy), QStringList {QStringLiteral("db-1")});
        proxy.setFilterText(QStringLiteral("eu"));
        QCOMPARE(hostnames(proxy), QStringList {QStringLiteral("web-1")});
        proxy.setFilterText(QStringLiteral("down"));
        QCOMPARE(hostnames(proxy), QStringList {QStringLiteral("db-1")});
        proxy.setFilterText(QString());
        proxy.setModeFilter(MachineMode::Up);
        QCOMPARE(hostnames(proxy), QStringList {QStringLiteral("web-1")});
        proxy.setModeFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_MachineFilterProxyModel)
#include "tst_machinefilterproxymodel.moc"
