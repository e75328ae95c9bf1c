#include "review/schedulereview.h"

#include "maintenancevalidator.h"
#include "schedulediff.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

QString ScheduleReview::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

ScheduleReview ScheduleReview::build(const Schedule &schedule, const QByteArray &scheduleFileBytes,
                                     const std::optional<Schedule> &live,
                                     const QList<MachineId> &downMachines,
                                     const std::function<QString(const MachineId &)> &zoneOf)
{
    ScheduleReview r;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.sha256 = sha256Of(scheduleFileBytes);
    const std::optional<JsonError> error
        = MaintenanceValidator::checkSchedule(schedule, downMachines);
    r.valid = !error;
    if (error)
        r.validationError = error->describe();
    if (live)
        r.changes = ScheduleDiff::compute(*live, schedule).describe();
    for (const MaintenanceWindow &w : schedule.windows) {
        WindowSummary s;
        s.startNs = w.unavailability.startNs;
        s.durationNs = w.unavailability.durationNs;
        s.machines = int(w.machines.size());
        for (const MachineId &m : w.machines)
            ++s.zones[zoneOf ? zoneOf(m) : QString()];
        r.windows.append(s);
    }
    return r;
}

QString ScheduleReview::render() const
{
    QString out;
    out += u"Schedule review\n"_s;
    out += u"  author:   %1\n  reason:   %2\n  created:  %3\n  master:   %4\n  schedule: %5\n  sha256:   %6\n"_s
               .arg(author, reason, createdAt.toString(Qt::ISODate), master, scheduleFile, sha256);
    out += valid ? u"  verdict:  the master would accept it\n"_s
                 : u"  verdict:  the master would REFUSE it: %1\n"_s.arg(validationError);
    out += u"\nWindows (%1):\n"_s.arg(windows.size());
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const WindowSummary &w = windows[i];
        QStringList zones;
        for (auto it = w.zones.cbegin(); it != w.zones.cend(); ++it)
            zones << u"%1×%2"_s.arg(it.key().isEmpty() ? u"?"_s : it.key()).arg(it.value());
        zones.sort();
        const QString duration
            = w.durationNs ? u"%1 min"_s.arg(*w.durationNs / 60000000000LL) : u"open-ended"_s;
        out += u"  %1. %2  %3  %4 machine(s)  %5\n"_s.arg(i + 1)
                   .arg(QDateTime::fromMSecsSinceEpoch(w.startNs / 1000000, Qt::UTC)
                            .toString(Qt::ISODate),
                        duration)
                   .arg(w.machines)
                   .arg(zones.join(u", "_s));
    }
    out += u"\nChanges against the live schedule (%1):\n"_s.arg(changes.size());
    for (const QString &c : changes)
        out += u"  "_s + c + u'\n';
    if (changes.isEmpty())
        out += u"  (none)\n"_s;
    return out;
}
