#include "controller/appcontroller.h"
#include "i18n/languagesupport.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstring>

namespace {

struct Options
{
    QCommandLineOption demo {QStringLiteral("demo")};
    QCommandLineOption master {QStringLiteral("master")};
    QCommandLineOption api {QStringLiteral("api")};
    QCommandLineOption user {QStringLiteral("user")};
};

Options addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Plan and run maintenance on Apache Mesos clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options o;
    o.demo.setDescription(QCoreApplication::translate(
        "main", "Run a simulated master in-process and connect to it."));
    o.master.setDescription(QCoreApplication::translate(
        "main", "Connect to this master (URL, host:port, or a comma-separated list)."));
    o.master.setValueName(QStringLiteral("URL"));
    o.api.setDescription(QCoreApplication::translate("main", "API to use: v0, v1 or auto."));
    o.api.setValueName(QStringLiteral("API"));
    o.api.setDefaultValue(QStringLiteral("auto"));
    o.user.setDescription(
        QCoreApplication::translate("main", "User for HTTP Basic authentication."));
    o.user.setValueName(QStringLiteral("USER"));
    parser.addOptions({o.demo, o.master, o.api, o.user});
    return o;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Slipway"));
    QCoreApplication::setApplicationName(QStringLiteral("Slipway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION));
}

/// --help and --version need no display: QApplication aborts without one, so they are answered
/// by a QCoreApplication first (QCommandLineParser::process exits after printing).
bool asksHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "--help-all", "-?", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

void printHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication core(argc, argv);
    setIdentity();
    LanguageSupport::install(&core, LanguageSupport::chosenLanguage());
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(core);
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksHelpOrVersion(argc, argv))
        printHelpOrVersion(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/slipway.svg")));
    QApplication::setDesktopFileName(QStringLiteral("slipway"));
    LanguageSupport::install(&app, LanguageSupport::chosenLanguage());

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(app);

    AppController controller;
    MainWindow &window = *controller.window();
    window.show();
    if (parser.isSet(options.demo)) {
        QString error;
        if (!controller.startDemo(&error))
            QMessageBox::critical(
                &window, QApplication::translate("main", "Slipway"),
                QApplication::translate("main", "The demo master could not start: %1").arg(error));
    } else if (parser.isSet(options.master)) {
        ConnectionRequest request;
        request.masters = parser.value(options.master);
        request.api = parser.value(options.api);
        request.user = parser.value(options.user);
        controller.connectTo(request);
    } else {
        window.showConnectDialog({});
    }
    return app.exec();
}
