#include "live/answermatrixproxymodel.h"
#include "live/inverseoffermodel.h"
#include "planning/draftschedule.h"
#include "planning/machinefilterproxymodel.h"
#include "planning/machinetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

static MachineId m(const char *host)
{
    return MachineId::of(QString::fromLatin1(host), u"10.0.0.1"_s);
}

static LiveSnapshot snapshot(const QList<DrainingMachine> &draining,
                             const QList<std::pair<MachineId, QStringList>> &tasks)
{
    ClusterState cluster;
    for (const auto &[id, frameworks] : tasks) {
        Agent a;
        a.id = *id.hostname + u"-S0"_s;
        a.hostname = *id.hostname;
        a.ip = *id.ip;
        a.taskCount = int(frameworks.size()) * 3;
        a.frameworkIds = frameworks;
        cluster.agents.append(a);
    }
    cluster.frameworks = {{u"fw-1"_s, u"marathon"_s, true},
                          {u"fw-2"_s, u"kafka"_s, true},
                          {u"fw-3"_s, u"spark"_s, true}};
    MaintenanceStatus status;
    status.draining = draining;
    LiveSnapshot s = LiveSnapshot::join(cluster, status, Schedule());
    s.takenAtMs = 1767220010000;
    return s;
}

class tst_InverseOfferModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixOfAnswers()
    {
        InverseOfferModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const InverseOfferStatus accept {InverseOfferStatus::Answer::Accept, u"fw-1"_s,
                                         1767220000000000000LL};
        const InverseOfferStatus decline {InverseOfferStatus::Answer::Decline, u"fw-2"_s,
                                          1767220005000000000LL};
        model.setSnapshot(snapshot({{m("a"), {accept, decline}}, {m("b"), {}}},
                                   {{m("a"), {u"fw-1"_s, u"fw-2"_s}}, {m("b"), {u"fw-3"_s}}}));
        // Machines are rows, frameworks columns after the machine's name.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(0, InverseOfferModel::MachineColumn).data().toString(), u"a"_s);
        QCOMPARE(model.index(1, 2).data(InverseOfferModel::MachineIdRole).value<MachineId>(),
                 m("b"));
        // Framework columns sorted by name: kafka, marathon, spark.
        QCOMPARE(model.headerData(1, Qt::Horizontal, InverseOfferModel::FrameworkIdRole).toString(),
                 u"fw-2"_s);
        QCOMPARE(model.index(0, 1).data(InverseOfferModel::AnswerRole).toInt(),
                 int(InverseOfferStatus::Answer::Decline));
        QCOMPARE(model.index(0, 1).data(InverseOfferModel::AgeMsRole).toLongLong(), 5000);
        QCOMPARE(model.index(0, 2).data().toString(), u"ACCEPT · 10 s"_s);
        QCOMPARE(model.index(1, 3).data().toString(), u"no answer"_s);
        QVERIFY(model.index(0, 3).data().toString().isEmpty()); // spark has no tasks on a
        QVERIFY(model.headerData(3, Qt::Horizontal, InverseOfferModel::NeverAnswersRole).toBool());
        QVERIFY(!model.headerData(2, Qt::Horizontal, InverseOfferModel::NeverAnswersRole).toBool());
        // Sort keys: declined before no answer before accepted before nothing there.
        const auto key = [&](int row, int column) {
            return model.index(row, column).data(InverseOfferModel::SortRole).toLongLong();
        };
        QVERIFY(key(0, 1) < key(1, 3));
        QVERIFY(key(1, 3) < key(0, 2));
        QVERIFY(key(0, 2) < key(0, 3));
    }

    void refreshIsMinimal()
    {
        InverseOfferModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot({{m("a"), {}}}, {{m("a"), {u"fw-1"_s}}}));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy columnsInserted(&model, &QAbstractItemModel::columnsInserted);
        QSignalSpy rowsInserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy rowsRemoved(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const InverseOfferStatus accept {InverseOfferStatus::Answer::Accept, u"fw-1"_s,
                                         1767220000000000000LL};
        model.setSnapshot(snapshot({{m("a"), {accept}}, {m("c"), {}}},
                                   {{m("a"), {u"fw-1"_s}}, {m("c"), {u"fw-1"_s}}}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(columnsInserted.size(), 0);
        QCOMPARE(rowsInserted.size(), 1);
        QCOMPARE(rowsInserted.first().at(1).toInt(), 1);
        QCOMPARE(model.index(0, 1).data(InverseOfferModel::AnswerRole).toInt(),
                 int(InverseOfferStatus::Answer::Accept));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), 1);
        model.setSnapshot(snapshot({{m("c"), {}}}, {{m("c"), {u"fw-1"_s}}}));
        QCOMPARE(rowsRemoved.size(), 1);
        QCOMPARE(rowsRemoved.first().at(1).toInt(), 0);
        QCOMPARE(reset.size(), 0);
        model.setSnapshot(snapshot({}, {}));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(reset.size(), 0);
    }

    void proxyFollowsTheTimelinesFilter()
    {
        DraftSchedule draft;
        MachineTableModel machines(&draft);
        MachineFilterProxyModel filter;
        filter.setSourceModel(&machines);
        InverseOfferModel model;
        AnswerMatrixProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setMachineFilter(&filter, &machines);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const LiveSnapshot s = snapshot(
            {{m("node-10"), {}}, {m("node-9"), {}}, {m("web-1"), {}}},
            {{m("node-10"), {u"fw-1"_s}}, {m("node-9"), {u"fw-1"_s}}, {m("web-1"), {u"fw-1"_s}}});
        machines.setAgents(s.cluster.agents);
        machines.setStatus(s.status);
        model.setSnapshot(s);
        proxy.sort(InverseOfferModel::MachineColumn);
        const auto hosts = [&] {
            QStringList h;
            for (int r = 0; r < proxy.rowCount(); ++r)
                h << proxy.index(r, 0).data().toString();
            return h;
        };
        QCOMPARE(hosts(), (QStringList {u"node-9"_s, u"node-10"_s, u"web-1"_s}));
        filter.setFilterText(u"node"_s);
        QTRY_COMPARE(hosts(), (QStringList {u"node-9"_s, u"node-10"_s}));
        filter.setFilterText(QString());
        QTRY_COMPARE(proxy.rowCount(), 3);
    }
};

QTEST_MAIN(tst_InverseOfferModel)
#include "tst_inverseoffermodel.moc"
