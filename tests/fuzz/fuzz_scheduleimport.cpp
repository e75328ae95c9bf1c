// libFuzzer target: "Import schedule…" (any of the three schedule file shapes, then the master's
// rules against a DOWN machine). An accepted schedule must be accepted again once re-encoded.

#include "json/schedulecodec.h"
#include "json/scheduleimport.h"

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<MachineId> down {MachineId::of(u"m1.example"_s, u"10.0.0.1"_s)};
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Schedule> schedule = ScheduleImport::read(bytes, down);
    if (!schedule)
        return 0;
    const Result<Schedule> again
        = ScheduleImport::read(ScheduleCodec::encodeScheduleIndented(*schedule), down);
    if (!again.ok() || *again != *schedule)
        std::abort();
    return 0;
}
