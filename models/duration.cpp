#include "duration.h"

#include <limits>

using namespace Qt::StringLiterals;

std::optional<qint64> Duration::parseMs(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        qint64 n = 0;
        const qsizetype digits = i;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128) {
            if (n > std::numeric_limits<qint64>::max() / 10)
                return std::nullopt;
            n = n * 10 + (text[i].unicode() - u'0');
            ++i;
        }
        if (i == digits)
            return std::nullopt;
        qint64 unit = 0;
        if (text.mid(i).startsWith(u"ms")) {
            unit = 1;
            i += 2;
        } else if (i < text.size() && text[i] == u's') {
            unit = 1000;
            ++i;
        } else if (i < text.size() && text[i] == u'm') {
            unit = 60000;
            ++i;
        } else if (i < text.size() && text[i] == u'h') {
            unit = 3600000;
            ++i;
        } else {
            return std::nullopt;
        }
        if (n > (std::numeric_limits<qint64>::max() - total) / unit / 1000000)
            return std::nullopt; // keep room for nanoseconds, as the schedule stores them
        total += n * unit;
    }
    return total;
}

QString Duration::format(qint64 ms)
{
    const qint64 secs = qMax<qint64>(0, ms) / 1000;
    const qint64 h = secs / 3600;
    const qint64 m = secs / 60 % 60;
    const qint64 s = secs % 60;
    QString out;
    if (h)
        out += QString::number(h) + u'h';
    if (m)
        out += QString::number(m) + u'm';
    if (s || out.isEmpty())
        out += QString::number(s) + u's';
    return out;
}
