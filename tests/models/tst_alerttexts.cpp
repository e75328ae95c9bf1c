#include "alerts/alerttexts.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

MachineLive machine(const QString &host, qint64 tasks, const QStringList &frameworks,
                    const QList<int> &counts = {})
{
    MachineLive m;
    m.id = MachineId::of(host, u"10.0.0.1"_s);
    m.mode = MachineMode::Draining;
    m.agents = 1;
    m.tasks = tasks;
    m.frameworksWithTasks = frameworks;
    m.frameworkTaskCounts = counts;
    return m;
}

InverseOfferStatus answer(const QString &fw, InverseOfferStatus::Answer a, qint64 atNs)
{
    InverseOfferStatus s;
    s.frameworkId = fw;
    s.answer = a;
    s.timestampNs = atNs;
    return s;
}

} // namespace

// The texts of the alert rules, each translated once per computation: the cached pieces never
// leak from one machine into another's text.
class tst_AlertTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stuckCauses()
    {
        LiveSnapshot s;
        s.frameworkNames = {{u"fw-k"_s, u"kafka"_s}, {u"fw-c"_s, u"cassandra"_s}};
        AlertTexts texts(s);
        MachineLive a = machine(u"a"_s, 15, {u"fw-c"_s, u"fw-k"_s}, {3, 12});
        a.answers = {answer(u"fw-k"_s, InverseOfferStatus::Answer::Accept, 1),
                     answer(u"fw-k"_s, InverseOfferStatus::Answer::Decline, 2)}; // latest counts
        QCOMPARE(texts.stuckCause(a, 30 * 60000),
                 u"a (10.0.0.1): 15 task(s) left, none finished for 30m; held by cassandra "
                 u"(never answered, 3 task(s)), kafka (declined, 12 task(s))"_s);
        // The same frameworks elsewhere, with other answers and counts.
        MachineLive b = machine(u"b"_s, 4, {u"fw-c"_s, u"fw-k"_s}, {1, 3});
        b.answers = {answer(u"fw-c"_s, InverseOfferStatus::Answer::Accept, 1)};
        QCOMPARE(texts.stuckCause(b, 90000),
                 u"b (10.0.0.1): 4 task(s) left, none finished for 1m30s; held by cassandra "
                 u"(accepted, tasks not moving, 1 task(s)), kafka (never answered, 3 task(s))"_s);
        // Not counted per framework: a count for a lone framework only; an unnamed framework
        // by its ID.
        QCOMPARE(texts.stuckCause(machine(u"c"_s, 7, {u"fw-c"_s, u"fw-x"_s}), 30 * 60000),
                 u"c (10.0.0.1): 7 task(s) left, none finished for 30m; held by cassandra "
                 u"(never answered), fw-x (never answered)"_s);
        QCOMPARE(texts.stuckCause(machine(u"d"_s, 7, {u"fw-c"_s}), 30 * 60000),
                 u"d (10.0.0.1): 7 task(s) left, none finished for 30m; held by cassandra "
                 u"(never answered, 7 task(s))"_s);
        QCOMPARE(texts.stuckCause(a, 30 * 60000), texts.stuckCause(a, 30 * 60000));
    }

    void readinessByBlockers()
    {
        LiveSnapshot s;
        s.frameworkNames = {{u"fw-k"_s, u"kafka"_s}};
        AlertTexts texts(s);
        DrainReadiness r;
        r.state = DrainReadiness::State::Blocked;
        r.blockers = {{u"fw-k"_s, true}, {u"fw-x"_s, false}};
        QCOMPARE(texts.readiness(r), u"blocked: kafka declined, fw-x has not answered"_s);
        r.blockers = {{u"fw-k"_s, false}, {u"fw-x"_s, false}};
        QCOMPARE(texts.readiness(r), u"blocked: kafka has not answered, fw-x has not answered"_s);
        r.blockers = {{u"fw-k"_s, true}, {u"fw-x"_s, false}};
        QCOMPARE(texts.readiness(r), u"blocked: kafka declined, fw-x has not answered"_s);
        QCOMPARE(texts.readiness(DrainReadiness {DrainReadiness::State::Ready, {}}), u"ready"_s);
    }

    void otherCauses()
    {
        LiveSnapshot s;
        s.frameworkNames = {{u"fw-k"_s, u"kafka"_s}};
        AlertTexts texts(s);
        MachineLive m = machine(u"a"_s, 0, {});
        QCOMPARE(texts.agentLostCause(m), u"The agent of a (10.0.0.1) is disconnected"_s);
        m.agents = 0;
        QVERIFY(texts.agentLostCause(m).contains(u"no registered agent"_s));
        QCOMPARE(texts.silentCause(u"fw-k"_s, 3),
                 u"kafka has answered no inverse offer, on 3 draining machine(s)"_s);
        QVERIFY(texts.stuckSuggestion().startsWith(u"Ask the frameworks' owners"_s));
        QVERIFY(texts.agentLostSuggestion().startsWith(u"Check the host"_s));
        QVERIFY(texts.silentSuggestion().startsWith(u"Ask its owners"_s));
    }
};

QTEST_GUILESS_MAIN(tst_AlertTexts)
#include "tst_alerttexts.moc"
