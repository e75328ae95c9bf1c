#include "json/subscribedreader.h"

#include "json/recordio.h"
#include "json/taskjson_p.h"
#include "json/threadparse_p.h"

#include <cstring>

using namespace ClusterStateReader;
namespace od = simdjson::ondemand;

namespace {

// The keys from the record to get_state, by depth of the object they are read in.
constexpr std::string_view kPath[] = {"", "subscribed", "get_state"};

bool isListHolder(std::string_view key)
{
    return key == "get_tasks" || key == "get_agents" || key == "get_executors";
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

} // namespace

SubscribedRecordReader::SubscribedRecordReader()
    : m_strings(std::make_unique<SharedStrings>(true))
{
    m_element.reserve(4096);
}

SubscribedRecordReader::~SubscribedRecordReader() = default;

void SubscribedRecordReader::openContainer(char c)
{
    const int d = ++m_depth;
    if (d > kTrackedDepth)
        return;
    const bool object = c == '{';
    m_isObject[d] = object;
    m_expectKey[d] = object;
    m_lastKey[d].clear();
    if (d == 1) {
        m_onPath[d] = object;
    } else if (d < kTrackedDepth - 1) {
        m_onPath[d] = object && m_onPath[d - 1] && m_isObject[d - 1]
            && view(m_lastKey[d - 1]) == kPath[d - 1];
    } else if (d < kTrackedDepth) {
        m_onPath[d] = object && m_onPath[d - 1] && isListHolder(view(m_lastKey[d - 1]));
    } else {
        m_onPath[d] = false;
        if (!object && m_onPath[d - 1]) {
            const std::string_view holder = view(m_lastKey[d - 2]);
            const std::string_view key = view(m_lastKey[d - 1]);
            m_listPath = "subscribed.get_state." + m_lastKey[d - 2] + '.' + m_lastKey[d - 1];
            if (holder == "get_tasks") {
                if (key == "tasks" || key == "unreachable_tasks")
                    m_list = List::Tasks;
                else if (key == "completed_tasks")
                    m_list = List::Skip; // they never change again: not worth reading
            } else if (holder == "get_agents") {
                if (key == "agents")
                    m_list = List::Agents;
            } else if (key == "executors" || key == "completed_executors") {
                m_list = List::Skip; // not used by the console
            }
        }
    }
}

void SubscribedRecordReader::closeContainer()
{
    if (m_depth > 0)
        --m_depth;
}

void SubscribedRecordReader::flush(const char *from, const char *to)
{
    if (from >= to)
        return;
    if (m_mode == Mode::Keep)
        m_kept.append(from, to - from);
    else if (m_mode == Mode::Element && m_list != List::Skip)
        m_element.append(from, to - from);
}

void SubscribedRecordReader::endElement()
{
    if (m_list == List::Tasks || m_list == List::Agents) {
        m_element.reserve(m_element.size() + RecordIoDecoder::kSpareBytes); // parsed in place
        try {
            ThreadParse parse(m_element, ThreadParse::kKeepForEvents);
            od::document doc = parse.iterate();
            if (m_list == List::Tasks)
                m_tasks.append(taskFact(readRawTask(doc), *m_strings));
            else
                m_agents.append(readV1Agent(doc.get_value(), *m_strings));
        } catch (const simdjson::simdjson_error &e) {
            m_error = failure(e, m_listPath.constData());
        }
    }
    m_element.resize(0); // keeps its capacity for the next element
}

void SubscribedRecordReader::feed(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    const char *span = p; // first byte not yet kept (Keep) or added to the element (Element)
    for (; p < end && !m_error; ++p) {
        const char c = *p;
        if (m_inString && !m_escape && !m_readingKey) {
            // Most of the record is inside strings: jump to the next quote or backslash.
            const char *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
            const char *stop = quote ? quote : end;
            if (const char *slash
                = static_cast<const char *>(std::memchr(p, '\\', size_t(stop - p)))) {
                p = slash; // the byte after it is escaped
                m_escape = true;
            } else if (quote) {
                p = quote;
                m_inString = false;
            } else {
                p = end - 1; // the string goes on in the next piece
            }
            continue;
        }
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
            if (m_readingKey) {
                if (m_inString)
                    m_key.append(c);
                else
                    m_lastKey[m_depth] = std::exchange(m_key, {});
                m_readingKey = m_inString;
            }
            continue;
        }
        if (m_mode == Mode::Between) {
            if (isSpace(c) || c == ',')
                continue;
            if (c != ']') {
                m_mode = Mode::Element;
                m_elementClosed = false;
                span = p;
            }
        } else if (m_elementClosed && m_mode == Mode::Element && m_depth == kTrackedDepth
                   && !isSpace(c) && c != ',' && c != ']') {
            // More after a task's closing brace (`{…} {…}`): not JSON, as the whole record
            // would not be.
            m_error
                = failure(simdjson::simdjson_error(simdjson::TAPE_ERROR), m_listPath.constData());
            break;
        }
        if (m_mode != Mode::Keep && m_depth == kTrackedDepth
            && (c == ',' || c == ']' || c == '}')) {
            if (m_mode == Mode::Element) {
                flush(span, p);
                endElement();
            }
            if (c == ',') {
                m_mode = Mode::Between;
                continue;
            }
            if (c == '}') { // the list closed with a brace
                m_error = failure(simdjson::simdjson_error(simdjson::TAPE_ERROR),
                                  m_listPath.constData());
                break;
            }
            m_mode = Mode::Keep;
            m_list = List::None;
            span = p;
            closeContainer();
            continue;
        }
        switch (c) {
        case '"':
            m_inString = true;
            m_readingKey = m_mode == Mode::Keep && m_depth > 0 && m_depth < kTrackedDepth
                && m_isObject[m_depth] && m_expectKey[m_depth];
            m_key.clear();
            break;
        case '{':
        case '[':
            openContainer(c);
            if (m_list != List::None && m_mode == Mode::Keep) {
                flush(span, p + 1); // the list's '[' stays: the rest reads an empty list
                m_mode = Mode::Between;
            }
            break;
        case '}':
        case ']':
            closeContainer();
            m_elementClosed = m_mode == Mode::Element && m_depth == kTrackedDepth;
            break;
        case ':':
            if (m_depth > 0 && m_depth < kTrackedDepth)
                m_expectKey[m_depth] = false;
            break;
        case ',':
            if (m_depth > 0 && m_depth < kTrackedDepth && m_isObject[m_depth])
                m_expectKey[m_depth] = true;
            break;
        default:
            break;
        }
    }
    if (!m_error)
        flush(span, end);
}

Result<MasterEvent> SubscribedRecordReader::finish()
{
    if (m_error)
        return *m_error;
    m_kept.reserve(m_kept.size() + RecordIoDecoder::kSpareBytes); // read in place
    Result<MasterEvent> event = MasterEventReader::read(std::as_const(m_kept));
    if (event.ok()) {
        event.value().tasks = std::move(m_tasks);
        event.value().cluster.agents = std::move(m_agents);
    }
    m_kept = QByteArray();
    m_tasks.clear();
    m_agents.clear();
    return event;
}
