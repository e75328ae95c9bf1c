#pragma once

#include "cli/clioutput.h"
#include "net/mastererror.h"

/// The exit code for a failed master call: 1 when the master answered and refused (401, 403, 400,
/// 409, other 4xx), 3 when it could not be reached or gave no usable answer (network, timeout,
/// TLS, no leader, 5xx, an unreadable reply, e.g. from a proxy in front of it).
inline int exitCodeFor(const MasterError &error)
{
    switch (error.kind) {
    case MasterError::Kind::None:
        return ExitOk;
    case MasterError::Kind::Unauthorized:
    case MasterError::Kind::Forbidden:
    case MasterError::Kind::Rejected:
        return ExitRefused;
    case MasterError::Kind::Http:
        return error.httpStatus >= 500 ? ExitUnreachable : ExitRefused;
    case MasterError::Kind::Network:
    case MasterError::Kind::Timeout:
    case MasterError::Kind::Tls:
    case MasterError::Kind::NoLeader:
    case MasterError::Kind::BadReply:
        break;
    }
    return ExitUnreachable;
}
