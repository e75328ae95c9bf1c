#include "cli/cliapp.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
