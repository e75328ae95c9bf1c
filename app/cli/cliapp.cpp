#include "cli/cliapp.h"
#include "cli/cliusage.h"

#include "cli/agentdraincommand.h"
#include "cli/checkcommand.h"
#include "cli/maintenancecommand.h"
#include "cli/passwordprompt.h"
#include "cli/plancommand.h"
#include "cli/rendercommand.h"
#include "cli/reviewcommand.h"
#include "cli/schedulecommand.h"
#include "cli/statuscommand.h"
#include "cli/submitcommand.h"
#include "cli/terminalprompt.h"
#include "cli/validatecommand.h"
#include "net/masterclient.h"
#include "json/schedulecodec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace {

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
    return run(arguments, io, nullptr);
}

int CliApp::run(const QStringList &arguments, CliOutput io, QTextStream *answers)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList {u"h"_s, u"help"_s});
    const QCommandLineOption version(QStringList {u"v"_s, u"version"_s});
    const QCommandLineOption down(u"down"_s, QString(), u"MACHINE"_s);
    const QCommandLineOption json(u"json"_s);
    const QCommandLineOption master(u"master"_s, QString(), u"URLS"_s);
    const QCommandLineOption api(u"api"_s, QString(), u"API"_s, u"auto"_s);
    const QCommandLineOption user(u"user"_s, QString(), u"USER"_s);
    const QCommandLineOption output(QStringList {u"o"_s, u"output"_s}, QString(), u"FILE"_s);
    const QCommandLineOption base(u"base"_s, QString(), u"FILE"_s);
    const QCommandLineOption yes(u"yes"_s);
    const QCommandLineOption yesClear(u"yes-clear"_s);
    const QCommandLineOption passwordFile(u"password-file"_s, QString(), u"FILE"_s);
    const QCommandLineOption caFile(u"ca-file"_s, QString(), u"FILE"_s);
    const QCommandLineOption policy(u"policy"_s, QString(), u"FILE"_s);
    const QCommandLineOption state(u"state"_s, QString(), u"FILE"_s);
    const QCommandLineOption scheduleFile(u"schedule"_s, QString(), u"FILE"_s);
    const QCommandLineOption grace(u"grace"_s, QString(), u"DURATION"_s);
    const QCommandLineOption markGone(u"mark-gone"_s);
    const QCommandLineOption stuckAfter(u"stuck-after"_s, QString(), u"DURATION"_s);
    parser.addOptions({help, version, down, json, master, api, user, output, base, yes, yesClear,
                       passwordFile, caFile, policy, state, scheduleFile, grace, markGone,
                       stuckAfter});
    if (!parser.parse(arguments)) {
        io.err << "slipwayctl: " << parser.errorText() << "\nTry 'slipwayctl --help'.\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        io.out << CliUsage::text();
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
    if (command == u"render") {
        if (args.size() != 2) {
            io.err << "slipwayctl: the render command is 'render FILE [--base FILE] "
                      "[--state FILE] -o OUT.png|OUT.svg'\n";
            return ExitUsage;
        }
        return RenderCommand {args.at(1),           parser.value(base),  parser.value(state),
                              parser.value(output), parser.values(down), std::nullopt}
            .run(io);
    }
    // A password in --master is dropped before anything can print it; its user name is --user.
    QString urlUser;
    const QString masters = MasterEndpoint::withoutUserInfo(parser.value(master), &urlUser);
    const bool userSet = parser.isSet(user) || !urlUser.isEmpty();
    const MasterOptions options {
        masters, parser.value(api),          parser.isSet(user) ? parser.value(user) : urlUser,
        userSet, parser.value(passwordFile), parser.value(caFile)};
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
    if (command == u"alerts" || command == u"watch") {
        const AlertOptions alert {parser.value(grace), parser.value(stuckAfter), parser.value(base),
                                  parser.isSet(json)};
        return alerts(args, options, alert, io);
    }
    if (command == u"plan" || command == u"check") {
        PlanningInput input;
        input.policyFile = parser.value(policy);
        input.stateFile = parser.value(state);
        input.scheduleFile = parser.value(scheduleFile);
        input.downSpecs = parser.values(down);
        return planning(args, options, input, parser.value(output), parser.isSet(json), io);
    }
    ChangeOptions change {parser.value(output), parser.value(base), parser.isSet(yes), answers};
    change.yesClear = parser.isSet(yesClear);
    if (command == u"schedule")
        return schedule(args.mid(1), options, change, io);
    if (command == u"down" || command == u"up")
        return maintenance(args, options, change, io);
    if (command == u"drain" || command == u"reactivate")
        return agentDrain(args, parser.isSet(grace) ? parser.value(grace) : QString(),
                          parser.isSet(markGone), options, change, io);
    io.err << "slipwayctl: unknown command '" << command << "'\nTry 'slipwayctl --help'.\n";
    return ExitUsage;
}

int CliApp::schedule(const QStringList &args, const MasterOptions &master,
                     const ChangeOptions &change, CliOutput io)
{
    if (args.size() == 1 && args.first() == u"get") {
        ScheduleCommand command;
        command.outputFile = change.output;
        return withMaster(master, io,
                          [&](MasterClient &client) { return command.get(client, io); });
    }
    if (args.size() != 2 || args.first() != u"submit") {
        io.err << "slipwayctl: the schedule command is 'schedule get [-o FILE]' or "
                  "'schedule submit FILE [--base FILE] [--yes]'\n";
        return ExitUsage;
    }
    SubmitCommand command;
    command.fileName = args.at(1);
    command.yes = change.yes;
    command.yesClear = change.yesClear;
    QByteArray document;
    QString error;
    if (!readInput(command.fileName, document, error)) {
        io.err << "slipwayctl: cannot read " << command.fileName << ": " << error << '\n';
        return ExitUsage;
    }
    if (!change.base.isEmpty()) {
        QByteArray baseDocument;
        if (!readInput(change.base, baseDocument, error)) {
            io.err << "slipwayctl: cannot read " << change.base << ": " << error << '\n';
            return ExitUsage;
        }
        Result<Schedule> base = ScheduleCodec::decodeSchedule(baseDocument);
        if (!base) {
            io.err << "slipwayctl: --base " << change.base
                   << " is not a schedule: " << base.error().describe() << '\n';
            return ExitUsage;
        }
        command.base = std::move(base).value();
        command.baseName = change.base;
    }
    TerminalPrompt prompt(change.answers);
    return withMaster(master, io, [&](MasterClient &client) {
        return command.run(client, document, prompt, io);
    });
}

int CliApp::agentDrain(const QStringList &args, const QString &grace, bool markGone,
                       const MasterOptions &master, const ChangeOptions &change, CliOutput io)
{
    std::optional<AgentDrainCommand> command
        = AgentDrainCommand::fromArguments(args, grace, markGone, io);
    if (!command)
        return ExitUsage;
    command->yes = change.yes;
    TerminalPrompt prompt(change.answers);
    return withMaster(master, io,
                      [&](MasterClient &client) { return command->run(client, prompt, io); });
}

int CliApp::maintenance(const QStringList &args, const MasterOptions &master,
                        const ChangeOptions &change, CliOutput io)
{
    MaintenanceCommand command;
    command.direction = args.first() == u"down" ? MaintenanceCommand::Direction::Down
                                                : MaintenanceCommand::Direction::Up;
    command.yes = change.yes;
    if (args.size() < 2) {
        io.err << "slipwayctl: " << args.first() << " takes one or more MACHINEs\n";
        return ExitUsage;
    }
    for (const QString &spec : args.mid(1)) {
        const std::optional<MachineId> id = MachineId::fromSpec(spec);
        if (!id) {
            io.err << "slipwayctl: '" << spec << "' is not HOSTNAME/IP, HOSTNAME or /IP\n";
            return ExitUsage;
        }
        command.machines.append(*id);
    }
    TerminalPrompt prompt(change.answers);
    return withMaster(master, io,
                      [&](MasterClient &client) { return command.run(client, prompt, io); });
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

bool CliApp::applySecurity(const MasterOptions &options, MasterEndpoint &endpoint, CliOutput io)
{
    if (!options.caFile.isEmpty()) {
        if (QSslCertificate::fromPath(options.caFile).isEmpty()) {
            io.err << "slipwayctl: --ca-file " << options.caFile
                   << ": no certificate could be read (PEM expected)\n";
            return false;
        }
        endpoint.caFile = options.caFile;
    }
    if (!options.passwordFile.isEmpty() && !options.userSet) {
        io.err << "slipwayctl: --password-file needs --user\n";
        return false;
    }
    if (options.userSet) {
        if (options.user.isEmpty()) {
            io.err << "slipwayctl: --user needs a user name\n";
            return false;
        }
        endpoint.user = options.user;
        QString error;
        const std::optional<QString> password
            = PasswordPrompt::obtain(options.user, options.masters, options.passwordFile, &error);
        if (!password && !error.isEmpty()) {
            io.err << "slipwayctl: cannot read the password file " << options.passwordFile << ": "
                   << error << '\n';
            return false;
        }
        endpoint.password = password.value_or(QString());
    }
    return true;
}

int CliApp::planning(const QStringList &args, const MasterOptions &master, PlanningInput input,
                     const QString &output, bool json, CliOutput io)
{
    const bool plan = args.first() == u"plan";
    if (input.policyFile.isEmpty() || args.size() != (plan ? 1 : 2)) {
        io.err << (plan ? "slipwayctl: the plan command is 'plan --policy POLICY.json [-o FILE] "
                          "[--json]'\n"
                        : "slipwayctl: the check command is 'check --policy POLICY.json FILE'\n");
        return ExitUsage;
    }
    if (input.stateFile.isEmpty() == master.masters.isEmpty()) {
        io.err << "slipwayctl: " << args.first() << " reads the cluster from --master or --state\n";
        return ExitUsage;
    }
    if (!input.scheduleFile.isEmpty() && input.stateFile.isEmpty()) {
        io.err << "slipwayctl: --schedule goes with --state\n";
        return ExitUsage;
    }
    QByteArray document;
    if (!plan) {
        QString error;
        if (!readInput(args.at(1), document, error)) {
            io.err << "slipwayctl: cannot read " << args.at(1) << ": " << error << '\n';
            return ExitUsage;
        }
    }
    if (const std::optional<int> failed = input.readFiles(io))
        return *failed;
    auto finish = [&]() {
        if (plan)
            return PlanCommand {input, output, json}.run(io);
        return CheckCommand {input, json}.run(document, io);
    };
    if (!input.stateFile.isEmpty())
        return finish();
    return withMaster(master, io, [&](MasterClient &client) {
        if (const std::optional<int> failed = input.readMaster(client, io))
            return *failed;
        return finish();
    });
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
    if (!applySecurity(options, endpoint, io))
        return ExitUsage;
    QNetworkAccessManager network;
    MasterClient client(&network);
    client.setEndpoint(endpoint);
    return command(client);
}
