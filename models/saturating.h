#pragma once

#include <QtGlobal>

#include <limits>

/// Integer arithmetic that clamps to the qint64 range instead of wrapping. Nanosecond times live
/// in int64 (1677-09-21 to 2262-04-11), and masters and people use values near INT64_MAX to mean
/// "forever", so `start + duration` must not wrap into 1677. Task counts reported by a master
/// are summed with it too.
namespace Saturating {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

/// @p a + @p b, or the nearest end of the range when the sum does not fit.
constexpr qint64 add(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? kMax : kMin;
    return sum;
}

/// @p a × @p b, or the nearest end of the range when the product does not fit.
constexpr qint64 multiply(qint64 a, qint64 b)
{
    qint64 product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        return (a < 0) != (b < 0) ? kMin : kMax;
    return product;
}

/// A protobuf Duration/DurationInfo (`seconds`, `nanos`) in nanoseconds.
constexpr qint64 nsFromSeconds(qint64 seconds, qint64 nanos)
{
    return add(multiply(seconds, 1000000000LL), nanos);
}

} // namespace Saturating
