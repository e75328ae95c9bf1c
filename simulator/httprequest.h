#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

/// One parsed HTTP/1.x request as the simulated master sees it: the method as sent, the path
/// (percent-decoded) and raw query, headers in arrival order (names compared ignoring case).
struct HttpRequest
{
    QByteArray method;
    QString path;
    QByteArray query; ///< without the '?', still percent-encoded
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Who sent it, once authenticated; null while authentication is off.
    QString principal;

    bool hasHeader(QByteArrayView name) const;
    /// The first header with @p name (ASCII case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
    /// The value of query parameter @p key (decoded), or a null QString.
    QString queryValue(const QString &key) const;
};
