#include "draft/draftstore.h"
#include "draft/schedulehistory.h"
#include "json/schedulecodec.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

static Schedule sample(qint64 start)
{
    Schedule s;
    s.windows.append({{MachineId::of(u"a.example"_s, u"10.0.0.1"_s)}, {start, 3600000000000LL}});
    return s;
}

class tst_DraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAndLoadsExactly()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        store.setMaster(u"http://m1.example:5050"_s);
        const Schedule base = sample(1767225600000000001LL); // beyond 2^53: must stay exact
        const Schedule draft = sample(1767225600000000999LL);
        QCOMPARE(store.saveNow(base, draft), QString());
        QString problem;
        const auto saved = store.load(&problem);
        QVERIFY(problem.isEmpty());
        QVERIFY(saved);
        QCOMPARE(saved->base, base);
        QCOMPARE(saved->draft, draft);
        QCOMPARE(saved->master, u"http://m1.example:5050"_s);
        QVERIFY(!QFile(store.filePath()).readAll().contains("password"));
    }

    void perMaster()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        store.setMaster(u"m1:5050"_s);
        store.saveNow(sample(1), sample(2));
        store.setMaster(u"m2:5050"_s);
        QString problem;
        QVERIFY(!store.load(&problem));
        store.setMaster(u"m1:5050"_s);
        QVERIFY(store.load(&problem));
    }

    void debouncedSave()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        store.setMaster(u"m1"_s);
        store.scheduleSave(sample(1), sample(2));
        store.scheduleSave(sample(1), sample(3)); // replaces the pending one
        QVERIFY(!QFile::exists(store.filePath()));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(store.filePath()), 5000);
        QString problem;
        QCOMPARE(store.load(&problem)->draft, sample(3));
    }

    void interruptedSaveKeepsThePreviousDraft()
    {
        // A process killed mid-save leaves QSaveFile's temporary file behind, never a torn draft.
        QTemporaryDir dir;
        DraftStore store(dir.path());
        store.setMaster(u"m1"_s);
        store.saveNow(sample(1), sample(2));
        {
            QSaveFile half(store.filePath());
            QVERIFY(half.open(QIODevice::WriteOnly));
            half.write("{\"format\":\"slipway-dr");
            // destroyed without commit(), as if the process died here
        }
        QString problem;
        const auto saved = store.load(&problem);
        QVERIFY(problem.isEmpty());
        QVERIFY(saved);
        QCOMPARE(saved->draft, sample(2));
    }

    void corruptFileIsKeptAsideAndReported()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        store.setMaster(u"m1"_s);
        QDir().mkpath(dir.path());
        QFile f(store.filePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        QString problem;
        QVERIFY(!store.load(&problem));
        QVERIFY(problem.contains(u"could not be read"));
        QVERIFY(!QFile::exists(store.filePath()));
        QCOMPARE(QDir(dir.path()).entryList({u"*.corrupt-*"_s}).size(), 1);
    }

    void historyKeepsReplacedSchedules()
    {
        QTemporaryDir dir;
        ScheduleHistory history(dir.path());
        const QString file = history.keep(u"m1"_s, sample(5));
        QVERIFY(!file.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(*ScheduleCodec::decodeSchedule(f.readAll()), sample(5));
        QCOMPARE(history.entries(u"m1"_s).size(), 1);
        QVERIFY(history.entries(u"m2"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DraftStore)
#include "tst_draftstore.moc"
