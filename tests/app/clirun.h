#pragma once

#include "cli/cliapp.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

/// What one in-process slipwayctl run printed and returned.
struct CliRun
{
    int code;
    QString out;
    QString err;
};

/// Runs slipwayctl in-process; @p answers, when given, are the lines typed at a y/N question.
inline CliRun runCli(const QStringList &args, const QString &answers = QString())
{
    QString out, err, typed = answers;
    QTextStream o(&out), e(&err), in(&typed);
    const int code = CliApp::run(QStringList {QStringLiteral("slipwayctl")} + args, {o, e},
                                 answers.isNull() ? nullptr : &in);
    o.flush();
    e.flush();
    return {code, out, err};
}
