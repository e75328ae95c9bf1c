#include "cli/validatecommand.h"

#include "maintenancevalidator.h"
#include "json/schedulecodec.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace {

QString kindName(JsonError::Kind kind)
{
    switch (kind) {
    case JsonError::Kind::Syntax:
        return u"syntax"_s;
    case JsonError::Kind::Structure:
        return u"structure"_s;
    case JsonError::Kind::Missing:
        return u"missing"_s;
    case JsonError::Kind::Semantic:
        return u"rule"_s;
    }
    return QString();
}

QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

/// A valid verdict for a file with other keys than `windows` is the master's, but such a file is
/// most likely not a schedule at all: the master would read it as empty and clear every window.
void warnUnknownKeys(const QByteArray &document, const Schedule &verdict, QTextStream &err)
{
    const QStringList unknown = ScheduleCodec::unknownScheduleKeys(document);
    if (unknown.isEmpty())
        return;
    err << "slipwayctl: "
        << QCoreApplication::translate("ValidateCommand",
                                       "warning: the master ignores the unknown key(s) %1")
               .arg(unknown.join(u", "_s));
    if (verdict.windows.isEmpty()) {
        err << QCoreApplication::translate(
            "ValidateCommand",
            "; it would read this file as an empty schedule and clear every window");
    }
    err << '\n';
    err.flush();
}

} // namespace

int ValidateCommand::run(const QByteArray &document, CliOutput io) const
{
    const Result<Schedule> verdict
        = MaintenanceValidator::checkScheduleDocument(document, downMachines);
    if (verdict)
        warnUnknownKeys(document, *verdict, io.err);
    if (json) {
        nlohmann::json o; // keys sorted, as before
        o["valid"] = verdict.ok();
        if (verdict) {
            o["windows"] = verdict->windows.size();
            o["machines"] = verdict->machineCount();
        } else {
            const JsonError &e = verdict.error();
            o["error"] = e.message.toStdString();
            o["kind"] = kindName(e.kind).toStdString();
            if (!e.path.isEmpty())
                o["path"] = e.path.toStdString();
            if (e.line > 0) {
                o["line"] = e.line;
                o["column"] = e.column;
            }
        }
        io.out << QString::fromStdString(
            o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
               << '\n';
    } else if (verdict) {
        io.out << u"valid: %1 windows, %2 machines"_s.arg(verdict->windows.size())
                      .arg(verdict->machineCount())
               << '\n';
    } else {
        const JsonError &e = verdict.error();
        // The master's text, then where (--json keeps the master's text alone).
        const QString line
            = e.kind == JsonError::Kind::Syntax && e.line > 0 ? e.describe() : e.message;
        io.out << oneLine(line) << '\n';
    }
    io.out.flush();
    return verdict ? ExitOk : ExitRefused;
}
