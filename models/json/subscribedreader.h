#pragma once

#include "json/masterevent.h"
#include "json/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <memory>
#include <optional>

namespace ClusterStateReader {
class SharedStrings;
}

/// Reads the event stream's first record, SUBSCRIBED, piece by piece as it arrives, without
/// keeping it whole. Nearly all of it is the lists of `get_state`: tasks (150 MB at 10,000 agents
/// and 220,000 tasks), agents (10 MB at 10,000) and executors. Each task and agent is read as soon
/// as its last byte is in and its bytes are let go; completed tasks and executors, which the
/// console does not use, are skipped. The rest (frameworks, the heartbeat interval) is kept and
/// read at the end by MasterEventReader, so the result is the event MasterEventReader::read()
/// gives for the whole record, and an error in it is reported the same way.
///
/// Peak memory is then the result plus one element, instead of the record plus simdjson's index
/// of it (which alone is about as large as the record). Not thread-safe; one reader per record.
class SubscribedRecordReader
{
public:
    SubscribedRecordReader();
    ~SubscribedRecordReader();

    /// The next bytes of the record's payload. Stops reading after an error.
    void feed(QByteArrayView bytes);
    /// After the record's last byte: the event, or why it could not be read.
    Result<MasterEvent> finish();

    /// A task that could not be read makes the whole record unreadable: no need to wait for it.
    bool hasError() const { return m_error.has_value(); }
    /// Bytes of the record kept for the final read (the record without its lists).
    qsizetype keptBytes() const { return m_kept.size(); }
    qsizetype tasksRead() const { return m_tasks.size(); }
    qsizetype agentsRead() const { return m_agents.size(); }

private:
    enum class Mode { Keep, Between, Element };
    enum class List { None, Tasks, Agents, Skip };

    void openContainer(char c);
    void closeContainer();
    void flush(const char *from, const char *to);
    void endElement();
    const QString &intern(std::string_view s);

    // The scanner: where in the JSON text the next byte is.
    static constexpr int kTrackedDepth = 5; ///< record → subscribed → get_state → get_tasks → list
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_onPath[kTrackedDepth + 1] = {}; ///< container at this depth is on the way to a list
    bool m_isObject[kTrackedDepth + 1] = {};
    bool m_expectKey[kTrackedDepth + 1] = {};
    QByteArray m_lastKey[kTrackedDepth + 1]; ///< the key just read in the object at this depth
    bool m_readingKey = false;
    QByteArray m_key;

    Mode m_mode = Mode::Keep;
    bool m_elementClosed = false; ///< the task being read has had its closing brace
    List m_list = List::None;
    QByteArray m_listPath; ///< where the list being read is, for errors
    QByteArray m_kept;
    QByteArray m_element;
    QList<TaskFact> m_tasks;
    QList<Agent> m_agents;
    /// IDs, regions, zones: decoded once for the whole record, as the whole read does.
    std::unique_ptr<ClusterStateReader::SharedStrings> m_strings;
    std::optional<JsonError> m_error;
};
