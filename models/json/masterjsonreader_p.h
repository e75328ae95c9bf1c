#pragma once

// Private to slipway_core: nlohmann types stay out of public headers.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

/// Parses JSON exactly as the Mesos master does (stout's JSON::parse over picojson 1.3.0 with
/// PICOJSON_USE_INT64 and a nesting limit of 200): the same accepted inputs, the same values
/// (int64 when an integer fits, double otherwise, last duplicate key wins) and the same error
/// texts (`syntax error at line N near: …`, trailing characters, `Value out of range`).
class MasterJsonReader
{
public:
    struct Outcome
    {
        nlohmann::json value;
        std::string error; ///< empty on success
        int line = 0; ///< where a syntax error was found (1-based)
        int column = 0;
        bool atEnd = false; ///< a syntax error with only whitespace after it ("near: " shows none)
    };

    static Outcome parse(std::string_view text);
};
