#include "review/schedulereview.h"

#include "maintenancevalidator.h"
#include "planning/machinefilterproxymodel.h"
#include "schedulediff.h"
#include "json/schedulecodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>

#include <algorithm>

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
    r.windows = summarize(schedule, zoneOf);
    for (const MachineId &m : downMachines)
        r.down.append({m.displayName(), zoneOf ? zoneOf(m) : QString()});
    std::sort(r.down.begin(), r.down.end(), [](const DownMachine &a, const DownMachine &b) {
        return MachineFilterProxyModel::naturalCompare(a.machine, b.machine) < 0;
    });
    return r;
}

namespace {

bool naturalLess(const QString &a, const QString &b)
{
    return MachineFilterProxyModel::naturalCompare(a, b) < 0;
}

// Time order; an open-ended window after a bounded one that starts with it. Machines and
// hostnames break ties, so the order does not depend on the schedule's.
bool earlier(const ScheduleReview::WindowSummary &a, const ScheduleReview::WindowSummary &b)
{
    if (a.startNs != b.startNs)
        return a.startNs < b.startNs;
    if (a.durationNs != b.durationNs)
        return !a.durationNs ? false : !b.durationNs || *a.durationNs < *b.durationNs;
    if (a.machines != b.machines)
        return a.machines < b.machines;
    return std::lexicographical_compare(a.hostnames.cbegin(), a.hostnames.cend(),
                                        b.hostnames.cbegin(), b.hostnames.cend(), naturalLess);
}

QString utcText(qint64 ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QList<ScheduleReview::WindowSummary>
ScheduleReview::summarize(const Schedule &schedule,
                          const std::function<QString(const MachineId &)> &zoneOf)
{
    QList<WindowSummary> out;
    out.reserve(schedule.windows.size());
    for (const MaintenanceWindow &w : schedule.windows) {
        WindowSummary s;
        s.startNs = w.unavailability.startNs;
        s.durationNs = w.unavailability.durationNs;
        s.machines = int(w.machines.size());
        for (const MachineId &m : w.machines) {
            ++s.zones[zoneOf ? zoneOf(m) : QString()];
            s.hostnames << m.displayName();
        }
        std::sort(s.hostnames.begin(), s.hostnames.end(), naturalLess);
        out.append(s);
    }
    std::stable_sort(out.begin(), out.end(), earlier);
    return out;
}

QString ScheduleReview::durationInWords(const std::optional<qint64> &ns)
{
    if (!ns)
        return u"open-ended"_s;
    struct Unit
    {
        qint64 ns;
        const char *one;
        const char *many;
    };
    static constexpr Unit units[] = {{86400000000000LL, "day", "days"},
                                     {3600000000000LL, "hour", "hours"},
                                     {60000000000LL, "minute", "minutes"},
                                     {1000000000LL, "second", "seconds"}};
    qint64 left = std::max<qint64>(0, *ns);
    QStringList parts;
    for (const Unit &u : units) {
        const qint64 n = left / u.ns;
        left %= u.ns;
        if (n > 0)
            parts << u"%1 %2"_s.arg(n).arg(QLatin1StringView(n == 1 ? u.one : u.many));
    }
    if (parts.isEmpty())
        return *ns > 0 ? u"less than a second"_s : u"0 seconds"_s;
    return parts.join(u' ');
}

QString ScheduleReview::render() const
{
    QString out;
    out += u"Schedule review\n"_s;
    out += u"  author:   %1\n  reason:   %2\n  created:  %3\n  master:   %4\n  schedule: %5\n  sha256:   %6\n"_s
               .arg(author, reason, createdAt.toString(Qt::ISODate), master, scheduleFile, sha256);
    out += valid ? u"  verdict:  the master would accept it\n"_s
                 : u"  verdict:  the master would REFUSE it: %1\n"_s.arg(validationError);
    if (!pictureFile.isEmpty())
        out += u"  picture:  %1\n"_s.arg(pictureFile);
    out += u"\nWindows (%1, times in UTC):\n"_s.arg(windows.size());
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const WindowSummary &w = windows[i];
        QStringList zones;
        for (auto it = w.zones.cbegin(); it != w.zones.cend(); ++it)
            zones << u"%1×%2"_s.arg(it.key().isEmpty() ? u"?"_s : it.key()).arg(it.value());
        zones.sort();
        const std::optional<qint64> end = Unavailability {w.startNs, w.durationNs}.endNs();
        out += u"  %1. %2 – %3  %4  %5 %6  %7\n"_s.arg(i + 1)
                   .arg(utcText(w.startNs), end ? utcText(*end) : u"(no end)"_s,
                        durationInWords(w.durationNs))
                   .arg(w.machines)
                   .arg(w.machines == 1 ? u"machine"_s : u"machines"_s, zones.join(u", "_s));
        if (!w.hostnames.isEmpty())
            out += u"       "_s + w.hostnames.join(u", "_s) + u'\n';
    }
    if (!down.isEmpty()) {
        out += u"\nDOWN machines when the review was made (%1):\n"_s.arg(down.size());
        for (const DownMachine &d : down)
            out += u"  %1  zone %2\n"_s.arg(d.machine, d.zone.isEmpty() ? u"(unknown)"_s : d.zone);
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
    return u"%1 (%2 ns)"_s.arg(utcText(ns), QString::number(ns));
}

QString durationText(const std::optional<qint64> &ns)
{
    return ns ? u"%1 (%2 ns)"_s.arg(ScheduleReview::durationInWords(ns)).arg(*ns) : u"open-ended"_s;
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
    // Both in time order: reviews written before windows were sorted list them as the schedule
    // does, and a schedule may list its windows in any order.
    QList<WindowSummary> claimedWindows = windows;
    std::stable_sort(claimedWindows.begin(), claimedWindows.end(), earlier);
    const QList<WindowSummary> actualWindows = summarize(schedule, {});
    for (qsizetype i = 0; i < claimedWindows.size(); ++i) {
        const WindowSummary &claimed = claimedWindows[i];
        const WindowSummary &actual = actualWindows[i];
        const QString where = u"window %1 "_s.arg(i + 1);
        if (claimed.startNs != actual.startNs)
            out << where
                    + u"start: the review says %1, the schedule has %2"_s.arg(
                        nsText(claimed.startNs), nsText(actual.startNs));
        if (claimed.durationNs != actual.durationNs)
            out << where
                    + u"duration: the review says %1, the schedule has %2"_s.arg(
                        durationText(claimed.durationNs), durationText(actual.durationNs));
        if (claimed.machines != actual.machines)
            out << where
                    + u"machines: the review says %1, the schedule has %2"_s.arg(
                        QString::number(claimed.machines), QString::number(actual.machines));
        qint64 zoned = 0;
        for (const int n : claimed.zones)
            zoned += n;
        if (zoned != actual.machines)
            out << where
                    + u"zones: the review counts %1 machine(s), the window has %2"_s.arg(
                        QString::number(zoned), QString::number(actual.machines));
        if (!claimed.hostnames.isEmpty() && claimed.hostnames != actual.hostnames)
            out << where
                    + u"hostnames: the review lists %1, the schedule has %2"_s.arg(
                        claimed.hostnames.join(u", "_s), actual.hostnames.join(u", "_s));
    }
    return out;
}
