// `slipwayctl schedule submit` (and `schedule get`) against the simulated master: the preview,
// the question, a schedule changed meanwhile or since a base, the rules checked before sending,
// and clearing the whole schedule.

#include "cli/cliapp.h"
#include "cliwritefixture.h"
#include "json/schedulecodec.h"

#include <QIODevice>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString kH3Deactivated
    = u"Machine '{\"hostname\":\"h3\",\"ip\":\"10.0.0.3\"}' is deactivated and cannot be removed "
      "from the schedule"_s;

/// Typed answers that do something first: the colleague who posts while the question waits.
class ActingInput : public QIODevice
{
public:
    ActingInput(QByteArray answers, std::function<void()> act)
        : m_answers(std::move(answers))
        , m_act(std::move(act))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_answers.size() + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_act)
            std::exchange(m_act, nullptr)();
        const qint64 n = std::min<qint64>(max, m_answers.size());
        memcpy(data, m_answers.constData(), size_t(n));
        m_answers.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_answers;
    std::function<void()> m_act;
};

} // namespace

class tst_CliSubmit : public QObject, public CliWriteFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(prepare()); }
    void init() { QVERIFY2(startMaster(), qPrintable(m_sim.output())); }

    void cleanSubmit_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("v0") << u"v0"_s;
        QTest::newRow("v1") << u"v1"_s;
    }
    void cleanSubmit()
    {
        QFETCH(QString, api);
        const QByteArray document = scheduleJson({{1, 2, 3}, {4}});
        const QString file = writeFile(u"next.json"_s, document);
        Run r = run(master()
                    + QStringList {u"--api"_s, api, u"schedule"_s, u"submit"_s, file, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"  + window 2: "_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"  + h4 (10.0.0.4) (window 2)\n"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"  h4 (10.0.0.4) starts DRAINING on submit (1 tasks)\n"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Frameworks that will receive inverse offers: web\n"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.endsWith(u"submitted: 2 windows, 4 machines; the master holds exactly "
                                "this schedule\n"_s),
                 qPrintable(r.out));
        QVERIFY(r.err.isEmpty());

        r = run(master() + QStringList {u"schedule"_s, u"get"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.toUtf8(), document + '\n');
        QCOMPARE(*ScheduleCodec::decodeSchedule(r.out.toUtf8()),
                 *ScheduleCodec::decodeSchedule(document));

        r = run(master() + QStringList {u"schedule"_s, u"submit"_s, file, u"--yes"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"nothing to submit: the master already holds this schedule\n"_s);
    }

    void submitAfterAnswer()
    {
        const QByteArray before = liveSchedule();
        const QString file = writeFile(u"next.json"_s, scheduleJson({{1, 2, 3, 4}}));
        const QStringList args = master() + QStringList {u"schedule"_s, u"submit"_s, file};
        Run r = run(args, u"n\n"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"Submit? [y/N] "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"not submitted"_s), qPrintable(r.err));
        QCOMPARE(liveSchedule(), before);

        r = run(args, u"y\n"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"submitted: 1 windows, 4 machines"_s));
        QCOMPARE(liveSchedule(), scheduleJson({{1, 2, 3, 4}}));
    }

    // Issue 10, item 1: a change posted while the question waits is not overwritten.
    void changeWhileAnsweringIsNotOverwritten()
    {
        const QByteArray theirs = scheduleJson({{5}});
        const QString file = writeFile(u"next.json"_s, scheduleJson({{1, 2, 3, 4}}));
        bool posted = false;
        ActingInput typed("y\n", [&] { posted = rawPostSchedule(theirs); });
        QTextStream in(&typed);
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = CliApp::run(QStringList {u"slipwayctl"_s} + master()
                                         + QStringList {u"schedule"_s, u"submit"_s, file},
                                     {o, e}, &in);
        o.flush();
        e.flush();
        QVERIFY(posted);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(u"changed while you were answering; nothing was sent"_s),
                 qPrintable(err));
        QVERIFY2(err.contains(u"h5 (10.0.0.5)"_s), qPrintable(err));
        QCOMPARE(liveSchedule(), theirs);
    }

    void baseMismatchRefused()
    {
        const QByteArray live = liveSchedule();
        // The file was made from a base in which only h1 was scheduled; h2 and h3 came later.
        const QString base = writeFile(u"base.json"_s, scheduleJson({{1}}));
        const QString file = writeFile(u"next.json"_s, scheduleJson({{1, 4}}));
        Run r
            = run(master()
                  + QStringList {u"schedule"_s, u"submit"_s, file, u"--base"_s, base, u"--yes"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.out.contains(u"submitted"_s));
        QVERIFY2(r.err.contains(u"the schedule on the master changed since "_s + base),
                 qPrintable(r.err));
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(u"  + h2 (10.0.0.2) (window 1)"_s), qPrintable(r.err));
        QVERIFY2(lines.contains(u"  + h3 (10.0.0.3) (window 1)"_s), qPrintable(r.err));
        QCOMPARE(liveSchedule(), live); // nothing posted

        // With the live schedule as the base it goes through.
        const QString fresh = m_dir.filePath(u"fresh.json"_s);
        QCOMPARE(run(master() + QStringList {u"schedule"_s, u"get"_s, u"-o"_s, fresh}).code, 0);
        r = run(master()
                + QStringList {u"schedule"_s, u"submit"_s, file, u"--base"_s, fresh, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(liveSchedule(), scheduleJson({{1, 4}}));
    }

    void downMachineCannotBeRemoved()
    {
        Run r = run(master() + QStringList {u"down"_s, u"h3/10.0.0.3"_s, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(liveStatus().contains(R"("down_machines":[{"hostname":"h3","ip":"10.0.0.3"}])"));
        const QByteArray live = liveSchedule();

        const QString file = writeFile(u"next.json"_s, scheduleJson({{1, 2}}));
        r = run(master() + QStringList {u"schedule"_s, u"submit"_s, file, u"--yes"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.split(u'\n').contains(kH3Deactivated), qPrintable(r.err));
        QCOMPARE(liveSchedule(), live);

        // The master says the same when asked directly: the texts are the master's.
        QNetworkAccessManager network;
        QUrl url = m_sim.url();
        url.setPath(u"/master/maintenance/schedule"_s);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = network.post(request, scheduleJson({{1, 2}}));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QCOMPARE(QString::fromUtf8(reply->readAll()), kH3Deactivated);
        delete reply;
    }

    void brokenFileRefusedBeforeSending()
    {
        const QString file = writeFile(
            u"empty-window.json"_s,
            R"({"windows":[{"machine_ids":[],"unavailability":{"start":{"nanoseconds":0}}}]})");
        const Run r = run(master() + QStringList {u"schedule"_s, u"submit"_s, file, u"--yes"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.split(u'\n').contains(u"List of machines in the maintenance window is empty"_s),
            qPrintable(r.err));
    }

    // Issue 12: --yes alone does not clear the whole schedule.
    void clearingNeedsYesClear()
    {
        const QByteArray live = liveSchedule();
        const QString file = writeFile(u"other.json"_s, R"({"name":"racks","items":[]})");
        const QStringList args = master() + QStringList {u"schedule"_s, u"submit"_s, file};
        Run r = run(args + QStringList {u"--yes"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"removes every window (1 windows, 3 machines"_s),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(u"--yes-clear"_s), qPrintable(r.err));
        QCOMPARE(liveSchedule(), live);

        // At a terminal the question names what it clears, even with --yes.
        r = run(args + QStringList {u"--yes"_s}, u"n\n"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"it clears 1 windows and 3 machines"_s), qPrintable(r.err));
        QCOMPARE(liveSchedule(), live);

        r = run(args + QStringList {u"--yes-clear"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(liveSchedule(), QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(tst_CliSubmit)
#include "tst_cli_submit.moc"
