#include "net/masterendpoint.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

std::optional<QUrl> MasterEndpoint::parseMasterUrl(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (!t.contains(u"://"))
        t.prepend(u"http://"_s);
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"http" && url.scheme() != u"https"))
        return std::nullopt;
    if (url.port() == -1)
        url.setPort(5050);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path == u"/master")
        path.clear();
    url.setPath(path);
    url.setUserInfo(QString()); // never carried, shown or logged (see withoutUserInfo)
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

std::optional<QList<QUrl>> MasterEndpoint::parseMasterList(const QString &text)
{
    QList<QUrl> urls;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<QUrl> url = parseMasterUrl(part);
        if (!url)
            return std::nullopt;
        urls.append(*url);
    }
    if (urls.isEmpty())
        return std::nullopt;
    return urls;
}

QString MasterEndpoint::withoutUserInfo(const QString &text, QString *user)
{
    QStringList parts = text.split(u',');
    for (QString &part : parts) {
        const qsizetype scheme = part.indexOf(u"://");
        const qsizetype start = scheme < 0 ? 0 : scheme + 3;
        qsizetype end = part.size();
        for (const QChar c : {u'/', u'?', u'#'}) {
            const qsizetype at = part.indexOf(c, start);
            if (at >= 0)
                end = std::min(end, at);
        }
        const qsizetype at = part.lastIndexOf(u'@', end - 1);
        if (at < start)
            continue;
        const QString info = part.mid(start, at - start);
        if (user && user->isEmpty())
            *user = QUrl::fromPercentEncoding(info.section(u':', 0, 0).toUtf8());
        part.remove(start, at + 1 - start);
    }
    return parts.join(u',');
}

std::optional<MasterEndpoint::Api> MasterEndpoint::parseApi(const QString &text)
{
    if (text == u"auto")
        return Api::Auto;
    if (text == u"v0")
        return Api::V0;
    if (text == u"v1")
        return Api::V1;
    return std::nullopt;
}
