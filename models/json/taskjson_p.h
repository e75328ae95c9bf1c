#pragma once

// Private to slipway_core: one v1 `Task` (GET_TASKS, GET_STATE, TASK_ADDED) read for what the
// console keeps, shared by the event reader and the streamed SUBSCRIBED reader.

#include "json/clusterstatereader_p.h"
#include "json/masterevent.h"

#include <simdjson.h>

#include <string_view>

namespace ClusterStateReader {

/// A task's IDs and state as written; the views point into the parser's buffers.
struct RawTask
{
    std::string_view taskId;
    std::string_view frameworkId;
    std::string_view agentId;
    bool live = false;
};

/// Reads a `Task` object (a document or a value). Throws simdjson_error without a task or
/// framework ID.
template<typename Json>
RawTask readRawTask(Json &&v)
{
    RawTask task;
    for (auto field : v.get_object()) {
        const std::string_view key = rawKey(field);
        if (key == "task_id")
            task.taskId = field.value()["value"].get_string();
        else if (key == "framework_id")
            task.frameworkId = field.value()["value"].get_string();
        else if (key == "agent_id")
            task.agentId = field.value()["value"].get_string();
        else if (key == "state")
            task.live = isLiveTaskState(field.value().get_string());
    }
    if (task.taskId.empty() || task.frameworkId.empty())
        throw simdjson::simdjson_error(simdjson::NO_SUCH_FIELD);
    return task;
}

/// @p task as a TaskFact, its IDs decoded through @p strings (anything with
/// `const QString &get(std::string_view)`).
template<typename Strings>
TaskFact taskFact(const RawTask &task, Strings &strings)
{
    TaskFact fact;
    fact.key = MasterEvent::taskKey(
        QByteArrayView(task.frameworkId.data(), qsizetype(task.frameworkId.size())),
        QByteArrayView(task.taskId.data(), qsizetype(task.taskId.size())));
    fact.agentId = strings.get(task.agentId);
    fact.frameworkId = strings.get(task.frameworkId);
    fact.live = task.live;
    return fact;
}

} // namespace ClusterStateReader
