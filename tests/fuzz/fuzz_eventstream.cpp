// libFuzzer target: the v1 event stream as it comes off the network — RecordIO framing cut at
// arbitrary points, the first record read piece by piece as the console reads SUBSCRIBED
// (SubscribedRecordReader), each later record read as an event and applied to the live state the
// SUBSCRIBED built. Bad input must end in an error, never a crash or a read past a buffer.

#include "live/eventapplier.h"
#include "json/masterevent.h"
#include "json/recordio.h"
#include "json/subscribedreader.h"

#include <cstdint>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte decides where the network cuts the stream into chunks.
    const size_t step = 1 + data[0] % 64;
    RecordIoDecoder decoder(qint64(1) << 20);
    std::unique_ptr<EventApplier> applier;
    const auto start = [&applier](const Result<MasterEvent> &event) {
        if (event && event->type == MasterEvent::Type::Subscribed)
            applier = std::make_unique<EventApplier>(event->cluster, event->tasks,
                                                     MaintenanceStatus(), Schedule());
    };
    SubscribedRecordReader first;
    decoder.streamNextRecord([&](QByteArrayView piece, bool last) {
        first.feed(piece);
        if (last)
            start(first.finish());
    });
    for (size_t at = 1; at < size; at += step) {
        const size_t n = std::min(step, size - at);
        if (!decoder.feed(QByteArrayView(reinterpret_cast<const char *>(data + at), qsizetype(n))))
            break;
        for (const QByteArray &record : decoder.takeRecords()) {
            const Result<MasterEvent> event = MasterEventReader::read(record);
            if (!event)
                continue;
            if (event->type == MasterEvent::Type::Subscribed)
                start(event);
            else if (applier)
                applier->apply(*event);
        }
    }
    if (applier)
        (void)applier->snapshot();
    return 0;
}
