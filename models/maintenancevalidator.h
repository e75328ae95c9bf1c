#pragma once

#include "machineid.h"
#include "maintenancestatus.h"
#include "schedule.h"
#include "json/result.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

/// The master's validation rules (src/master/maintenance.cpp `validation::*`), in the master's
/// order and with its exact texts (API.md §4). Errors are JsonError{Semantic} whose `path` names
/// the offending window or machine, so a UI can point at it.
namespace MaintenanceValidator {

/// `validation::machine`: hostname and IP not both empty; IP a dotted IPv4 quad.
std::optional<QString> checkMachine(const MachineId &id);

/// `validation::schedule`: windows non-empty, durations not negative, machines valid and unique,
/// and every machine in @p downMachines still present.
std::optional<JsonError> checkSchedule(const Schedule &schedule,
                                       const QList<MachineId> &downMachines);

/// `validation::machines`: a non-empty list of valid, unique machines (the /machine/down and
/// /machine/up bodies, START_ and STOP_MAINTENANCE).
std::optional<JsonError> checkMachineList(const QList<MachineId> &machines);

/// The per-machine checks of `/machine/down` (@p down true) and `/machine/up` before anything is
/// sent, from what the console knows: machines it has never seen are "not part of a maintenance
/// schedule"; others must be DRAINING (down) or DOWN (up). The master's texts (API.md §4.2).
std::optional<JsonError> checkTransition(const QList<MachineId> &machines, bool down,
                                         const QList<MachineId> &known,
                                         const QList<MachineId> &draining,
                                         const QList<MachineId> &downMachines);

/// Whether `/machine/down` (@p down true) or `/machine/up` of @p machines shows in @p status as
/// applied: all DOWN, or all neither DOWN nor DRAINING. A request whose answer was lost may have
/// been applied (Qt resends it and the resend is refused), so a failure is checked with this.
bool transitionApplied(const QList<MachineId> &machines, bool down,
                       const MaintenanceStatus &status);

/// What the master does with a `POST /maintenance/schedule` body before it changes anything:
/// parse, convert, then checkSchedule(). Returns the decoded schedule or the master's 400 text.
Result<Schedule> checkScheduleDocument(QByteArrayView body, const QList<MachineId> &downMachines);

} // namespace MaintenanceValidator
