#include "draft/atomicfile.h"
#include "draft/draftstore.h"
#include "draft/schedulehistory.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

/// A file size limit for this process, as a full disk would act: writes past it come up short.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit {bytes, m_old.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_old); }

private:
    rlimit m_old {};
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Schedule bigSchedule(int machines)
{
    MaintenanceWindow w;
    w.unavailability.startNs = 1'000'000'000;
    for (int i = 0; i < machines; ++i)
        w.machines.append(MachineId::of(u"machine-%1.example"_s.arg(i), u"10.0.0.1"_s));
    Schedule s;
    s.windows = {w};
    return s;
}

} // namespace

/// Nothing half-written: a write that comes up short (full disk) leaves the previous file as it
/// was and says so.
class AtomicFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWholeFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.json"_s);
        QCOMPARE(AtomicFile::write(path, "first"), QString());
        QCOMPARE(readAll(path), QByteArray("first"));
        QCOMPARE(AtomicFile::write(path, "second"), QString());
        QCOMPARE(readAll(path), QByteArray("second"));
    }

    void aShortWriteKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.json"_s);
        QCOMPARE(AtomicFile::write(path, "good"), QString());
        QString error;
        {
            FileSizeLimit limit(4096);
            error = AtomicFile::write(path, QByteArray(100'000, 'x'));
        }
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"4096 of 100000"_s), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("good"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"a.json"_s});
    }

    void aFullDiskKeepsTheLastGoodDraft()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        store.setMaster(u"m1:5050"_s);
        QCOMPARE(store.saveNow(Schedule(), bigSchedule(1)), QString());
        const QByteArray good = readAll(store.filePath());
        QString error;
        {
            FileSizeLimit limit(4096);
            error = store.saveNow(Schedule(), bigSchedule(2000));
        }
        QVERIFY2(!error.isEmpty(), "a short write was reported as saved");
        QCOMPARE(readAll(store.filePath()), good);
        QString problem;
        const auto saved = store.load(&problem);
        QVERIFY2(saved, qPrintable(problem));
        QCOMPARE(saved->draft, bigSchedule(1));
    }

    void aFullDiskKeepsNoTruncatedHistory()
    {
        QTemporaryDir dir;
        ScheduleHistory history(dir.path());
        QString kept;
        {
            FileSizeLimit limit(4096);
            kept = history.keep(u"m1:5050"_s, bigSchedule(2000));
        }
        QCOMPARE(kept, QString());
        QVERIFY(history.entries(u"m1:5050"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(AtomicFileTest)
#include "tst_atomicfile.moc"
