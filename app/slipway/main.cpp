#include "controller/appcontroller.h"
#include "i18n/languagesupport.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Slipway"));
    QApplication::setApplicationName(QStringLiteral("Slipway"));
    QApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/slipway.svg")));
    QApplication::setDesktopFileName(QStringLiteral("slipway"));
    LanguageSupport::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan and run maintenance on Apache Mesos clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Run a simulated master in-process and connect to it."));
    const QCommandLineOption master(
        QStringLiteral("master"),
        QApplication::translate(
            "main", "Connect to this master (URL, host:port, or a comma-separated list)."),
        QStringLiteral("URL"));
    const QCommandLineOption api(QStringLiteral("api"),
                                 QApplication::translate("main", "API to use: v0, v1 or auto."),
                                 QStringLiteral("API"), QStringLiteral("auto"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        QApplication::translate("main", "User for HTTP Basic authentication."),
        QStringLiteral("USER"));
    parser.addOptions({demo, master, api, user});
    parser.process(app);

    AppController controller;
    MainWindow &window = *controller.window();
    window.show();
    if (parser.isSet(demo)) {
        QString error;
        if (!controller.startDemo(&error))
            QMessageBox::critical(
                &window, QApplication::translate("main", "Slipway"),
                QApplication::translate("main", "The demo master could not start: %1").arg(error));
    } else if (parser.isSet(master)) {
        ConnectionRequest request;
        request.masters = parser.value(master);
        request.api = parser.value(api);
        request.user = parser.value(user);
        controller.connectTo(request);
    } else {
        window.showConnectDialog({});
    }
    return app.exec();
}
