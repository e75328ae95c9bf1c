#include "masterdocument_p.h"

#include "json/masterjsonreader_p.h"

namespace MasterDocument {

std::optional<JsonError> parseRoot(QByteArrayView body, Root root, nlohmann::json &out)
{
    MasterJsonReader::Outcome parsed
        = MasterJsonReader::parse(std::string_view(body.data(), static_cast<size_t>(body.size())));
    if (!parsed.error.empty()) {
        JsonError e;
        e.kind = JsonError::Kind::Syntax;
        e.message
            = QString::fromUtf8(parsed.error.data(), static_cast<qsizetype>(parsed.error.size()));
        e.line = parsed.line;
        e.column = parsed.column;
        e.atEndOfInput = parsed.atEnd;
        return e;
    }
    const bool rightType
        = root == Root::Object ? parsed.value.is_object() : parsed.value.is_array();
    if (!rightType) {
        JsonError e;
        e.kind = JsonError::Kind::Structure;
        e.message = QStringLiteral("Unexpected JSON type parsed");
        return e;
    }
    out = std::move(parsed.value);
    return std::nullopt;
}

JsonError fromProto(const ProtoJson::Error &e)
{
    JsonError out;
    out.kind = e.missing ? JsonError::Kind::Missing : JsonError::Kind::Structure;
    out.message = QString::fromStdString(e.message);
    out.path = QString::fromStdString(e.path);
    return out;
}

} // namespace MasterDocument
