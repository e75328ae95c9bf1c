#include "simtypes.h"

const char *taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::Staging:
        return "TASK_STAGING";
    case TaskState::Running:
        return "TASK_RUNNING";
    case TaskState::Finished:
        return "TASK_FINISHED";
    case TaskState::Killed:
        return "TASK_KILLED";
    case TaskState::Lost:
        return "TASK_LOST";
    case TaskState::GoneByOperator:
        return "TASK_GONE_BY_OPERATOR";
    }
    return "TASK_UNKNOWN";
}

bool isTerminal(TaskState state)
{
    return state != TaskState::Staging && state != TaskState::Running;
}
