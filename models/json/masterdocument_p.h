#pragma once

// Private to slipway_core: the first steps of every master handler that reads JSON.

#include "json/jsonerror.h"
#include "json/protojson_p.h"

#include <QByteArrayView>

#include <nlohmann/json.hpp>

#include <optional>

namespace MasterDocument {

enum class Root { Object, Array };

/// JSON::parse<JSON::Object|Array>(body) as the v0 handlers do: picojson's syntax errors, then
/// `Unexpected JSON type parsed` for the wrong root type.
std::optional<JsonError> parseRoot(QByteArrayView body, Root root, nlohmann::json &out);
/// A JsonError from a ProtoJson conversion error.
JsonError fromProto(const ProtoJson::Error &e);

} // namespace MasterDocument
