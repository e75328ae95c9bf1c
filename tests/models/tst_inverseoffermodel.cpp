#include "live/inverseoffermodel.h"

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
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.rowCount(), 3);
        // Rows sorted by framework name: kafka, marathon, spark.
        QCOMPARE(model.headerData(0, Qt::Vertical, InverseOfferModel::FrameworkIdRole).toString(),
                 u"fw-2"_s);
        QCOMPARE(model.index(0, 0).data(InverseOfferModel::AnswerRole).toInt(),
                 int(InverseOfferStatus::Answer::Decline));
        QCOMPARE(model.index(0, 0).data(InverseOfferModel::AgeMsRole).toLongLong(), 5000);
        QCOMPARE(model.index(1, 0).data().toString(), u"ACCEPT · 10 s"_s);
        QCOMPARE(model.index(2, 1).data().toString(), u"no answer"_s);
        QVERIFY(model.index(2, 0).data().toString().isEmpty()); // spark has no tasks on a
        QVERIFY(model.headerData(2, Qt::Vertical, InverseOfferModel::NeverAnswersRole).toBool());
        QVERIFY(!model.headerData(1, Qt::Vertical, InverseOfferModel::NeverAnswersRole).toBool());
    }

    void refreshIsMinimal()
    {
        InverseOfferModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot({{m("a"), {}}}, {{m("a"), {u"fw-1"_s}}}));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy rowsInserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy columnsInserted(&model, &QAbstractItemModel::columnsInserted);
        QSignalSpy columnsRemoved(&model, &QAbstractItemModel::columnsRemoved);
        const InverseOfferStatus accept {InverseOfferStatus::Answer::Accept, u"fw-1"_s,
                                         1767220000000000000LL};
        model.setSnapshot(snapshot({{m("a"), {accept}}, {m("c"), {}}},
                                   {{m("a"), {u"fw-1"_s}}, {m("c"), {u"fw-1"_s}}}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(rowsInserted.size(), 0);
        QCOMPARE(columnsInserted.size(), 1);
        QCOMPARE(columnsInserted.first().at(1).toInt(), 1);
        QCOMPARE(model.index(0, 0).data(InverseOfferModel::AnswerRole).toInt(),
                 int(InverseOfferStatus::Answer::Accept));
        model.setSnapshot(snapshot({{m("c"), {}}}, {{m("c"), {u"fw-1"_s}}}));
        QCOMPARE(columnsRemoved.size(), 1);
        QCOMPARE(columnsRemoved.first().at(1).toInt(), 0);
        QCOMPARE(reset.size(), 0);
        model.setSnapshot(snapshot({}, {}));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_MAIN(tst_InverseOfferModel)
#include "tst_inverseoffermodel.moc"
