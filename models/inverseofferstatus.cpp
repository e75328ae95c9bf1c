#include "inverseofferstatus.h"

using namespace Qt::StringLiterals;

QString InverseOfferStatus::answerName(Answer answer)
{
    switch (answer) {
    case Answer::Accept:
        return u"ACCEPT"_s;
    case Answer::Decline:
        return u"DECLINE"_s;
    case Answer::Unknown:
        break;
    }
    return u"UNKNOWN"_s;
}
