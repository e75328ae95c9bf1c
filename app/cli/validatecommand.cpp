#include "cli/validatecommand.h"

#include "maintenancevalidator.h"

#include <QJsonDocument>
#include <QJsonObject>

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
        QJsonObject o;
        o[u"valid"_s] = verdict.ok();
        if (verdict) {
            o[u"windows"_s] = verdict->windows.size();
            o[u"machines"_s] = verdict->machineCount();
        } else {
            const JsonError &e = verdict.error();
            o[u"error"_s] = e.message;
            o[u"kind"_s] = kindName(e.kind);
            if (!e.path.isEmpty())
                o[u"path"_s] = e.path;
            if (e.line > 0) {
                o[u"line"_s] = e.line;
                o[u"column"_s] = e.column;
            }
        }
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
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
