#include "review/schedulereview.h"

#include "maintenancevalidator.h"
#include "schedulediff.h"
#include "json/schedulecodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>

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
    if (limitOverride) {
        out += u"\nPlanning limits overridden (%1): %2\n"_s.arg(limitOverride->violations.size())
                   .arg(limitOverride->reason);
        for (const QString &v : limitOverride->violations)
            out += u"  "_s + v + u'\n';
    }
    return out;
}

namespace {

QString nsText(qint64 ns)
{
    return u"%1 (%2 ns)"_s.arg(
        QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODate),
        QString::number(ns));
}

QString durationText(const std::optional<qint64> &ns)
{
    return ns ? u"%1 ns"_s.arg(*ns) : u"open-ended"_s;
}

// "Machine '{…}' is deactivated and cannot be removed from the schedule" for a machine the
// schedule indeed leaves out: consistent with the bytes, though only the cluster can confirm it.
bool isDownMachineRefusal(const QString &error, const Schedule &schedule)
{
    static const QRegularExpression re(
        u"^Machine '(.*)' is deactivated and cannot be removed from the schedule$"_s);
    const QRegularExpressionMatch m = re.match(error);
    if (!m.hasMatch())
        return false;
    for (const MaintenanceWindow &w : schedule.windows) {
        for (const MachineId &id : w.machines) {
            if (ScheduleCodec::machineIdJson(id) == m.captured(1))
                return false;
        }
    }
    return true;
}

} // namespace

bool ScheduleReview::isPlainFileName(const QString &name)
{
    return !name.isEmpty() && name != u"." && name != u".." && !name.contains(u'/')
        && !name.contains(u'\\') && !name.contains(QChar(0)) && !QDir::isAbsolutePath(name);
}

QStringList ScheduleReview::mismatches(const QByteArray &scheduleBytes) const
{
    const Result<Schedule> decoded = ScheduleCodec::decodeSchedule(scheduleBytes);
    if (!decoded)
        return {u"the schedule file is not a schedule: "_s + decoded.error().describe()};
    const Schedule &schedule = *decoded;
    QStringList out;
    const std::optional<JsonError> refusal = MaintenanceValidator::checkSchedule(schedule, {});
    if (refusal && valid)
        out << u"verdict: the review says the master would accept it, but it refuses it: "_s
                + refusal->describe();
    else if (refusal && validationError != refusal->describe())
        out << u"verdict: the review gives the reason \u201c%1\u201d, the schedule's is \u201c%2\u201d"_s
                   .arg(validationError, refusal->describe());
    else if (!refusal && !valid && !isDownMachineRefusal(validationError, schedule))
        out << u"verdict: the review says the master would refuse it (\u201c%1\u201d), but "
               u"nothing in the schedule is refused"_s.arg(validationError);
    if (windows.size() != schedule.windows.size()) {
        out << u"windows: the review lists %1, the schedule has %2"_s.arg(windows.size())
                   .arg(schedule.windows.size());
        return out;
    }
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const WindowSummary &claimed = windows[i];
        const MaintenanceWindow &actual = schedule.windows[i];
        const QString where = u"window %1 "_s.arg(i + 1);
        if (claimed.startNs != actual.unavailability.startNs)
            out << where
                    + u"start: the review says %1, the schedule has %2"_s.arg(
                        nsText(claimed.startNs), nsText(actual.unavailability.startNs));
        if (claimed.durationNs != actual.unavailability.durationNs)
            out << where
                    + u"duration: the review says %1, the schedule has %2"_s.arg(
                        durationText(claimed.durationNs),
                        durationText(actual.unavailability.durationNs));
        if (claimed.machines != actual.machines.size())
            out << where
                    + u"machines: the review says %1, the schedule has %2"_s.arg(
                        QString::number(claimed.machines), QString::number(actual.machines.size()));
        qint64 zoned = 0;
        for (const int n : claimed.zones)
            zoned += n;
        if (zoned != actual.machines.size())
            out << where
                    + u"zones: the review counts %1 machine(s), the window has %2"_s.arg(
                        QString::number(zoned), QString::number(actual.machines.size()));
    }
    return out;
}
