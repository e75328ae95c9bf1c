#pragma once

#include <QString>

/// The one error shape for JSON that cannot be used: the master's own text for the problem, and
/// where it is (a JSON path such as `windows[1].unavailability.start`, and for syntax errors the
/// line and column).
struct JsonError
{
    enum class Kind {
        Syntax, ///< not JSON at all (picojson's text)
        Structure, ///< JSON, but not of the expected type (the master's conversion texts)
        Missing, ///< required fields absent (`Missing required fields: …`)
        Semantic, ///< parsed fine but refused by a rule (validation texts)
    };

    Kind kind = Kind::Syntax;
    QString message; ///< exactly what the master answers
    QString path; ///< JSON path of the offending value; empty for the whole document
    int line = 0; ///< 1-based, syntax errors only
    int column = 0; ///< 1-based, syntax errors only
    /// A syntax error with nothing but whitespace after it: the master's text then ends in
    /// "near: " with nothing after it, so people are told where instead.
    bool atEndOfInput = false;

    /// One line for people: the master's text, then the location when known (and "at the end of
    /// the input" where the master's text shows nothing).
    QString describe() const;

    /// An error in one of Slipway's own files: at @p path (Structure), or of the whole document
    /// when the path is empty (Syntax).
    static JsonError inFile(const QString &message, const QString &path = QString())
    {
        JsonError e;
        e.kind = path.isEmpty() ? Kind::Syntax : Kind::Structure;
        e.message = message;
        e.path = path;
        return e;
    }
};
