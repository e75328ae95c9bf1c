#pragma once

// Private to slipway_core: converts parsed JSON into a protobuf-shaped tree exactly as stout's
// protobuf::parse<T>() does, with the master's error texts.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace ProtoJson {

enum class Kind { Message, String, Bytes, Enum, Int64, Int32, UInt32, UInt64, Double, Bool };
enum class Label { Optional, Required, Repeated };

struct MessageDesc;

struct FieldDesc
{
    std::string_view name;
    int number;
    Kind kind;
    Label label;
    const MessageDesc *message = nullptr; ///< Kind::Message
    const std::vector<std::string_view> *enumValues = nullptr; ///< Kind::Enum
};

struct MessageDesc
{
    std::string_view name;
    std::vector<FieldDesc> fields; ///< in declaration order
};

struct Error
{
    std::string message;
    std::string path;
    bool missing = false; ///< a `Missing required fields` error
};

/// stout's protobuf::parse<T>(JSON::Value): "Expecting a JSON object" for a non-object, then the
/// field conversion (strings accepted for numbers and booleans, a single value for a repeated
/// field, nested arrays flattened, `null` meaning unset), then the required-field check. The tree
/// is converted in place and, on success, moved whole into @p out; on failure @p in is left half
/// converted and @p out untouched. Known fields take their field's type (integers as int64,
/// booleans as booleans, enums by name; an unknown name on an optional enum is dropped), nulls are
/// erased and repeated fields become flat arrays. Unknown keys are kept as they were: every reader
/// looks its fields up by name.
bool parseMessage(const MessageDesc &desc, nlohmann::json &in, nlohmann::json &out, Error &error);

/// stout's protobuf::parse<RepeatedPtrField<T>>: "Expecting a JSON array", then each element.
bool parseMessageList(const MessageDesc &desc, nlohmann::json &in, nlohmann::json &out,
                      Error &error);

// The messages Slipway reads and writes (include/mesos/v1/…, field numbers as in the .proto).
extern const MessageDesc TimeInfo;
extern const MessageDesc DurationInfo;
extern const MessageDesc Unavailability;
extern const MessageDesc MachineID;
extern const MessageDesc Window;
extern const MessageDesc Schedule;
extern const MessageDesc FrameworkID;
extern const MessageDesc AgentID;
extern const MessageDesc InverseOfferStatus;
extern const MessageDesc DrainingMachine;
extern const MessageDesc ClusterStatus;
extern const MessageDesc Call;

} // namespace ProtoJson
