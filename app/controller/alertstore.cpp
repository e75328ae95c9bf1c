#include "controller/alertstore.h"

#include <QSettings>
#include <QUrl>

namespace {

struct Entry
{
    const char *key;
    qint64 AlertSettings::*member;
};

constexpr Entry kEntries[] = {
    {"pastStartGraceSecs", &AlertSettings::pastStartGraceMs},
    {"pastEndGraceSecs", &AlertSettings::pastEndGraceMs},
    {"readyIdleGraceSecs", &AlertSettings::readyIdleGraceMs},
    {"silentAfterSecs", &AlertSettings::silentAfterMs},
    {"stuckAfterSecs", &AlertSettings::stuckAfterMs},
};

QString groupOf(const QString &masterKey)
{
    return QStringLiteral("alerts/") + QString::fromLatin1(QUrl::toPercentEncoding(masterKey));
}

} // namespace

AlertSettings AlertStore::load(const QString &masterKey, const AlertSettings &defaults)
{
    AlertSettings s = defaults;
    QSettings settings;
    settings.beginGroup(groupOf(masterKey));
    for (const Entry &e : kEntries) {
        bool ok = false;
        const qint64 secs = settings.value(QLatin1String(e.key)).toLongLong(&ok);
        if (ok && secs > 0 && secs < 365LL * 24 * 3600)
            s.*e.member = secs * 1000;
    }
    s.notify = settings.value(QStringLiteral("notify"), defaults.notify).toBool();
    return s;
}

void AlertStore::save(const QString &masterKey, const AlertSettings &s)
{
    QSettings settings;
    settings.beginGroup(groupOf(masterKey));
    for (const Entry &e : kEntries)
        settings.setValue(QLatin1String(e.key), s.*e.member / 1000);
    settings.setValue(QStringLiteral("notify"), s.notify);
}
