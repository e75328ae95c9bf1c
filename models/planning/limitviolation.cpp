#include "planning/limitviolation.h"

#include "planning/stepfunction.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

QString planningLimitKey(PlanningLimit limit)
{
    switch (limit) {
    case PlanningLimit::MaxDown:
        return u"maxDown"_s;
    case PlanningLimit::MaxDownPerZone:
        return u"maxDownPerZone"_s;
    case PlanningLimit::MaxDownPerRack:
        return u"maxDownPerRack"_s;
    case PlanningLimit::MaxZonesAtOnce:
        return u"maxZonesAtOnce"_s;
    case PlanningLimit::MinAgentsPerZone:
        return u"minLeftPerZone.agents"_s;
    case PlanningLimit::MinCpusPerZone:
        return u"minLeftPerZone.cpus"_s;
    case PlanningLimit::MinMemPerZone:
        return u"minLeftPerZone.mem"_s;
    }
    return QString();
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LimitViolation", text);
}

QString number(double v)
{
    return QString::number(std::round(v * 10) / 10, 'f', v == std::floor(v) ? 0 : 1);
}

QString percentOf(double v, double total)
{
    if (total <= 0)
        return u"0%"_s;
    const double p = std::floor(v / total * 1000 + 1e-9) / 10;
    return QString::number(p, 'f', p == std::floor(p) ? 0 : 1) + u'%';
}

QString stamp(qint64 ns, const QTimeZone &tz, bool withDay)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, tz);
    return withDay ? QLocale::c().toString(t, u"ddd yyyy-MM-dd HH:mm"_s) : t.toString(u"HH:mm"_s);
}

} // namespace

QString LimitViolation::describeInterval(qint64 startNs, qint64 endNs, const QTimeZone &timeZone)
{
    if (startNs == std::numeric_limits<qint64>::min())
        return tr("now (machines already DOWN)");
    const QString from = stamp(startNs, timeZone, true);
    if (endNs == StepFunction::kForever)
        return tr("%1 onwards").arg(from);
    const QDateTime a = QDateTime::fromMSecsSinceEpoch(startNs / 1'000'000, timeZone);
    const QDateTime b = QDateTime::fromMSecsSinceEpoch(endNs / 1'000'000, timeZone);
    const bool sameDay = a.date() == b.date();
    return from + u'–' + stamp(endNs, timeZone, !sameDay);
}

QString LimitViolation::describe(const QTimeZone &timeZone) const
{
    const QString where = scope.isEmpty()        ? tr("cluster")
        : limit == PlanningLimit::MaxDownPerRack ? tr("rack %1").arg(scope)
                                                 : tr("zone %1").arg(scope);
    const QString when = describeInterval(startNs, endNs, timeZone);
    const bool percent = amount.kind == PolicyAmount::Kind::Percent;
    const QString limitText = amount.toString();
    switch (limit) {
    case PlanningLimit::MaxDown:
    case PlanningLimit::MaxDownPerZone:
    case PlanningLimit::MaxDownPerRack:
        return tr("%1: %2 → %3 of %4 down (%5 > %6) %7")
            .arg(where, number(before), number(after), number(total),
                 percent ? percentOf(after, total) : number(after), limitText, when);
    case PlanningLimit::MaxZonesAtOnce:
        return tr("%1: %2 → %3 of %4 zones down at once (%5 > %6) %7")
            .arg(where, number(before), number(after), number(total),
                 percent ? percentOf(after, total) : number(after), limitText, when);
    case PlanningLimit::MinAgentsPerZone:
        return tr("%1: %2 → %3 of %4 agents left (%5 < %6) %7")
            .arg(where, number(before), number(after), number(total),
                 percent ? percentOf(after, total) : number(after), limitText, when);
    case PlanningLimit::MinCpusPerZone:
        return tr("%1: %2 → %3 of %4 CPUs left (%5 < %6) %7")
            .arg(where, number(before), number(after), number(total),
                 percent ? percentOf(after, total) : number(after), limitText, when);
    case PlanningLimit::MinMemPerZone:
        return tr("%1: %2 → %3 of %4 MB memory left (%5 < %6) %7")
            .arg(where, number(before), number(after), number(total),
                 percent ? percentOf(after, total) : number(after), limitText, when);
    }
    return QString();
}
