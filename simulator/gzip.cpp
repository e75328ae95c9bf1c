#include "gzip.h"

#include <QList>

#ifdef SLIPWAY_SIM_HAVE_ZLIB
#include <zlib.h>
#endif

namespace Gzip {

namespace {

QByteArray deflateGzip(const QByteArray &data)
{
#ifndef SLIPWAY_SIM_HAVE_ZLIB
    Q_UNUSED(data);
    return QByteArray(); // built without zlib: bodies go out uncompressed
#else
    z_stream stream {};
    // 15 + 16: a gzip wrapper. Level 1: fast; nobody compares the compressed bytes.
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return QByteArray();
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(data.size()))));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
#endif
}

} // namespace

QByteArray compress(const QByteArray &data)
{
    thread_local QByteArray lastInput;
    thread_local QByteArray lastOutput;
    if (lastInput.constData() == data.constData() && lastInput.size() == data.size())
        return lastOutput;
    lastOutput = deflateGzip(data);
    lastInput = data; // shares the bytes, so the address cannot be reused while cached
    return lastOutput;
}

bool accepted(const QByteArray &acceptEncoding)
{
    // The most specific entry decides: `gzip` over `*`; q=0 refuses.
    int best = -1;
    double q = 0;
    for (const QByteArray &item : acceptEncoding.split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray coding = parts.first().trimmed().toLower();
        double quality = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts[i].trimmed();
            if (p.startsWith("q="))
                quality = p.mid(2).toDouble();
        }
        const int specificity = coding == "gzip" ? 1 : coding == "*" ? 0 : -1;
        if (specificity > best) {
            best = specificity;
            q = quality;
        }
    }
    return best >= 0 && q > 0;
}

} // namespace Gzip
