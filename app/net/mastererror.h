#pragma once

#include <QString>

/// The one error shape of everything that talks to a master (STYLE 14): what went wrong, the HTTP
/// status when there was one, and the master's own message, verbatim.
struct MasterError
{
    enum class Kind {
        None,
        Network, ///< connection refused, reset, DNS, dropped mid-reply
        Timeout, ///< no answer within the request's time limit
        Tls, ///< certificate not trusted (verification is on by default)
        Unauthorized, ///< 401: credentials missing or wrong
        Forbidden, ///< 403
        NoLeader, ///< 503 `No leader elected`, or no configured master leads
        Http, ///< any other unexpected HTTP status
        BadReply, ///< the master answered something Slipway cannot read
        Rejected, ///< 400/409: the master refused the request; `message` is its text
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;
    QString realm; ///< for Unauthorized: the WWW-Authenticate realm

    bool isError() const { return kind != Kind::None; }
    /// Whether retrying the same read later may succeed.
    bool isTransient() const;
    /// A sentence for people, e.g. "The master refused the request: Machine '…' is not …".
    QString describe() const;
};
