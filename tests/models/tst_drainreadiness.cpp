#include "live/drainreadiness.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DrainReadiness)

namespace {

InverseOfferStatus answer(const QString &fw, InverseOfferStatus::Answer a, qint64 ts)
{
    InverseOfferStatus s;
    s.frameworkId = fw;
    s.answer = a;
    s.timestampNs = ts;
    return s;
}

constexpr auto Accept = InverseOfferStatus::Answer::Accept;
constexpr auto Decline = InverseOfferStatus::Answer::Decline;

DrainReadiness blocked(QList<DrainReadiness::Blocker> blockers)
{
    DrainReadiness r;
    r.state = DrainReadiness::State::Blocked;
    r.blockers = std::move(blockers);
    return r;
}

DrainReadiness ready()
{
    DrainReadiness r;
    r.state = DrainReadiness::State::Ready;
    return r;
}

} // namespace

class tst_DrainReadiness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<bool>("draining");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<QStringList>("frameworks");
        QTest::addColumn<QList<InverseOfferStatus>>("answers");
        QTest::addColumn<DrainReadiness>("expected");

        QTest::newRow("up machine") << false << 5 << QStringList {u"a"_s}
                                    << QList<InverseOfferStatus> {} << DrainReadiness {};
        QTest::newRow("no tasks") << true << 0 << QStringList {u"a"_s}
                                  << QList<InverseOfferStatus> {} << ready();
        QTest::newRow("all accepted")
            << true << 4 << QStringList {u"a"_s, u"b"_s}
            << QList<InverseOfferStatus> {answer(u"a"_s, Accept, 1), answer(u"b"_s, Accept, 2)}
            << ready();
        QTest::newRow("no answer") << true << 2 << QStringList {u"a"_s}
                                   << QList<InverseOfferStatus> {} << blocked({{u"a"_s, false}});
        QTest::newRow("one declined, one silent")
            << true << 3 << QStringList {u"a"_s, u"b"_s, u"c"_s}
            << QList<InverseOfferStatus> {answer(u"a"_s, Decline, 1), answer(u"c"_s, Accept, 1)}
            << blocked({{u"a"_s, true}, {u"b"_s, false}});
        QTest::newRow("latest answer wins: accept after decline")
            << true << 1 << QStringList {u"a"_s}
            << QList<InverseOfferStatus> {answer(u"a"_s, Decline, 5), answer(u"a"_s, Accept, 9)}
            << ready();
        QTest::newRow("latest answer wins: decline after accept")
            << true << 1 << QStringList {u"a"_s}
            << QList<InverseOfferStatus> {answer(u"a"_s, Decline, 9), answer(u"a"_s, Accept, 5)}
            << blocked({{u"a"_s, true}});
        QTest::newRow("answer of a framework without tasks is irrelevant")
            << true << 1 << QStringList {u"a"_s}
            << QList<InverseOfferStatus> {answer(u"a"_s, Accept, 1), answer(u"z"_s, Decline, 1)}
            << ready();
        QTest::newRow("unknown answer blocks as no answer")
            << true << 1 << QStringList {u"a"_s}
            << QList<InverseOfferStatus> {answer(u"a"_s, InverseOfferStatus::Answer::Unknown, 1)}
            << blocked({{u"a"_s, false}});
    }
    void evaluate()
    {
        QFETCH(bool, draining);
        QFETCH(int, tasks);
        QFETCH(QStringList, frameworks);
        QFETCH(QList<InverseOfferStatus>, answers);
        QFETCH(DrainReadiness, expected);
        const DrainReadiness r = DrainReadiness::evaluate(draining, tasks, frameworks, answers);
        QCOMPARE(r.state, expected.state);
        QCOMPARE(r.blockers, expected.blockers);
    }

    void describe()
    {
        const auto names = [](const QString &id) {
            return id == u"a" ? u"marathon"_s : QString();
        };
        QCOMPARE(DrainReadiness {}.describe(names), QString());
        QCOMPARE(ready().describe(names), u"ready"_s);
        QCOMPARE(blocked({{u"a"_s, true}, {u"f-42"_s, false}}).describe(names),
                 u"blocked: marathon declined, f-42 has not answered"_s);
    }
};

QTEST_GUILESS_MAIN(tst_DrainReadiness)
#include "tst_drainreadiness.moc"
