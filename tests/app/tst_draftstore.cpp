#include "draft/draftstore.h"
#include "draft/schedulehistory.h"
#include "json/schedulecodec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
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
    // Issue 10, item 6: every spelling of one master shares its draft and its history.
    void oneMasterManySpellings()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        store.setMaster(u"m1"_s);
        QCOMPARE(store.saveNow(sample(1), sample(2)), QString());
        const QString file = store.filePath();
        for (const QString &spelling : {u"m1:5050"_s, u"http://m1:5050"_s, u"http://M1:5050/"_s,
                                        u"https://m1:5050/master"_s}) {
            store.setMaster(spelling);
            QCOMPARE(store.filePath(), file);
            const auto saved = store.load(nullptr);
            QVERIFY2(saved, qPrintable(spelling));
            QCOMPARE(saved->draft, sample(2));
        }
        store.setMaster(u"m1:5051"_s);
        QVERIFY(!store.load(nullptr));
        store.setMaster(u"m1,m2"_s);
        const QString pair = store.filePath();
        store.setMaster(u"m2:5050, m1"_s);
        QCOMPARE(store.filePath(), pair);

        ScheduleHistory history(dir.path() + u"/history"_s);
        QVERIFY(!history.keep(u"m1:5050"_s, sample(3)).isEmpty());
        QCOMPARE(history.entries(u"http://m1:5050"_s).size(), 1);
        QCOMPARE(history.entries(u"m1"_s).size(), 1);
    }

    // Issue 10, item 4: one process at a time holds a master's draft.
    void secondStoreIsLockedOut()
    {
        QTemporaryDir dir;
        DraftStore first(dir.path());
        first.setMaster(u"m1:5050"_s);
        QVERIFY(first.isLocked());
        QCOMPARE(first.saveNow(sample(1), sample(2)), QString());
        DraftStore second(dir.path());
        second.setMaster(u"http://m1:5050"_s);
        QVERIFY(!second.isLocked());
        QVERIFY(
            second.lockProblem().contains(u"process %1"_s.arg(QCoreApplication::applicationPid())));
        QVERIFY(!second.saveNow(sample(5), sample(6)).isEmpty());
        second.discard();
        QVERIFY(!second.load(nullptr));
        QCOMPARE(first.load(nullptr)->draft, sample(2));
        first.setMaster(QString()); // released: the other may take it
        second.setMaster(u"m1"_s);
        QVERIFY(second.isLocked());
        QCOMPARE(second.load(nullptr)->draft, sample(2));
    }

    void draftsOfTheOldNamingAreFound()
    {
        // Before keys were normalised, a draft was named after the master as typed.
        QTemporaryDir dir;
        QString saved;
        {
            DraftStore store(dir.path());
            store.setMaster(u"m1.example:5050"_s);
            QCOMPARE(store.saveNow(sample(1), sample(2)), QString());
            saved = store.filePath();
        }
        const QString typed = u"http://m1.example:5050"_s;
        const QString legacy = dir.path() + u"/http_m1.example_5050-"_s
            + QString::fromLatin1(QCryptographicHash::hash(typed.toUtf8(),
                                                           QCryptographicHash::Sha256)
                                      .toHex()
                                      .left(10))
            + u".json"_s;
        QVERIFY(QFile::rename(saved, legacy));
        DraftStore store(dir.path());
        store.setMaster(typed);
        QCOMPARE(store.load(nullptr)->draft, sample(2));
        QVERIFY(!QFile::exists(legacy));
    }

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
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("password"));
    }

    // Found by the draft-loss trial: each edit restarted the save delay, so edits coming faster
    // than the delay (a key held down to nudge a window) were never saved while they went on.
    void editsInQuickSuccessionAreStillSaved()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        store.setMaster(u"http://m1.example:5050"_s);
        QElapsedTimer clock;
        clock.start();
        for (qint64 i = 1; clock.elapsed() < 1500; ++i) {
            store.scheduleSave(Schedule(), sample(1767225600000000000LL + i));
            QTest::qWait(100);
        }
        QVERIFY(QFile::exists(store.filePath())); // saved while the edits went on
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
