#include "json/threadparse_p.h"

#include <cstring>
#include <vector>

namespace ClusterStateReader {

namespace {

// One parser and one padded input buffer per thread, kept between refreshes: a fresh parser
// allocates and page-faults buffers several times the document's size on every refresh. Only
// documents up to the caller's limit keep them (a 10,000-agent state-summary is ~16 MB); after a
// larger one (a v1 GET_STATE lists every task and is several times bigger) they are released.

struct ThreadBuffers
{
    simdjson::ondemand::parser parser;
    std::vector<char> input;
};

ThreadBuffers &threadBuffers()
{
    thread_local ThreadBuffers buffers;
    return buffers;
}

} // namespace

ThreadParse::ThreadParse(QByteArrayView json, qsizetype keepUpTo)
    : m_size(json.size())
    , m_keepUpTo(keepUpTo)
{
    copy(json);
}

void ThreadParse::copy(QByteArrayView json)
{
    std::vector<char> &input = threadBuffers().input;
    const size_t size = size_t(json.size());
    if (input.size() < size + simdjson::SIMDJSON_PADDING)
        input.resize(size + simdjson::SIMDJSON_PADDING);
    if (size > 0)
        std::memcpy(input.data(), json.data(), size);
    std::memset(input.data() + size, 0, simdjson::SIMDJSON_PADDING);
    m_padded = simdjson::padded_string_view(input.data(), size, input.size());
}

ThreadParse::ThreadParse(const QByteArray &json, qsizetype keepUpTo)
    : m_size(json.size())
    , m_keepUpTo(keepUpTo)
{
    if (json.capacity() - json.size() >= qsizetype(simdjson::SIMDJSON_PADDING)) {
        m_padded = simdjson::padded_string_view(json.constData(), size_t(json.size()),
                                                size_t(json.capacity()));
        return;
    }
    copy(json);
}

ThreadParse::~ThreadParse()
{
    if (m_size > m_keepUpTo)
        threadBuffers() = ThreadBuffers();
}

simdjson::ondemand::document ThreadParse::iterate()
{
    return threadBuffers().parser.iterate(m_padded);
}

JsonError failure(const simdjson::simdjson_error &e, const char *where)
{
    JsonError error;
    error.kind = e.error() == simdjson::INCORRECT_TYPE || e.error() == simdjson::NO_SUCH_FIELD
        ? JsonError::Kind::Structure
        : JsonError::Kind::Syntax;
    error.message = QString::fromUtf8(simdjson::error_message(e.error()));
    error.path = QString::fromLatin1(where);
    return error;
}

} // namespace ClusterStateReader
