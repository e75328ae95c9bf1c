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
    explicit ThreadParse(QByteArrayView json);
    /// Parses @p json in place when it has simdjson's padding to spare past its end (see
    /// RecordIoDecoder): a 50 MB SUBSCRIBED record is then not copied once more.
    explicit ThreadParse(const QByteArray &json);
    ~ThreadParse();
    ThreadParse(const ThreadParse &) = delete;
    ThreadParse &operator=(const ThreadParse &) = delete;

    simdjson::ondemand::document iterate();

private:
    void copy(QByteArrayView json);

    qsizetype m_size;
    simdjson::padded_string_view m_padded;
};

/// @p e as a JsonError at @p where.
JsonError failure(const simdjson::simdjson_error &e, const char *where);

} // namespace ClusterStateReader
