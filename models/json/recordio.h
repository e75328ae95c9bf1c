#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

/// Splits a RecordIO byte stream (`<decimal length>\n<payload>`, repeated; API.md §6.13) into
/// records. Bytes come in whatever pieces the network delivers: a length may be split across
/// chunks and a chunk may hold many records. A malformed or oversized length is a framing error
/// after which the stream cannot be resynchronised: the decoder stops and says why.
class RecordIoDecoder
{
    Q_DECLARE_TR_FUNCTIONS(RecordIoDecoder)

public:
    /// 20 digits overflow int64; a length line longer than that is not RecordIO.
    static constexpr int kMaxLengthDigits = 19;
    /// Each record is allocated with this much to spare past its end, so that simdjson can parse
    /// it in place (its SIMDJSON_PADDING).
    static constexpr int kSpareBytes = 64;

    explicit RecordIoDecoder(qint64 maxRecordBytes = qint64(1) << 30);

    /// Appends @p bytes and splits off every record they complete. Returns false (and ignores
    /// the bytes) once the stream is broken.
    bool feed(QByteArrayView bytes);
    /// The records completed so far, oldest first; the decoder forgets them.
    QList<QByteArray> takeRecords();

    /// Receives a streamed record's payload piece by piece; @p last with its final piece.
    using Sink = std::function<void(QByteArrayView piece, bool last)>;
    /// The next record is not gathered: its payload goes to @p sink as its bytes arrive (during
    /// feed()), and takeRecords() does not return it. For a record too large to hold twice.
    void streamNextRecord(Sink sink) { m_sink = std::move(sink); }

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    /// Bytes of the record being read that have arrived (0 between records).
    qint64 partialBytes() const { return m_streaming ? m_streamed : m_payload.size(); }
    /// The announced length of the record being read, or -1 while its length is being read.
    qint64 expectedBytes() const { return m_expected; }
    /// Forgets everything, including an error: for a new stream.
    void reset();

private:
    bool fail(const QString &message);

    qint64 m_maxRecordBytes;
    QByteArray m_length; ///< digits of the length line read so far
    QByteArray m_payload;
    qint64 m_expected = -1;
    Sink m_sink; ///< for the next record, or (m_streaming) the one being read
    bool m_streaming = false;
    qint64 m_streamed = 0; ///< bytes of the streamed record handed out
    QList<QByteArray> m_records;
    QString m_error;
};
