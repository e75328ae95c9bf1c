#include "live/drainboard.h"
#include "live/livesnapshot.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMin = 60000;

Agent agent(const QString &host, int tasks, QStringList frameworks = {})
{
    Agent a;
    a.id = u"S-"_s + host;
    a.hostname = host;
    a.ip = u"10.0.0."_s + host.mid(1);
    a.taskCount = tasks;
    a.frameworkIds = std::move(frameworks);
    return a;
}

MachineId machine(const QString &host)
{
    return MachineId::of(host, u"10.0.0."_s + host.mid(1));
}

InverseOfferStatus answer(const QString &fw, InverseOfferStatus::Answer a)
{
    InverseOfferStatus s;
    s.frameworkId = fw;
    s.answer = a;
    s.timestampNs = 1;
    return s;
}

DrainHistory history(const QList<std::pair<qint64, int>> &samples)
{
    DrainHistory h;
    for (const auto &[at, tasks] : samples)
        h.record(at, tasks);
    return h;
}

} // namespace

// The drain board's rules: stuck, blocked, ETA, the order of attention, the total burn-down.
class tst_DrainBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void attention_data()
    {
        QTest::addColumn<int>("tasks");
        QTest::addColumn<bool>("blocked");
        QTest::addColumn<qint64>("flatMs");
        QTest::addColumn<int>("expected");
        const qint64 stuck = DrainBoard::kDefaultStuckAfterMs;
        QTest::newRow("no tasks, blocked")
            << 0 << true << stuck * 2 << int(DrainBoard::Attention::Drained);
        QTest::newRow("stuck and blocked")
            << 3 << true << stuck << int(DrainBoard::Attention::StuckAndBlocked);
        QTest::newRow("stuck") << 3 << false << stuck + 1 << int(DrainBoard::Attention::Stuck);
        QTest::newRow("blocked, falling")
            << 3 << true << stuck - 1 << int(DrainBoard::Attention::Blocked);
        QTest::newRow("falling") << 3 << false << qint64(0) << int(DrainBoard::Attention::Draining);
    }
    void attention()
    {
        QFETCH(int, tasks);
        QFETCH(bool, blocked);
        QFETCH(qint64, flatMs);
        QFETCH(int, expected);
        QCOMPARE(
            int(DrainBoard::attentionOf(tasks, blocked, flatMs, DrainBoard::kDefaultStuckAfterMs)),
            expected);
    }

    void lastFallIsTheLatestDecrease()
    {
        // 10 → 8 at 1 min, flat (compressed) until 5 min, up to 9 at 6 min, flat after.
        const DrainHistory h = history(
            {{0, 10}, {kMin, 8}, {2 * kMin, 8}, {5 * kMin, 8}, {6 * kMin, 9}, {9 * kMin, 9}});
        QCOMPARE(DrainBoard::lastFallMs(h), kMin);
        QCOMPARE(DrainBoard::lastFallMs(history({{3 * kMin, 5}, {4 * kMin, 5}})), 3 * kMin);
    }

    void boardOrderStuckAndBlockedFirstThenByEta()
    {
        // h1: falling fast, no blockers; h2: flat for 20 min; h3: declined and flat for 20 min;
        // h4: falling slowly; h5: no tasks left; h6: never answered, falling; h7: UP.
        const qint64 now = 40 * kMin;
        ClusterState cluster;
        cluster.agents = {agent(u"h1"_s, 2, {u"fw"_s}),
                          agent(u"h2"_s, 5, {u"fw"_s}),
                          agent(u"h3"_s, 4, {u"fw"_s}),
                          agent(u"h4"_s, 10, {u"fw"_s}),
                          agent(u"h5"_s, 0),
                          agent(u"h6"_s, 6, {u"slow"_s}),
                          agent(u"h7"_s, 9, {u"fw"_s})};
        cluster.frameworks = {{u"fw"_s, u"web"_s, true}, {u"slow"_s, u"batch"_s, true}};
        MaintenanceStatus status;
        const auto accept = answer(u"fw"_s, InverseOfferStatus::Answer::Accept);
        status.draining
            = {{machine(u"h1"_s), {accept}},
               {machine(u"h2"_s), {accept}},
               {machine(u"h3"_s), {answer(u"fw"_s, InverseOfferStatus::Answer::Decline)}},
               {machine(u"h4"_s), {accept}},
               {machine(u"h5"_s), {}},
               {machine(u"h6"_s), {}}};
        const LiveSnapshot snapshot = LiveSnapshot::join(cluster, status, Schedule());
        QHash<MachineId, DrainHistory> histories;
        histories.insert(machine(u"h1"_s), history({{now - kMin, 4}, {now, 2}}));
        histories.insert(machine(u"h2"_s), history({{now - 20 * kMin, 5}, {now, 5}}));
        histories.insert(machine(u"h3"_s),
                         history({{now - 25 * kMin, 6}, {now - 20 * kMin, 4}, {now, 4}}));
        histories.insert(machine(u"h4"_s), history({{now - kMin, 11}, {now, 10}}));
        histories.insert(machine(u"h5"_s), history({{now - kMin, 1}, {now, 0}}));
        histories.insert(machine(u"h6"_s), history({{now - kMin, 9}, {now, 6}}));

        const QList<DrainBoard::Entry> board = DrainBoard::build(snapshot.machines, histories, now);
        QStringList order;
        for (const DrainBoard::Entry &e : board)
            order << e.id.hostnameOrEmpty();
        QCOMPARE(order, (QStringList {u"h3"_s, u"h2"_s, u"h6"_s, u"h1"_s, u"h4"_s, u"h5"_s}));

        QCOMPARE(board[0].attention, DrainBoard::Attention::StuckAndBlocked);
        QCOMPARE(board[0].lastFallMs, now - 20 * kMin);
        QVERIFY(!board[0].etaMs); // stuck: no ETA
        QCOMPARE(board[0].blockers.size(), 1);
        QVERIFY(board[0].blockers.first().declined);
        QCOMPARE(board[1].attention, DrainBoard::Attention::Stuck);
        QCOMPARE(board[2].attention, DrainBoard::Attention::Blocked);
        QVERIFY(!board[2].blockers.first().declined); // never answered
        // h1: 2 tasks per minute, 2 left → one minute; h4: one per minute, 10 left.
        QCOMPARE(board[3].etaMs, std::optional<qint64>(now + kMin));
        QCOMPARE(board[4].etaMs, std::optional<qint64>(now + 10 * kMin));
        QCOMPARE(board[3].burnDown, histories.value(machine(u"h1"_s)).samples());
        QCOMPARE(board[5].attention, DrainBoard::Attention::Drained);
        QCOMPARE(board[3].tasksLeft, 2);
    }

    void blockersWithTheirTasksWhenCounted()
    {
        ClusterState cluster;
        cluster.agents
            = {agent(u"h1"_s, 9, {u"a"_s, u"b"_s, u"c"_s}), agent(u"h2"_s, 4, {u"a"_s, u"b"_s})};
        cluster.agents[0].frameworkTaskCounts = {5, 3, 1};
        MaintenanceStatus status;
        status.draining = {{machine(u"h1"_s),
                            {answer(u"b"_s, InverseOfferStatus::Answer::Accept),
                             answer(u"c"_s, InverseOfferStatus::Answer::Decline)}},
                           {machine(u"h2"_s), {}}};
        const LiveSnapshot snapshot = LiveSnapshot::join(cluster, status, Schedule());
        QList<DrainBoard::Entry> board = DrainBoard::build(snapshot.machines, {}, 0);
        std::sort(board.begin(), board.end(), [](const auto &x, const auto &y) {
            return x.id.hostnameOrEmpty() < y.id.hostnameOrEmpty();
        });
        QCOMPARE(board.size(), 2);
        QCOMPARE(board[0].blockers,
                 (QList<DrainReadiness::Blocker> {{u"a"_s, false}, {u"c"_s, true}}));
        QCOMPARE(board[0].blockerTasks, (QList<int> {5, 1}));
        QCOMPARE(board[1].blockers.size(), 2);
        QVERIFY(board[1].blockerTasks.isEmpty()); // not counted per framework
    }

    void stuckThresholdIsAParameter()
    {
        ClusterState cluster;
        cluster.agents = {agent(u"h1"_s, 3, {u"fw"_s})};
        MaintenanceStatus status;
        status.draining
            = {{machine(u"h1"_s), {answer(u"fw"_s, InverseOfferStatus::Answer::Accept)}}};
        const LiveSnapshot snapshot = LiveSnapshot::join(cluster, status, Schedule());
        QHash<MachineId, DrainHistory> histories;
        histories.insert(machine(u"h1"_s), history({{0, 3}, {5 * kMin, 3}}));
        QCOMPARE(DrainBoard::build(snapshot.machines, histories, 5 * kMin).first().attention,
                 DrainBoard::Attention::Draining);
        QCOMPARE(
            DrainBoard::build(snapshot.machines, histories, 5 * kMin, 4 * kMin).first().attention,
            DrainBoard::Attention::Stuck);
    }

    void totalIsTheSumOfTheLatestCounts()
    {
        QHash<MachineId, DrainHistory> histories;
        histories.insert(machine(u"h1"_s), history({{0, 10}, {kMin, 8}, {2 * kMin, 5}}));
        histories.insert(machine(u"h2"_s), history({{kMin, 4}, {3 * kMin, 1}}));
        const auto total = DrainBoard::totalNow(histories);
        QVERIFY(total);
        QCOMPARE(*total, (DrainHistory::Sample {3 * kMin, 6}));
        QVERIFY(!DrainBoard::totalNow({}));
        QVERIFY(!DrainBoard::totalNow({{machine(u"h3"_s), DrainHistory()}}));
    }

    void texts()
    {
        QCOMPARE(DrainBoard::etaText(std::nullopt, 0), u"—"_s);
        QCOMPARE(DrainBoard::etaText(3 * kMin, 0), u"in 3 min"_s);
        QCOMPARE(DrainBoard::attentionText(DrainBoard::Attention::Stuck, 23 * kMin),
                 u"stuck 23 min"_s);
        QCOMPARE(DrainBoard::durationText(2 * 3600000 + 5 * kMin), u"2 h 5 min"_s);
    }
};

QTEST_GUILESS_MAIN(tst_DrainBoard)
#include "tst_drainboard.moc"
