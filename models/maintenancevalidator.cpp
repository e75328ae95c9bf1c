#include "maintenancevalidator.h"

#include "json/schedulecodec.h"

#include <QSet>

#include <algorithm>

#include <arpa/inet.h>

using namespace Qt::StringLiterals;

namespace MaintenanceValidator {

namespace {

JsonError semantic(const QString &message, const QString &path)
{
    JsonError e;
    e.kind = JsonError::Kind::Semantic;
    e.message = message;
    e.path = path;
    return e;
}

bool isIPv4(const QString &ip)
{
    // The master calls inet_pton(AF_INET, ip.c_str()): the text up to the first NUL counts.
    const QByteArray text = ip.toUtf8();
    in_addr addr {};
    return inet_pton(AF_INET, text.constData(), &addr) == 1;
}

QString duplicateText(const MachineId &id)
{
    return u"Machine '"_s + ScheduleCodec::machineIdJson(id)
        + u"' appears more than once in the schedule"_s;
}

} // namespace

std::optional<QString> checkMachine(const MachineId &id)
{
    if (id.hostnameOrEmpty().isEmpty() && id.ipOrEmpty().isEmpty())
        return u"Both 'hostname' and 'ip' for a machine are empty"_s;
    if (!id.ipOrEmpty().isEmpty() && !isIPv4(*id.ip))
        return u"Failed to parse IPv4: "_s + *id.ip;
    return std::nullopt;
}

std::optional<JsonError> checkSchedule(const Schedule &schedule,
                                       const QList<MachineId> &downMachines)
{
    QSet<MachineId> seen;
    seen.reserve(schedule.machineCount());
    for (qsizetype w = 0; w < schedule.windows.size(); ++w) {
        const MaintenanceWindow &window = schedule.windows[w];
        const QString windowPath = u"windows["_s + QString::number(w) + u']';
        if (window.machines.isEmpty())
            return semantic(u"List of machines in the maintenance window is empty"_s,
                            windowPath + u".machine_ids");
        if (window.unavailability.durationNs.value_or(0) < 0)
            return semantic(u"Unavailability 'duration' is negative"_s,
                            windowPath + u".unavailability.duration.nanoseconds");
        for (qsizetype m = 0; m < window.machines.size(); ++m) {
            const MachineId &id = window.machines[m];
            const auto path = [&]() -> QString {
                return windowPath + u".machine_ids[%1]"_s.arg(m);
            };
            if (auto error = checkMachine(id))
                return semantic(*error, path());
            const qsizetype before = seen.size();
            seen.insert(id);
            if (seen.size() == before)
                return semantic(duplicateText(id), path());
        }
    }
    for (const MachineId &down : downMachines) {
        if (!seen.contains(down))
            return semantic(u"Machine '"_s + ScheduleCodec::machineIdJson(down)
                                + u"' is deactivated and cannot be removed from the schedule"_s,
                            QString());
    }
    return std::nullopt;
}

std::optional<JsonError> checkMachineList(const QList<MachineId> &machines)
{
    if (machines.isEmpty())
        return semantic(u"List of machines is empty"_s, QString());
    QSet<MachineId> seen;
    for (qsizetype i = 0; i < machines.size(); ++i) {
        const QString path = u"[%1]"_s.arg(i);
        if (auto error = checkMachine(machines[i]))
            return semantic(*error, path);
        if (seen.contains(machines[i]))
            return semantic(duplicateText(machines[i]), path);
        seen.insert(machines[i]);
    }
    return std::nullopt;
}

std::optional<JsonError> checkTransition(const QList<MachineId> &machines, bool down,
                                         const QList<MachineId> &known,
                                         const QList<MachineId> &draining,
                                         const QList<MachineId> &downMachines)
{
    if (auto error = checkMachineList(machines))
        return error;
    const QSet<MachineId> knownSet(known.cbegin(), known.cend());
    const QSet<MachineId> drainingSet(draining.cbegin(), draining.cend());
    const QSet<MachineId> downSet(downMachines.cbegin(), downMachines.cend());
    for (qsizetype i = 0; i < machines.size(); ++i) {
        const MachineId &m = machines[i];
        const QString json = ScheduleCodec::machineIdJson(m);
        const QString path = u"[%1]"_s.arg(i);
        if (!knownSet.contains(m) && !drainingSet.contains(m) && !downSet.contains(m))
            return semantic(u"Machine '"_s + json + u"' is not part of a maintenance schedule"_s,
                            path);
        if (down && !drainingSet.contains(m))
            return semantic(u"Machine '"_s + json
                                + u"' is not in DRAINING mode and cannot be brought down"_s,
                            path);
        if (!down && !downSet.contains(m))
            return semantic(
                u"Machine '"_s + json + u"' is not in DOWN mode and cannot be brought up"_s, path);
    }
    return std::nullopt;
}

Result<Schedule> checkScheduleDocument(QByteArrayView body, const QList<MachineId> &downMachines)
{
    Result<Schedule> schedule = ScheduleCodec::decodeSchedule(body);
    if (!schedule)
        return schedule;
    if (auto error = checkSchedule(*schedule, downMachines))
        return *error;
    return schedule;
}

bool transitionApplied(const QList<MachineId> &machines, bool down, const MaintenanceStatus &status)
{
    const QSet<MachineId> downNow(status.down.cbegin(), status.down.cend());
    QSet<MachineId> drainingNow;
    for (const DrainingMachine &d : status.draining)
        drainingNow.insert(d.id);
    return std::all_of(machines.cbegin(), machines.cend(), [&](const MachineId &id) {
        return down ? downNow.contains(id) : !downNow.contains(id) && !drainingNow.contains(id);
    });
}

} // namespace MaintenanceValidator
