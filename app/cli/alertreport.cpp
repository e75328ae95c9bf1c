#include "cli/alertreport.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using json = nlohmann::ordered_json;

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

json alertObject(const Alert &a)
{
    json o;
    o["kind"] = utf8(Alert::kindName(a.kind));
    o["severity"] = utf8(Alert::severityName(a.severity));
    o["since"] = utf8(AlertReport::isoTime(a.sinceMs));
    json machines = json::array();
    for (const MachineId &m : a.machines) {
        json mo;
        if (m.hostname)
            mo["hostname"] = utf8(*m.hostname);
        if (m.ip)
            mo["ip"] = utf8(*m.ip);
        machines.push_back(mo);
    }
    o["machines"] = machines;
    o["text"] = utf8(a.cause);
    o["action"] = utf8(a.suggestion);
    if (!a.details.isEmpty()) {
        json details = json::array();
        for (const QString &d : a.details)
            details.push_back(utf8(d));
        o["details"] = details;
    }
    o["key"] = utf8(a.key());
    return o;
}

QString machineList(const QList<MachineId> &machines)
{
    constexpr qsizetype kShown = 8;
    QStringList names;
    for (qsizetype i = 0; i < machines.size() && i < kShown; ++i)
        names << machines[i].displayName();
    QString text = names.join(u", "_s);
    if (machines.size() > kShown)
        text += AlertReport::tr(" and %n more", "", int(machines.size() - kShown));
    return text;
}

} // namespace

QString AlertReport::isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString AlertReport::line(const Alert &a)
{
    QString text
        = Alert::severityName(a.severity) + u' ' + Alert::kindName(a.kind) + u": "_s + a.cause;
    if (!a.machines.isEmpty() && a.kind != Alert::Kind::StuckDrain
        && a.kind != Alert::Kind::AgentLost) // those name their machine in the cause
        text += u" ["_s + machineList(a.machines) + u']';
    return text;
}

QString AlertReport::toText(const QList<Alert> &alerts)
{
    if (alerts.isEmpty())
        return tr("No alerts.") + u'\n';
    QString text;
    int counts[3] = {};
    for (const Alert &a : alerts) {
        ++counts[int(a.severity)];
        text += Alert::severityName(a.severity) + u' ' + Alert::kindName(a.kind) + u' '
            + tr("since %1").arg(isoTime(a.sinceMs)) + u'\n';
        text += u"  "_s + a.cause + u'\n';
        if (!a.machines.isEmpty())
            text += u"  "_s + tr("machines: %1").arg(machineList(a.machines)) + u'\n';
        for (const QString &d : a.details)
            text += u"    "_s + d + u'\n';
        text += u"  "_s + tr("action: %1").arg(a.suggestion) + u'\n';
    }
    QStringList parts;
    for (int s = 2; s >= 0; --s) {
        if (counts[s])
            parts << u"%1 %2"_s.arg(counts[s]).arg(Alert::severityName(Alert::Severity(s)));
    }
    return text + tr("%n alert(s): %1", "", int(alerts.size())).arg(parts.join(u", "_s)) + u'\n';
}

QByteArray AlertReport::toJson(const QList<Alert> &alerts)
{
    json root;
    json list = json::array();
    for (const Alert &a : alerts)
        list.push_back(alertObject(a));
    root["alerts"] = list;
    root["count"] = alerts.size();
    const std::string text = root.dump(4, ' ', false, json::error_handler_t::replace) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

QByteArray AlertReport::alertJson(const Alert &alert,
                                  const QList<QPair<QByteArray, QString>> &extra)
{
    json o;
    for (const auto &[key, value] : extra)
        o[key.toStdString()] = utf8(value);
    const json fields = alertObject(alert); // items() refers to it: not a temporary
    for (const auto &[key, value] : fields.items())
        o[key] = value;
    const std::string text = o.dump(-1, ' ', false, json::error_handler_t::replace);
    return QByteArray(text.data(), qsizetype(text.size()));
}
