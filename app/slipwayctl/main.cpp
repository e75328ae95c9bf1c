#include "cli/cliapp.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // `render` paints (fonts, QPainter): a QGuiApplication on the offscreen platform, which needs
    // no display. Every other command stays a QCoreApplication.
    const bool render = std::any_of(
        argv + 1, argv + argc, [](const char *arg) { return std::strcmp(arg, "render") == 0; });
    if (render)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = render
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slipwayctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION));
    // Scripts read stderr: keep our request tracing out of it unless QT_LOGGING_RULES asks for it.
    QLoggingCategory::setFilterRules(QStringLiteral("slipway.*.debug=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = CliApp::run(QCoreApplication::arguments(), {out, err});
    out.flush();
    err.flush();
    return code;
}
