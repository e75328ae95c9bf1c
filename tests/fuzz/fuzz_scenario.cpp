// libFuzzer target: the simulator's scenario file reader.

#include "scenario.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Scenario> scenario = Scenario::fromJson(bytes);
    if (scenario) {
        for (const Scenario::FrameworkSpec &f : scenario->frameworks) {
            if (FrameworkPolicy::parse(f.policy.toString()) != f.policy)
                std::abort(); // the simulator's --help and logs print policies this way
        }
    } else {
        (void)scenario.error().describe();
    }
    return 0;
}
