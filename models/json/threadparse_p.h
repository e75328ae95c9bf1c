#pragma once

// Private to slipway_core: the simdjson parse of the bulk readers (state summary, v1 state), with
// one parser and input buffer per thread kept between refreshes, and simdjson errors in the one
// JsonError shape.

#include "json/jsonerror.h"

#include <QByteArrayView>

#include <simdjson.h>

namespace ClusterStateReader {

/// Parses @p json with this thread's buffers; after a large document they are freed again.
class ThreadParse
{
public:
    /// The parser's buffers (several times the document's size) are kept for the next document
    /// when this one is at most @p keepUpTo bytes: right for a reader called every refresh,
    /// wasteful for one called once in minutes.
    static constexpr qsizetype kKeepForRefreshes = 32 * 1024 * 1024;
    static constexpr qsizetype kKeepForEvents = 1024 * 1024;

    explicit ThreadParse(QByteArrayView json, qsizetype keepUpTo = kKeepForRefreshes);
    /// Parses @p json in place when it has simdjson's padding to spare past its end (see
    /// RecordIoDecoder): a 50 MB SUBSCRIBED record is then not copied once more.
    explicit ThreadParse(const QByteArray &json, qsizetype keepUpTo = kKeepForRefreshes);
    ~ThreadParse();
    ThreadParse(const ThreadParse &) = delete;
    ThreadParse &operator=(const ThreadParse &) = delete;

    simdjson::ondemand::document iterate();

private:
    void copy(QByteArrayView json);

    qsizetype m_size;
    qsizetype m_keepUpTo;
    simdjson::padded_string_view m_padded;
};

/// @p e as a JsonError at @p where.
JsonError failure(const simdjson::simdjson_error &e, const char *where);

} // namespace ClusterStateReader
