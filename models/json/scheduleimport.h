#pragma once

#include "machineid.h"
#include "schedule.h"
#include "json/result.h"

#include <QByteArrayView>
#include <QList>

/// Reads a schedule file for "Import schedule…": the master's schedule JSON (as posted or as
/// `GET /maintenance/schedule` returns it), a v1 GET_MAINTENANCE_SCHEDULE response or an
/// UPDATE_MAINTENANCE_SCHEDULE call, then checks it with the master's rules given the DOWN
/// machines. Stricter than the master in one way: a JSON object that has keys but no `windows` is
/// refused (the master would take it as an empty schedule and clear everything).
namespace ScheduleImport {

Result<Schedule> read(QByteArrayView bytes, const QList<MachineId> &downMachines);

} // namespace ScheduleImport
