#pragma once

#include <QByteArray>

/// gzip for response bodies, as libprocess compresses bodies of at least 1 KiB for clients that
/// accept it (3rdparty/libprocess/src/encoder.hpp). The last result is kept per thread, so a
/// shared document (the cached /state) is compressed once, not once per poller.
namespace Gzip {

constexpr qsizetype MinimumBodyLength = 1024;

/// Empty when compression is not available (built without zlib) or failed.
QByteArray compress(const QByteArray &data);
/// libprocess' `Request::acceptsEncoding("gzip")` for an Accept-Encoding header value.
bool accepted(const QByteArray &acceptEncoding);

} // namespace Gzip
