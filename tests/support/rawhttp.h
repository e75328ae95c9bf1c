#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

/// A blocking HTTP/1.1 client on a raw socket, so tests see exactly the bytes the simulated
/// master sends (which headers are present, not just their values).
class RawHttp
{
public:
    struct Reply
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        bool hasHeader(QByteArrayView name) const;
        QByteArray header(QByteArrayView name) const;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    /// Sends one request on a fresh connection and reads one (Content-Length framed) response.
    static Reply request(quint16 port, const QByteArray &method, const QByteArray &target,
                         const QByteArray &body = QByteArray(), const Headers &headers = {});
    /// Sends raw bytes and returns everything received until the peer closes or @p timeoutMs.
    static QByteArray exchange(quint16 port, const QByteArray &bytes, int timeoutMs = 3000);
    /// Parses one response at the start of @p data (empty status on failure); @p used gets the
    /// size.
    static Reply parse(const QByteArray &data, qsizetype *used = nullptr);

    static QByteArray basic(const QByteArray &user, const QByteArray &password);
};
