#include "controller/policystore.h"

#include "planning/planninglimitsdialog.h"

#include <QSettings>
#include <QUrl>

namespace {

struct Entry
{
    const char *key;
    PolicyAmount PlanningLimits::*member;
};

constexpr Entry kEntries[] = {
    {"maxDown", &PlanningLimits::maxDown},
    {"maxDownPerZone", &PlanningLimits::maxDownPerZone},
    {"maxDownPerRack", &PlanningLimits::maxDownPerRack},
    {"maxZonesAtOnce", &PlanningLimits::maxZonesAtOnce},
    {"minAgentsPerZone", &PlanningLimits::minAgentsPerZone},
    {"minCpusPerZone", &PlanningLimits::minCpusPerZone},
    {"minMemPerZone", &PlanningLimits::minMemPerZone},
};

QString groupOf(const QString &masterKey)
{
    // Keys with '/' or ':' would nest or break QSettings groups: percent-encode the master key.
    return QStringLiteral("planning/") + QString::fromLatin1(QUrl::toPercentEncoding(masterKey));
}

} // namespace

PlanningPolicy PolicyStore::load(const QString &masterKey)
{
    PlanningPolicy policy;
    QSettings settings;
    settings.beginGroup(groupOf(masterKey));
    for (const Entry &e : kEntries) {
        const QString text = settings.value(QLatin1String(e.key)).toString();
        if (const std::optional<PolicyAmount> a = PlanningLimitsDialog::parseAmount(text))
            policy.limits.*e.member = *a;
    }
    const QString rack = settings.value(QStringLiteral("rackAttribute")).toString();
    if (!rack.isEmpty())
        policy.rackAttribute = rack;
    return policy;
}

void PolicyStore::save(const QString &masterKey, const PlanningPolicy &policy)
{
    QSettings settings;
    settings.beginGroup(groupOf(masterKey));
    for (const Entry &e : kEntries) {
        const PolicyAmount &a = policy.limits.*e.member;
        if (a.isSet())
            settings.setValue(QLatin1String(e.key), a.toString());
        else
            settings.remove(QLatin1String(e.key));
    }
    settings.setValue(QStringLiteral("rackAttribute"), policy.rackAttribute);
}
