#include "httprequest.h"

#include <QUrlQuery>

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QString HttpRequest::queryValue(const QString &key) const
{
    const QUrlQuery q(QString::fromUtf8(query));
    if (!q.hasQueryItem(key))
        return QString();
    return q.queryItemValue(key, QUrl::FullyDecoded);
}
