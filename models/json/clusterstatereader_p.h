#pragma once

// Private to slipway_core: the pieces of the simdjson bulk reader that the event reader shares
// (agents and frameworks in the v1 shape, live task states, strings decoded once per document).

#include "agent.h"
#include "framework.h"

#include <QString>

#include <simdjson.h>

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ClusterStateReader {

inline QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// A key as written, without unescaping it into the parser's string buffer: the keys looked for
// have no escapes, and a key with escapes simply matches none of them.
template<typename Field>
std::string_view rawKey(Field &field)
{
    const simdjson::ondemand::raw_json_string key = field.key();
    const char *begin = key.raw();
    const char *end = begin;
    while (*end != '"')
        end += *end == '\\' ? 2 : 1;
    return {begin, size_t(end - begin)};
}

// Strings that repeat across agents (framework IDs, regions, zones): decoded once per document
// and then shared, so 10,000 agents do not allocate and convert the same few IDs 100,000 times,
// and freeing the snapshot later frees them once. The keys view the parser's string buffer, which
// lives as long as the document.
class SharedStrings
{
public:
    /// With @p ownKeys each new key is copied, for strings from more than one document (the
    /// parser's buffer is then overwritten by the next one).
    explicit SharedStrings(bool ownKeys = false)
        : m_ownKeys(ownKeys)
    { }

    const QString &get(std::string_view s)
    {
        auto it = m_strings.find(s);
        if (it == m_strings.end()) {
            if (m_ownKeys)
                s = m_keys.emplace_back(s); // a deque does not move what it holds
            it = m_strings.emplace(s, qs(s)).first;
        }
        return it->second;
    }

private:
    std::unordered_map<std::string_view, QString> m_strings;
    std::deque<std::string> m_keys;
    bool m_ownKeys;
};

/// STAGING, STARTING, RUNNING and KILLING: the states counted as tasks left on an agent.
inline bool isLiveTaskState(std::string_view state)
{
    return state == "TASK_STAGING" || state == "TASK_STARTING" || state == "TASK_RUNNING"
        || state == "TASK_KILLING";
}

/// A `GetAgents.Agent` (GET_AGENTS, GET_STATE, AGENT_ADDED); task counts are left at zero.
Agent readV1Agent(simdjson::ondemand::value v, SharedStrings &strings);
/// A `GetFrameworks.Framework` (GET_FRAMEWORKS, GET_STATE, FRAMEWORK_ADDED/UPDATED).
Framework readV1Framework(simdjson::ondemand::value v);

} // namespace ClusterStateReader
