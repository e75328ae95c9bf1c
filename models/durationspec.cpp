#include "durationspec.h"

#include "saturating.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMs = 1000000;
constexpr qint64 kSecond = 1000 * kMs;

qint64 unitNs(QStringView unit)
{
    if (unit == u"ms")
        return kMs;
    if (unit.isEmpty() || unit == u"s" || unit == u"sec" || unit == u"secs")
        return kSecond;
    if (unit == u"m" || unit == u"min" || unit == u"mins")
        return 60 * kSecond;
    if (unit == u"h")
        return 3600 * kSecond;
    if (unit == u"d")
        return 86400 * kSecond;
    return 0;
}

} // namespace

std::optional<qint64> DurationSpec::parseNs(QStringView text)
{
    static const QRegularExpression part(u"(\\d+)([a-z]*)"_s);
    const QString s = text.trimmed().toString().toLower();
    if (s.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype at = 0;
    int parts = 0;
    bool bare = false;
    while (at < s.size()) {
        const QRegularExpressionMatch m = part.match(s, at, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || bare)
            return std::nullopt;
        ++parts;
        const qint64 unit = unitNs(m.capturedView(2));
        if (unit == 0)
            return std::nullopt;
        bool ok = false;
        const qint64 count = m.capturedView(1).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        bare = m.capturedView(2).isEmpty(); // a bare number of seconds must stand alone
        if (bare && parts > 1)
            return std::nullopt;
        total = Saturating::add(total, Saturating::multiply(count, unit));
        at = m.capturedEnd();
    }
    return total;
}

QString DurationSpec::format(qint64 ns)
{
    if (ns % kSecond != 0)
        return QString::number(ns / kMs) + u"ms"_s;
    qint64 s = ns / kSecond;
    if (s == 0)
        return u"0s"_s;
    QString out;
    for (const auto &[unit, name] :
         {std::pair<qint64, const char16_t *> {86400, u"d"}, {3600, u"h"}, {60, u"m"}, {1, u"s"}}) {
        if (s >= unit) {
            out += QString::number(s / unit) + QString::fromUtf16(name);
            s %= unit;
        }
    }
    return out;
}
