#include "cli/cliapp.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slipwayctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = CliApp::run(QCoreApplication::arguments(), {out, err});
    out.flush();
    err.flush();
    return code;
}
