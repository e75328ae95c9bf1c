#include "cli/rendercommand.h"

#include "render/timelineimage.h"
#include "json/clusterstatereader.h"
#include "json/schedulecodec.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QScopeGuard>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

std::optional<QByteArray> readFile(const QString &path, CliOutput io)
{
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        io.err << "slipwayctl: cannot read " << path << ": " << file.errorString() << '\n';
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<Schedule> readSchedule(const QString &path, const char *what, CliOutput io)
{
    const std::optional<QByteArray> bytes = readFile(path, io);
    if (!bytes)
        return std::nullopt;
    Result<Schedule> schedule = ScheduleCodec::decodeSchedule(*bytes);
    if (!schedule) {
        io.err << "slipwayctl: " << what << path
               << " is not a schedule: " << schedule.error().describe() << '\n';
        return std::nullopt;
    }
    return std::move(schedule).value();
}

} // namespace

int RenderCommand::run(CliOutput io) const
{
    if (outputFile.isEmpty() || !TimelineImage::isSupportedPath(outputFile)) {
        io.err << "slipwayctl: render writes a picture: -o FILE.png or -o FILE.svg\n";
        return ExitUsage;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        io.err << "slipwayctl: render needs a QGuiApplication\n";
        return ExitUsage;
    }
    // The picture's texts are English; this gives their plurals ("1 machine", "4 machines").
    QTranslator plurals;
    if (plurals.load(u"slipway_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&plurals);
    const auto uninstall
        = qScopeGuard([&plurals] { QCoreApplication::removeTranslator(&plurals); });
    TimelineImage::Input input;
    const std::optional<Schedule> schedule = readSchedule(scheduleFile, "", io);
    if (!schedule)
        return ExitUsage;
    input.schedule = *schedule;
    input.title = u"Schedule "_s
        + (scheduleFile == u"-" ? u"(stdin)"_s : QFileInfo(scheduleFile).fileName());
    if (!baseFile.isEmpty()) {
        input.base = readSchedule(baseFile, "--base ", io);
        if (!input.base)
            return ExitUsage;
        input.baseName = QFileInfo(baseFile).fileName();
    }
    if (!stateFile.isEmpty()) {
        const std::optional<QByteArray> state = readFile(stateFile, io);
        if (!state)
            return ExitUsage;
        // A saved /master/state-summary (or /master/state), else a v1 GET_STATE answer; one
        // without agents gives no zones and is most likely some other file.
        Result<ClusterState> cluster = ClusterStateReader::readStateSummary(*state);
        if (!cluster || cluster->agents.isEmpty()) {
            const Result<ClusterState> v1 = ClusterStateReader::readV1State(*state);
            if (v1 && !v1->agents.isEmpty())
                cluster = v1;
        }
        if (!cluster || cluster->agents.isEmpty()) {
            io.err << "slipwayctl: --state " << stateFile << " is not a state summary: "
                   << (cluster ? u"it names no agents"_s : cluster.error().describe()) << '\n';
            return ExitUsage;
        }
        input.agents = cluster->agents;
    }
    for (const QString &spec : downSpecs) {
        const std::optional<MachineId> id = MachineId::fromSpec(spec);
        if (!id) {
            io.err << "slipwayctl: --down '" << spec << "' is not HOSTNAME/IP, HOSTNAME or /IP\n";
            return ExitUsage;
        }
        input.status.down.append(*id);
    }
    input.nowNs = nowNs.value_or(QDateTime::currentMSecsSinceEpoch() * 1'000'000LL);
    const TimelineImage image(input);
    if (!image.error().isEmpty()) {
        io.err << "slipwayctl: " << scheduleFile
               << " is not a schedule the master would accept: " << image.error() << '\n';
        return ExitRefused;
    }
    if (const QString error = image.write(outputFile); !error.isEmpty()) {
        io.err << "slipwayctl: " << error << '\n';
        return ExitUsage;
    }
    io.out << "wrote " << outputFile << " (" << image.size().width() << "x" << image.size().height()
           << ", " << input.schedule.windows.size() << " windows, " << input.schedule.machineCount()
           << " machines)\n";
    return ExitOk;
}
