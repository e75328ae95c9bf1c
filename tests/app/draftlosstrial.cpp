// The draft-loss trial (issue 10): the real controller and main window run offscreen against the
// in-process demo master and edit the draft through the editor at random moments; each edit is
// acknowledged (a line in a side file, fsync'ed) only once the draft file on disk holds it. The
// driver kills the editing process with SIGKILL at a random moment, then does what the next start
// does: takes the draft's lock over and loads the draft with DraftStore. A trial is lost when an
// acknowledged edit is missing or the file is missing or unreadable.
//
//   draftlosstrial trials N   run N trials, print "N trials, L lost", exit 1 if any was lost
//   draftlosstrial edit       the editing process (started by the driver, its HOME a fresh folder)

#include "commands/scheduleeditor.h"
#include "controller/appcontroller.h"
#include "draft/draftstore.h"
#include "mainwindow/mainwindow.h"
#include "monitor/clustermonitor.h"
#include "planning/draftschedule.h"
#include "planning/planningsession.h"
#include "json/draftfile.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinuteNs = 60'000'000'000LL;
constexpr qint64 kStartNs = 1'893'456'000'000'000'000LL; // 2030-01-01, after the demo's windows

QString draftFolder(const QString &home)
{
    return home + u"/data/slipway-trial/slipway-trial/drafts"_s;
}

// The draft file of the demo master under `folder` ("" if none yet).
QString draftPath(const QString &folder)
{
    QDirIterator it(folder, {u"*.json"_s}, QDir::Files);
    return it.hasNext() ? it.next() : QString();
}

// How many edits the saved draft holds: the trial window's start moves one minute per edit.
std::optional<qint64> editsIn(const Schedule &draft, const MachineId &machine)
{
    const std::optional<qsizetype> w = draft.windowOf(machine);
    if (!w)
        return std::nullopt;
    return (draft.windows[*w].unavailability.startNs - kStartNs) / kMinuteNs + 1;
}

void acknowledge(int fd, qint64 edits, const MachineId &machine)
{
    const QByteArray line = QByteArray::number(edits) + ' ' + machine.toSpec().toUtf8() + '\n';
    if (::write(fd, line.constData(), size_t(line.size())) != line.size() || ::fsync(fd) != 0)
        std::abort();
}

int edit(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"slipway-trial"_s);
    QApplication::setApplicationName(u"slipway-trial"_s);
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts"_s;
    const int ack
        = ::open(qgetenv("SLIPWAY_TRIAL_ACK").constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    AppController controller;
    controller.window()->show();
    QString error;
    if (ack < 0 || !controller.startDemo(&error))
        return 2;
    ScheduleEditor *editor = controller.session()->editor();
    MachineId machine;
    WindowId window = 0;
    qint64 edits = 0;
    QTimer tick;
    tick.setSingleShot(true);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const QString path = draftPath(folder);
        QFile file(path);
        if (edits > 0 && !path.isEmpty() && file.open(QIODevice::ReadOnly)) {
            const Result<DraftFile> saved = DraftFile::fromJson(file.readAll());
            if (saved && editsIn(saved->draft, machine) == edits)
                acknowledge(ack, edits, machine);
        }
        if (!controller.monitor()->snapshot() || edits >= 200)
            return tick.start(20);
        bool done = false;
        if (edits > 0) {
            done = editor->moveWindowBy(window, kMinuteNs);
        } else {
            for (const MachineLive &m : controller.monitor()->snapshot()->machines) {
                machine = m.id;
                if ((done = editor->createWindow({m.id}, {kStartNs, kMinuteNs * 30}, &window)))
                    break;
            }
        }
        if (!done)
            return void(std::fputs("edit refused\n", stderr));
        ++edits;
        tick.start(int(QRandomGenerator::global()->bounded(10, 120)));
    });
    tick.start(0);
    return app.exec();
}

// One trial; returns an empty string when nothing was lost, else what was.
QString trial(const QString &self, int index)
{
    QTemporaryDir home;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.path() + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"SLIPWAY_TRIAL_ACK"_s, home.path() + u"/ack"_s);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(self, {u"edit"_s});
    if (!child.waitForStarted())
        return u"the editing process did not start"_s;
    // Once the first edit is on disk, kill at a random moment of the next 1.5 s.
    QElapsedTimer started;
    started.start();
    while (QFileInfo(home.path() + u"/ack"_s).size() == 0 && started.elapsed() < 60000
           && child.state() == QProcess::Running)
        QThread::msleep(20);
    QThread::msleep(QRandomGenerator::global()->bounded(0, 1500));
    child.kill(); // SIGKILL
    child.waitForFinished();
    QFile ackFile(home.path() + u"/ack"_s);
    QList<QByteArray> acks;
    if (ackFile.open(QIODevice::ReadOnly))
        acks = ackFile.readAll().split('\n');
    acks.removeAll(QByteArray());
    if (acks.isEmpty())
        return u"trial %1: no edit was acknowledged before the kill (too short?)"_s.arg(index);
    const QList<QByteArray> last = acks.last().split(' ');
    const qint64 acknowledged = last.value(0).toLongLong();
    const MachineId machine = *MachineId::fromSpec(QString::fromUtf8(last.value(1)));
    // What the next start does: take the dead process's lock over and read the draft.
    DraftStore store(draftFolder(home.path()));
    store.setMaster(u"demo"_s);
    if (!store.isLocked())
        return u"trial %1: the lock was not taken over: %2"_s.arg(index).arg(store.lockProblem());
    QString problem;
    const std::optional<DraftStore::Saved> saved = store.load(&problem);
    if (!saved)
        return u"trial %1: draft missing (%2)"_s.arg(index).arg(problem);
    const qint64 kept = editsIn(saved->draft, machine).value_or(0);
    if (kept < acknowledged)
        return u"trial %1: %2 edits acknowledged, %3 kept"_s.arg(index).arg(acknowledged).arg(kept);
    std::printf("trial %d: %lld acknowledged, %lld kept\n", index, acknowledged, kept);
    return QString();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "edit") == 0)
        return edit(argc, argv);
    if (argc < 3 || qstrcmp(argv[1], "trials") != 0) {
        std::fputs("usage: draftlosstrial trials N\n", stderr);
        return 2;
    }
    QCoreApplication app(argc, argv);
    const int trials = QByteArray(argv[2]).toInt();
    int lost = 0;
    for (int i = 1; i <= trials; ++i) {
        const QString problem = trial(QCoreApplication::applicationFilePath(), i);
        if (!problem.isEmpty()) {
            ++lost;
            std::printf("LOST %s\n", qPrintable(problem));
        }
        std::fflush(stdout);
    }
    std::printf("%d trials, %d lost\n", trials, lost);
    return lost == 0 ? 0 : 1;
}
