#pragma once

#include <QString>

/// One framework's latest answer to the inverse offers for a draining machine
/// (Mesos' `allocator.InverseOfferStatus`). UNKNOWN is tolerated though the master never sends it.
struct InverseOfferStatus
{
    enum class Answer { Unknown, Accept, Decline };

    Answer answer = Answer::Unknown;
    QString frameworkId;
    qint64 timestampNs = 0;

    static QString answerName(Answer answer);

    friend bool operator==(const InverseOfferStatus &, const InverseOfferStatus &) = default;
};
