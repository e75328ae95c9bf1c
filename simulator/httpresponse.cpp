#include "httpresponse.h"

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, v] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            v = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

HttpResponse HttpResponse::ok()
{
    return HttpResponse();
}

HttpResponse HttpResponse::json(const QByteArray &body, const QByteArray &jsonp)
{
    HttpResponse r;
    if (jsonp.isNull()) {
        r.setHeader("Content-Type", "application/json");
        r.body = body;
    } else {
        r.setHeader("Content-Type", "text/javascript");
        r.body = jsonp + '(' + body + ')';
    }
    return r;
}

HttpResponse HttpResponse::text(int status, const QByteArray &message)
{
    HttpResponse r;
    r.status = status;
    r.setHeader("Content-Type", "text/plain; charset=utf-8");
    r.body = message.isEmpty() ? canonicalBody(status) : message;
    return r;
}

HttpResponse HttpResponse::methodNotAllowed(const QList<QByteArray> &allowed,
                                            const QByteArray &method)
{
    QByteArray quoted;
    for (const QByteArray &m : allowed)
        quoted += (quoted.isEmpty() ? "'" : ", '") + m + '\'';
    HttpResponse r = text(405,
                          "405 Method Not Allowed. Expecting one of { " + quoted
                              + " }, but received '" + method + "'.");
    r.setHeader("Allow", allowed.join(", "));
    return r;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Request Entity Too Large";
    case 415:
        return "Unsupported Media Type";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QByteArray HttpResponse::canonicalBody(int status)
{
    return QByteArray::number(status) + ' ' + reasonPhrase(status) + '.';
}
