#include "live/drainboard.h"
#include "live/drainboardmodel.h"
#include "live/livesnapshot.h"

#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

// The drain board's cost per refresh with 10,000 machines draining (each with a 60-sample
// history): the rules (DrainBoard::build), and the model update through the attention-sorted
// proxy the panel uses, when only the clock moved.
class bench_DrainBoard : public QObject
{
    Q_OBJECT

    static constexpr int kMachines = 10000;
    static constexpr qint64 kNow = 1767225600000;
    LiveSnapshot m_snapshot;
    QHash<MachineId, DrainHistory> m_histories;

private Q_SLOTS:
    void initTestCase()
    {
        ClusterState cluster;
        MaintenanceStatus status;
        for (int i = 0; i < kMachines; ++i) {
            Agent a;
            a.id = u"S%1"_s.arg(i);
            a.hostname = u"node-%1.example.com"_s.arg(i);
            a.ip = u"10.%1.%2.%3"_s.arg(i / 65536).arg((i / 256) % 256).arg(i % 256);
            a.taskCount = 10 + i % 7;
            a.frameworkIds = {u"fw-%1"_s.arg(i % 5)};
            cluster.agents.append(a);
            InverseOfferStatus answer;
            answer.frameworkId = a.frameworkIds.first();
            answer.answer
                = i % 3 ? InverseOfferStatus::Answer::Accept : InverseOfferStatus::Answer::Decline;
            status.draining.append({a.machineId(), {answer}});
            DrainHistory &h = m_histories[a.machineId()];
            for (int s = 0; s < 60; ++s)
                h.record(kNow - (60 - s) * 2000, int(a.taskCount) + (i % 4 ? (60 - s) / 6 : 0));
        }
        m_snapshot = LiveSnapshot::join(cluster, status, Schedule());
        m_snapshot.takenAtMs = kNow;
    }

    void build()
    {
        QList<DrainBoard::Entry> board;
        QBENCHMARK
        {
            board = DrainBoard::build(m_snapshot.machines, m_histories, kNow);
        }
        QCOMPARE(board.size(), kMachines);
    }

    void modelUpdate()
    {
        DrainBoardModel model;
        const QList<DrainBoard::Entry> board
            = DrainBoard::build(m_snapshot.machines, m_histories, kNow);
        model.setEntries(board, kNow);
        qint64 now = kNow;
        QBENCHMARK
        {
            model.setEntries(board, now += 2000);
        }
        QCOMPARE(model.rowCount(), kMachines);
    }

    void modelUpdateThroughSortedProxy()
    {
        DrainBoardModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(DrainBoardModel::SortRole);
        proxy.setDynamicSortFilter(true);
        proxy.sort(DrainBoardModel::AttentionColumn);
        const QList<DrainBoard::Entry> board
            = DrainBoard::build(m_snapshot.machines, m_histories, kNow);
        model.setEntries(board, kNow);
        qint64 now = kNow;
        QBENCHMARK
        {
            model.setEntries(board, now += 2000);
        }
        QCOMPARE(proxy.rowCount(), kMachines);
    }
};

QTEST_GUILESS_MAIN(bench_DrainBoard)
#include "bench_drainboard.moc"
