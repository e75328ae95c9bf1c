#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

/// A complete HTTP response as libprocess frames it: status line, headers, and a body that gets a
/// Content-Length (also `0`). Content-Type is only present when set.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    /// 200 with an empty body and no Content-Type (`return OK();` in the master).
    static HttpResponse ok();
    /// 200 `application/json`, or `text/javascript` wrapped as `fn(json)` when @p jsonp is set.
    static HttpResponse json(const QByteArray &body, const QByteArray &jsonp = QByteArray());
    /// A plain-text error; an empty @p message gives the canonical `400 Bad Request.` text.
    static HttpResponse text(int status, const QByteArray &message = QByteArray());
    static HttpResponse methodNotAllowed(const QList<QByteArray> &allowed,
                                         const QByteArray &method);

    /// `Bad Request`, `Not Found`, … for the status line.
    static QByteArray reasonPhrase(int status);
    /// `400 Bad Request.`: libprocess' body for an error created without a message.
    static QByteArray canonicalBody(int status);
};
