// libFuzzer target: the simulator's binary side of /api/v1 and its SUBSCRIBE stream. The bytes are
// read as a protobuf Call (what an `application/x-protobuf` client posts), and as JSON for the
// transcoders that turn responses and events into protobuf and frame them as RecordIO records.
// (The console itself does not SUBSCRIBE, so there is no client-side RecordIO reader to fuzz.)

#include "eventstream.h"
#include "protobufcodec.h"
#include "v1protobuf.h"
#include "json/v1codec.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// A RecordIO record is `<decimal length>\n<payload>`, and the length counts bytes.
void checkRecord(const QByteArray &payload)
{
    const QByteArray record = EventStream::record(payload);
    const qsizetype nl = record.indexOf('\n');
    check(nl > 0);
    bool ok = false;
    check(record.left(nl).toLongLong(&ok) == payload.size() && ok);
    check(record.mid(nl + 1) == payload);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<QByteArray> json = ProtobufCodec::callToJson(bytes)) {
        (void)V1Codec::decodeCall(*json); // the JSON pipeline must take what the decoder made
        const std::optional<QByteArray> binary = ProtobufCodec::jsonToCall(*json);
        const std::optional<QByteArray> again
            = binary ? ProtobufCodec::callToJson(*binary) : std::nullopt;
        // Same fields and values; the order may differ (wire order in, declaration order out).
        if (!again || QJsonDocument::fromJson(*again) != QJsonDocument::fromJson(*json)) {
            std::fprintf(stderr, "decoded: %s\nre-encoded: %s\ndecoded again: %s\n",
                         json->constData(), binary ? binary->toHex().constData() : "(refused)",
                         again ? again->constData() : "(refused)");
            std::abort();
        }
    }
    (void)ProtobufCodec::jsonToCall(bytes);
    (void)V1Protobuf::responseFromJson(bytes);
    if (const std::optional<QByteArray> event = V1Protobuf::eventFromJson(bytes))
        checkRecord(*event);
    checkRecord(bytes);
    return 0;
}
