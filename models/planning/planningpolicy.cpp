#include "planning/planningpolicy.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

qint64 PolicyAmount::maxAllowed(qint64 total) const
{
    switch (kind) {
    case Kind::Unset:
        return std::numeric_limits<qint64>::max();
    case Kind::Count:
        return qint64(value);
    case Kind::Percent:
        // A small epsilon so that 10% of 40 is 4, not 3.9999.
        return std::max<qint64>(1, qint64(std::floor(double(total) * value / 100.0 + 1e-9)));
    }
    return 0;
}

double PolicyAmount::floorOf(double total) const
{
    switch (kind) {
    case Kind::Unset:
        return -std::numeric_limits<double>::infinity();
    case Kind::Count:
        return value;
    case Kind::Percent:
        return total * value / 100.0;
    }
    return 0;
}

QString PolicyAmount::toString() const
{
    switch (kind) {
    case Kind::Unset:
        return QString();
    case Kind::Count:
        return QString::number(value, 'g', 12);
    case Kind::Percent:
        return QString::number(value, 'g', 12) + u'%';
    }
    return QString();
}

namespace {

struct DurationUnit
{
    char16_t suffix;
    qint64 ns;
};

constexpr DurationUnit kUnits[] = {
    {u'd', 86'400'000'000'000LL},
    {u'h', 3'600'000'000'000LL},
    {u'm', 60'000'000'000LL},
    {u's', 1'000'000'000LL},
};

} // namespace

std::optional<qint64> parsePolicyDuration(QStringView text)
{
    if (text.size() < 2)
        return std::nullopt;
    const QChar suffix = text.back();
    const QStringView digits = text.chopped(1);
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    for (const DurationUnit &unit : kUnits) {
        if (suffix == unit.suffix) {
            if (n > std::numeric_limits<qint64>::max() / unit.ns)
                return std::nullopt;
            return n * unit.ns;
        }
    }
    return std::nullopt;
}

QString formatPolicyDuration(qint64 ns)
{
    if (ns == 0)
        return u"0m"_s;
    for (const DurationUnit &unit : kUnits) {
        if (ns % unit.ns == 0)
            return QString::number(ns / unit.ns) + QChar(unit.suffix);
    }
    return QString::number(ns / 1'000'000'000LL) + u's';
}
