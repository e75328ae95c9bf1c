#include "cli/cliapp.h"

#include "cli/reviewcommand.h"
#include "cli/passwordprompt.h"
#include "cli/schedulecommand.h"
#include "cli/statuscommand.h"
#include "cli/validatecommand.h"
#include "net/masterclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {

QString usage()
{
    return uR"(Usage: slipwayctl [OPTIONS] COMMAND [ARGS...]

Plan and run maintenance on an Apache Mesos cluster from scripts and review pipelines.

Commands:
  validate FILE          Check a schedule file (- for stdin) the way the master would.
                         Exit 0 when valid, 1 with the master's error text when not.
    --down MACHINE       A machine that is currently DOWN (repeatable); it must stay
                         in the schedule. MACHINE is HOSTNAME/IP, HOSTNAME or /IP.
    --json               Print a machine-readable verdict.
  review FILE            Print a review written by "Export for review" and check that the
                         schedule file is still the one reviewed (SHA-256). Exit 1 if not.
  status                 Per machine: mode, the frameworks' answers to the inverse
                         offers, tasks left and whether it is ready to go down.
                         DRAINING and DOWN machines first, then a summary line.
    --json               Print a machine-readable document instead of the table.
  schedule get           Print the live schedule exactly as the master returns it.
    -o, --output FILE    Write it to FILE (atomically) instead.

Master options (status, schedule):
  --master URLS          The master: http(s)://HOST:PORT, HOST:PORT or HOST (port
                         5050), or a comma-separated list of them.
  --api v0|v1|auto       The master API to speak (default auto).
  --user USER            HTTP Basic user; the password comes from SLIPWAY_PASSWORD
                         or is asked for on the terminal.

Options:
  -h, --help             Show this help.
  -v, --version          Show the version.

Exit codes: 0 ok, 1 refused (by the master or its rules), 2 usage error or unreadable
input, 3 the master cannot be reached.
)"_s;
}

bool readInput(const QString &path, QByteArray &data, QString &error)
{
    QFile file;
    const bool stdinInput = path == u"-";
    const bool opened = stdinInput ? file.open(stdin, QIODevice::ReadOnly)
                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        error = file.errorString();
        return false;
    }
    data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int CliApp::run(const QStringList &arguments, CliOutput io)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s});
    const QCommandLineOption version(QStringList{u"v"_s, u"version"_s});
    const QCommandLineOption down(u"down"_s, QString(), u"MACHINE"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption master(u"master"_s, QString(), u"URLS"_s);
    const QCommandLineOption api(u"api"_s, QString(), u"API"_s, u"auto"_s);
    const QCommandLineOption user(u"user"_s, QString(), u"USER"_s);
    const QCommandLineOption output(QStringList {u"o"_s, u"output"_s}, QString(), u"FILE"_s);
    parser.addOptions({help, version, down, json, master, api, user, output});
    if (!parser.parse(arguments)) {
        io.err << "slipwayctl: " << parser.errorText() << "\nTry 'slipwayctl --help'.\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        io.out << usage();
        return ExitOk;
    }
    if (parser.isSet(version)) {
        io.out << "slipwayctl " << QStringLiteral(SLIPWAY_VERSION) << '\n';
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        io.err << "slipwayctl: no command given\nTry 'slipwayctl --help'.\n";
        return ExitUsage;
    }
    const QString command = args.first();
    if (command == u"validate")
        return validate(args.mid(1), parser.values(down), parser.isSet(json), io);
    if (command == u"review") {
        if (args.size() != 2) {
            io.err << "slipwayctl: review takes exactly one FILE\n";
            return ExitUsage;
        }
        return ReviewCommand().run(args.at(1), io);
    }
    if (command == u"status" || command == u"schedule") {
        MasterOptions options {parser.value(master), parser.value(api), parser.value(user),
                               parser.isSet(user)};
        if (command == u"status") {
            if (args.size() != 1) {
                io.err << "slipwayctl: status takes no arguments\n";
                return ExitUsage;
            }
            StatusCommand status;
            status.json = parser.isSet(json);
            return withMaster(options, io,
                              [&](MasterClient &client) { return status.run(client, io); });
        }
        if (args.size() != 2 || args.at(1) != u"get") {
            io.err << "slipwayctl: the schedule command is 'schedule get [-o FILE]'\n";
            return ExitUsage;
        }
        ScheduleCommand schedule;
        schedule.outputFile = parser.value(output);
        return withMaster(options, io,
                          [&](MasterClient &client) { return schedule.get(client, io); });
    }
    io.err << "slipwayctl: unknown command '" << command << "'\nTry 'slipwayctl --help'.\n";
    return ExitUsage;
}

int CliApp::validate(const QStringList &args, const QStringList &downSpecs, bool json, CliOutput io)
{
    if (args.size() != 1) {
        io.err << "slipwayctl: validate takes exactly one FILE (- for stdin)\n";
        return ExitUsage;
    }
    ValidateCommand command;
    command.json = json;
    for (const QString &spec : downSpecs) {
        const std::optional<MachineId> id = MachineId::fromSpec(spec);
        if (!id) {
            io.err << "slipwayctl: --down '" << spec << "' is not HOSTNAME/IP, HOSTNAME or /IP\n";
            return ExitUsage;
        }
        command.downMachines.append(*id);
    }
    QByteArray document;
    QString error;
    if (!readInput(args.first(), document, error)) {
        io.err << "slipwayctl: cannot read " << args.first() << ": " << error << '\n';
        return ExitUsage;
    }
    return command.run(document, io);
}

int CliApp::withMaster(const MasterOptions &options, CliOutput io,
                       const std::function<int(MasterClient &)> &command)
{
    MasterEndpoint endpoint;
    if (options.masters.isEmpty()) {
        io.err << "slipwayctl: --master is required\nTry 'slipwayctl --help'.\n";
        return ExitUsage;
    }
    const std::optional<QList<QUrl>> masters = MasterEndpoint::parseMasterList(options.masters);
    if (!masters) {
        io.err << "slipwayctl: --master '" << options.masters
               << "' is not http(s)://HOST:PORT, HOST:PORT or HOST (comma-separated)\n";
        return ExitUsage;
    }
    const std::optional<MasterEndpoint::Api> api = MasterEndpoint::parseApi(options.api);
    if (!api) {
        io.err << "slipwayctl: --api takes v0, v1 or auto\n";
        return ExitUsage;
    }
    endpoint.masters = *masters;
    endpoint.api = *api;
    if (options.userSet) {
        if (options.user.isEmpty()) {
            io.err << "slipwayctl: --user needs a user name\n";
            return ExitUsage;
        }
        endpoint.user = options.user;
        endpoint.password
            = PasswordPrompt::obtain(options.user, options.masters).value_or(QString());
    }
    QNetworkAccessManager network;
    MasterClient client(&network);
    client.setEndpoint(endpoint);
    return command(client);
}
