#include "cli/validatecommand.h"

#include "maintenancevalidator.h"

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

} // namespace

int ValidateCommand::run(const QByteArray &document, CliOutput io) const
{
    const Result<Schedule> verdict
        = MaintenanceValidator::checkScheduleDocument(document, downMachines);
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
        QString line = e.message;
        if (e.kind == JsonError::Kind::Syntax && e.line > 0)
            line += u" (line %1, column %2)"_s.arg(e.line).arg(e.column);
        io.out << oneLine(line) << '\n';
    }
    io.out.flush();
    return verdict ? ExitOk : ExitRefused;
}
