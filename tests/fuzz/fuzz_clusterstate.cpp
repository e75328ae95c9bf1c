// libFuzzer target: the simdjson bulk reader of /master/state-summary and v1 GET_STATE. It must
// refuse bad input with an error, never crash or read past the buffer.

#include "json/clusterstatereader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)ClusterStateReader::readStateSummary(bytes);
    (void)ClusterStateReader::readV1State(bytes);
    return 0;
}
