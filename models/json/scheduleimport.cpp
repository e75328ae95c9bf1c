#include "json/scheduleimport.h"

#include "maintenancevalidator.h"
#include "json/masterjsonreader_p.h"
#include "json/schedulecodec.h"
#include "json/v1codec.h"

using namespace Qt::StringLiterals;

namespace ScheduleImport {

Result<Schedule> read(QByteArrayView bytes, const QList<MachineId> &downMachines)
{
    const MasterJsonReader::Outcome parsed = MasterJsonReader::parse(
        std::string_view(bytes.data(), static_cast<size_t>(bytes.size())));
    Result<Schedule> schedule = Schedule();
    if (parsed.error.empty() && parsed.value.is_object()
        && parsed.value.contains("get_maintenance_schedule")) {
        schedule = V1Codec::decodeGetScheduleResponse(bytes);
    } else if (parsed.error.empty() && parsed.value.is_object()
               && parsed.value.contains("update_maintenance_schedule")) {
        Result<V1Call> call = V1Codec::decodeCall(bytes);
        if (!call)
            return call.error();
        schedule = call->schedule.value_or(Schedule());
    } else {
        schedule = ScheduleCodec::decodeSchedule(bytes);
        if (schedule && !parsed.value.empty() && !parsed.value.contains("windows")) {
            JsonError e;
            e.kind = JsonError::Kind::Structure;
            QStringList keys;
            for (auto it = parsed.value.begin(); it != parsed.value.end(); ++it)
                keys << QString::fromStdString(it.key());
            e.message
                = u"This is not a maintenance schedule: it has no \"windows\" (its keys: %1)"_s.arg(
                    keys.join(u", "_s));
            return e;
        }
    }
    if (!schedule)
        return schedule;
    if (auto error = MaintenanceValidator::checkSchedule(*schedule, downMachines))
        return *error;
    return schedule;
}

} // namespace ScheduleImport
