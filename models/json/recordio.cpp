#include "json/recordio.h"

RecordIoDecoder::RecordIoDecoder(qint64 maxRecordBytes)
    : m_maxRecordBytes(maxRecordBytes)
{ }

void RecordIoDecoder::reset()
{
    m_length.clear();
    m_payload.clear();
    m_expected = -1;
    m_records.clear();
    m_error.clear();
    m_sink = nullptr;
    m_streaming = false;
    m_streamed = 0;
}

bool RecordIoDecoder::fail(const QString &message)
{
    m_error = message;
    m_length.clear();
    m_payload = QByteArray();
    m_expected = -1;
    m_sink = nullptr;
    m_streaming = false;
    return false;
}

bool RecordIoDecoder::feed(QByteArrayView bytes)
{
    if (hasError())
        return false;
    qsizetype at = 0;
    while (at < bytes.size()) {
        if (m_expected < 0) {
            const char c = bytes[at++];
            if (c != '\n') {
                if (c < '0' || c > '9')
                    return fail(tr("the record length is not a number (byte %1)")
                                    .arg(int(static_cast<unsigned char>(c))));
                if (m_length.size() >= kMaxLengthDigits)
                    return fail(
                        tr("the record length has more than %1 digits").arg(kMaxLengthDigits));
                m_length.append(c);
                continue;
            }
            if (m_length.isEmpty())
                return fail(tr("a record has no length"));
            const qint64 length = m_length.toLongLong();
            m_length.clear();
            if (length > m_maxRecordBytes)
                return fail(tr("a record of %1 bytes is larger than the %2 bytes accepted")
                                .arg(length)
                                .arg(m_maxRecordBytes));
            m_expected = length;
            m_streaming = bool(m_sink);
            m_streamed = 0;
            if (!m_streaming) // reserved once: a large record must not be regrown chunk by chunk
                m_payload.reserve(length + kSpareBytes);
        }
        if (m_streaming) {
            const qsizetype take
                = qsizetype(qMin<qint64>(m_expected - m_streamed, bytes.size() - at));
            m_streamed += take;
            at += take;
            const bool last = m_streamed == m_expected;
            const Sink sink = last ? std::exchange(m_sink, nullptr) : m_sink;
            if (last) {
                m_streaming = false;
                m_expected = -1;
            }
            sink(bytes.sliced(at - take, take), last);
            continue;
        }
        const qsizetype take
            = qsizetype(qMin<qint64>(m_expected - m_payload.size(), bytes.size() - at));
        m_payload.append(bytes.data() + at, take);
        at += take;
        if (m_payload.size() == m_expected) {
            m_records.append(std::move(m_payload));
            m_payload = QByteArray();
            m_expected = -1;
        }
    }
    return true;
}

QList<QByteArray> RecordIoDecoder::takeRecords()
{
    return std::exchange(m_records, {});
}
