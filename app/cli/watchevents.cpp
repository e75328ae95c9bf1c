#include "cli/watchevents.h"

#include "cli/alertreport.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;
using json = nlohmann::ordered_json;

namespace {

json event(const char *type, qint64 nowMs)
{
    json o;
    o["time"] = AlertReport::isoTime(nowMs).toStdString();
    o["event"] = type;
    return o;
}

json machineJson(const MachineId &id)
{
    json o = json::object();
    if (id.hostname)
        o["hostname"] = id.hostname->toStdString();
    if (id.ip)
        o["ip"] = id.ip->toStdString();
    return o;
}

QString dump(const json &o)
{
    return QString::fromStdString(o.dump(-1, ' ', false, json::error_handler_t::replace));
}

} // namespace

QStringList WatchEvents::snapshot(const LiveSnapshot &s, qint64 nowMs)
{
    QStringList lines;
    QHash<MachineId, Seen> next;
    for (const MachineLive &m : s.machines) {
        if (m.mode == MachineMode::Up)
            continue;
        const Seen before = m_seen.value(m.id);
        Seen now;
        now.mode = m.mode;
        if (before.mode != m.mode)
            lines << modeLine(m.id, before.mode, m.mode, nowMs);
        if (m.mode == MachineMode::Draining) {
            for (const InverseOfferStatus &a : m.answers) {
                const auto latest = now.answers.constFind(a.frameworkId);
                if (latest == now.answers.cend() || a.timestampNs >= latest->timestampNs)
                    now.answers.insert(a.frameworkId, a);
            }
            for (auto it = now.answers.cbegin(); it != now.answers.cend(); ++it) {
                if (before.answers.value(it.key()) != *it)
                    lines << answerLine(s, m.id, *it, nowMs);
            }
            now.tasks = m.tasks;
            if (before.tasks != m.tasks)
                lines << tasksLine(m.id, m.tasks, nowMs);
        }
        next.insert(m.id, now);
    }
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        if (!next.contains(it.key()))
            lines << modeLine(it.key(), it->mode, MachineMode::Up, nowMs);
    }
    m_seen = std::move(next);
    return lines;
}

QString WatchEvents::modeLine(const MachineId &id, MachineMode from, MachineMode to,
                              qint64 nowMs) const
{
    if (m_json) {
        json o = event("mode", nowMs);
        o["machine"] = machineJson(id);
        o["from"] = machineModeName(from).toStdString();
        o["to"] = machineModeName(to).toStdString();
        return dump(o);
    }
    return AlertReport::isoTime(nowMs) + u' '
        + tr("mode %1: %2 -> %3").arg(id.displayName(), machineModeName(from), machineModeName(to));
}

QString WatchEvents::answerLine(const LiveSnapshot &s, const MachineId &id,
                                const InverseOfferStatus &a, qint64 nowMs) const
{
    QString name = s.frameworkNames.value(a.frameworkId);
    if (name.isEmpty())
        name = a.frameworkId;
    const QString answer = InverseOfferStatus::answerName(a.answer);
    if (m_json) {
        json o = event("answer", nowMs);
        o["machine"] = machineJson(id);
        o["framework"] = name.toStdString();
        o["framework_id"] = a.frameworkId.toStdString();
        o["answer"] = answer.toStdString();
        return dump(o);
    }
    return AlertReport::isoTime(nowMs) + u' '
        + tr("answer %1: %2 %3").arg(id.displayName(), name, answer);
}

QString WatchEvents::tasksLine(const MachineId &id, qint64 tasks, qint64 nowMs) const
{
    if (m_json) {
        json o = event("tasks", nowMs);
        o["machine"] = machineJson(id);
        o["tasks"] = tasks;
        return dump(o);
    }
    return AlertReport::isoTime(nowMs) + u' '
        + tr("tasks %1: %n left", "", int(qMin<qint64>(tasks, 1 << 30))).arg(id.displayName());
}

QString WatchEvents::alertRaised(const Alert &alert, qint64 nowMs) const
{
    if (m_json)
        return QString::fromUtf8(AlertReport::alertJson(
            alert, {{"time", AlertReport::isoTime(nowMs)}, {"event", u"alert_raised"_s}}));
    return AlertReport::isoTime(nowMs) + u' ' + tr("alert raised %1").arg(AlertReport::line(alert));
}

QString WatchEvents::alertCleared(const Alert &alert, qint64 nowMs) const
{
    if (m_json)
        return QString::fromUtf8(AlertReport::alertJson(
            alert, {{"time", AlertReport::isoTime(nowMs)}, {"event", u"alert_cleared"_s}}));
    return AlertReport::isoTime(nowMs) + u' '
        + tr("alert cleared %1").arg(AlertReport::line(alert));
}

QString WatchEvents::connection(const QString &error, qint64 nowMs) const
{
    if (m_json) {
        json o = event("connection", nowMs);
        o["state"] = error.isEmpty() ? "connected" : "failing";
        if (!error.isEmpty())
            o["error"] = error.toStdString();
        return dump(o);
    }
    return AlertReport::isoTime(nowMs) + u' '
        + (error.isEmpty() ? tr("master connected") : tr("master unreachable: %1").arg(error));
}
