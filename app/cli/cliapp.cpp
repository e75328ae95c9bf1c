#include "cli/cliapp.h"

#include "cli/reviewcommand.h"
#include "cli/validatecommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

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
    parser.addOptions({help, version, down, json});
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
