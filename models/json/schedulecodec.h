#pragma once

#include "machineid.h"
#include "maintenancestatus.h"
#include "schedule.h"
#include "json/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

/// The v0 maintenance documents (API.md §2, §5): reads what the master accepts, with the master's
/// error texts, and writes compact JSON byte for byte as the master's GET endpoints do.
namespace ScheduleCodec {

/// A `POST /maintenance/schedule` body (or a GET reply): JSON object → Schedule.
Result<Schedule> decodeSchedule(QByteArrayView json);
/// `GET /maintenance/schedule` as the master writes it (alphabetical keys, `{}` when empty).
QByteArray encodeSchedule(const Schedule &schedule);

/// A `/machine/down` or `/machine/up` body: a bare JSON array of MachineIDs.
Result<QList<MachineId>> decodeMachineList(QByteArrayView json);
QByteArray encodeMachineList(const QList<MachineId> &machines);

/// `GET /maintenance/status`.
Result<MaintenanceStatus> decodeStatus(QByteArrayView json);
QByteArray encodeStatus(const MaintenanceStatus &status);

/// A MachineID as the master quotes it in error texts: `{"hostname":"h","ip":"1.2.3.4"}`.
QString machineIdJson(const MachineId &id);

/// The top-level keys of a JSON object other than `windows`, in document order: the master ignores
/// them, so a file that has only such keys (not a schedule at all) reads as the empty schedule.
/// Empty when @p json is not a JSON object.
QStringList unknownScheduleKeys(QByteArrayView json);

/// Pretty, stable JSON of a schedule for files people review (still accepted by the master).
QByteArray encodeScheduleIndented(const Schedule &schedule);

} // namespace ScheduleCodec
