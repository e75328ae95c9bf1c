// libFuzzer target: the master-exact JSON reader and the protobuf conversions behind it (v0
// schedule, status and machine lists; v1 calls and responses). Whatever the bytes, nothing may
// crash, and whatever decodes must survive its own encoding unchanged.

#include "json/masterjsonreader_p.h"
#include "json/schedulecodec.h"
#include "json/v1codec.h"

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void roundTripSchedule(QByteArrayView bytes)
{
    const Result<Schedule> schedule = ScheduleCodec::decodeSchedule(bytes);
    if (!schedule)
        return;
    const Result<Schedule> again
        = ScheduleCodec::decodeSchedule(ScheduleCodec::encodeSchedule(*schedule));
    check(again.ok() && *again == *schedule);
    const Result<Schedule> indented
        = ScheduleCodec::decodeSchedule(ScheduleCodec::encodeScheduleIndented(*schedule));
    check(indented.ok() && *indented == *schedule);
    const Result<V1Call> call = V1Codec::decodeCall(V1Codec::encodeUpdateSchedule(*schedule));
    check(call.ok() && call->schedule == *schedule);
}

void roundTripStatus(QByteArrayView bytes)
{
    const Result<MaintenanceStatus> status = ScheduleCodec::decodeStatus(bytes);
    if (!status)
        return;
    const Result<MaintenanceStatus> again
        = ScheduleCodec::decodeStatus(ScheduleCodec::encodeStatus(*status));
    check(again.ok() && *again == *status);
}

void roundTripMachines(QByteArrayView bytes)
{
    const Result<QList<MachineId>> machines = ScheduleCodec::decodeMachineList(bytes);
    if (!machines)
        return;
    const Result<QList<MachineId>> again
        = ScheduleCodec::decodeMachineList(ScheduleCodec::encodeMachineList(*machines));
    check(again.ok() && *again == *machines);
}

void decodeV1(QByteArrayView bytes)
{
    if (const Result<V1Call> call = V1Codec::decodeCall(bytes); call && call->schedule)
        (void)V1Codec::encodeUpdateSchedule(*call->schedule);
    if (const Result<Schedule> s = V1Codec::decodeGetScheduleResponse(bytes); s) {
        const Result<Schedule> again
            = V1Codec::decodeGetScheduleResponse(V1Codec::encodeGetScheduleResponse(*s));
        check(again.ok() && *again == *s);
    }
    if (const Result<MaintenanceStatus> s = V1Codec::decodeGetStatusResponse(bytes); s) {
        const Result<MaintenanceStatus> again
            = V1Codec::decodeGetStatusResponse(V1Codec::encodeGetStatusResponse(*s));
        check(again.ok() && *again == *s);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    (void)MasterJsonReader::parse(text);
    const QByteArrayView bytes(text.data(), qsizetype(size));
    roundTripSchedule(bytes);
    roundTripStatus(bytes);
    roundTripMachines(bytes);
    decodeV1(bytes);
    return 0;
}
