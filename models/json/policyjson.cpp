#include "json/policyjson.h"

#include <QDateTime>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <cmath>
#include <initializer_list>

using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace PolicyJson {

namespace {

// Thrown inside the reader only; read() turns it into the Result.
struct PolicyError
{
    QString message;
    QString path;
};

[[noreturn]] void fail(const QString &path, const QString &message)
{
    throw PolicyError {message, path};
}

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString join(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + u'.' + QLatin1StringView(key);
}

void refuseUnknownKeys(const json &object, const QString &path,
                       std::initializer_list<const char *> known)
{
    if (!object.is_object())
        fail(path, u"expected an object"_s);
    for (const auto &[key, value] : object.items()) {
        bool found = false;
        for (const char *k : known)
            found = found || key == k;
        if (!found) {
            const QString name = qs(key);
            fail(path.isEmpty() ? name : path + u'.' + name, u"unknown key '%1'"_s.arg(name));
        }
    }
}

QString stringAt(const json &v, const QString &path)
{
    if (!v.is_string())
        fail(path, u"expected a string"_s);
    return qs(v.get_ref<const std::string &>());
}

qint64 timeAt(const json &v, const QString &path)
{
    const QString text = stringAt(v, path);
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        fail(path, u"'%1' is not a time such as 2026-12-08T01:00:00Z"_s.arg(text));
    return t.toMSecsSinceEpoch() * 1'000'000LL;
}

qint64 durationAt(const json &v, const QString &path)
{
    const QString text = stringAt(v, path);
    const std::optional<qint64> ns = parsePolicyDuration(text);
    if (!ns)
        fail(path, u"'%1' is not a duration such as 2h, 90m, 30s or 0m"_s.arg(text));
    return *ns;
}

PolicyAmount amountAt(const json &v, const QString &path, bool wholeCount)
{
    if (v.is_number()) {
        const double n = v.get<double>();
        if (n < 0 || !std::isfinite(n) || (wholeCount && n != std::floor(n)))
            fail(path,
                 wholeCount ? u"expected a whole count ≥ 0 or a percentage such as \"10%\""_s
                            : u"expected a number ≥ 0 or a percentage such as \"10%\""_s);
        return PolicyAmount::count(n);
    }
    const QString text = v.is_string() ? qs(v.get_ref<const std::string &>()) : QString();
    bool ok = false;
    const double p = text.endsWith(u'%') ? text.chopped(1).toDouble(&ok) : 0;
    if (!ok || p < 0 || p > 100)
        fail(path, u"expected a count or a percentage from 0% to 100% such as \"10%\""_s);
    return PolicyAmount::percent(p);
}

void readMachines(const json &v, const QString &path, PlanningPolicy &policy)
{
    refuseUnknownKeys(v, path, {"zones", "hostnames", "all"});
    if (const auto it = v.find("zones"); it != v.end()) {
        if (!it->is_array())
            fail(join(path, "zones"), u"expected an array of zone names"_s);
        for (size_t i = 0; i < it->size(); ++i)
            policy.zones.append(stringAt((*it)[i], join(path, "zones") + u"[%1]"_s.arg(i)));
    }
    if (const auto it = v.find("hostnames"); it != v.end()) {
        policy.hostnamePattern = stringAt(*it, join(path, "hostnames"));
        const QRegularExpression re(policy.hostnamePattern);
        if (!re.isValid())
            fail(join(path, "hostnames"), u"not a regular expression: %1"_s.arg(re.errorString()));
    }
    if (const auto it = v.find("all"); it != v.end()) {
        if (!it->is_boolean())
            fail(join(path, "all"), u"expected true or false"_s);
        policy.allMachines = it->get<bool>();
    }
    if (!policy.allMachines && policy.zones.isEmpty() && policy.hostnamePattern.isEmpty())
        fail(path, u"name zones, hostnames or \"all\":true"_s);
}

int minuteOfDay(const json &v, const QString &path)
{
    const QString text = stringAt(v, path);
    static const QRegularExpression re(u"^([01][0-9]|2[0-3]):([0-5][0-9])$"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        fail(path, u"'%1' is not a time of day such as 01:00"_s.arg(text));
    return m.captured(1).toInt() * 60 + m.captured(2).toInt();
}

AllowedHours readHours(const json &v, const QString &path)
{
    refuseUnknownKeys(v, path, {"from", "to", "days", "timeZone"});
    AllowedHours hours;
    for (const char *key : {"from", "to"}) {
        if (!v.contains(key))
            fail(join(path, key), u"missing"_s);
    }
    hours.fromMinute = minuteOfDay(v["from"], join(path, "from"));
    hours.toMinute = minuteOfDay(v["to"], join(path, "to"));
    if (hours.fromMinute == hours.toMinute)
        fail(join(path, "to"), u"the allowed hours are empty (from = to)"_s);
    static const QStringList names {u"Mon"_s, u"Tue"_s, u"Wed"_s, u"Thu"_s,
                                    u"Fri"_s, u"Sat"_s, u"Sun"_s};
    if (const auto it = v.find("days"); it != v.end()) {
        const QString daysPath = join(path, "days");
        if (!it->is_array() || it->empty())
            fail(daysPath, u"expected a non-empty array such as [\"Mon\",\"Tue\"]"_s);
        for (size_t i = 0; i < it->size(); ++i) {
            const QString itemPath = daysPath + u"[%1]"_s.arg(i);
            const qsizetype day = names.indexOf(stringAt((*it)[i], itemPath));
            if (day < 0)
                fail(itemPath, u"expected one of Mon, Tue, Wed, Thu, Fri, Sat, Sun"_s);
            if (!hours.days.contains(int(day) + 1))
                hours.days.append(int(day) + 1);
        }
        std::sort(hours.days.begin(), hours.days.end());
    } else {
        hours.days = {1, 2, 3, 4, 5, 6, 7};
    }
    if (const auto it = v.find("timeZone"); it != v.end()) {
        const QString id = stringAt(*it, join(path, "timeZone"));
        hours.timeZone = QTimeZone(id.toUtf8());
        if (!hours.timeZone.isValid())
            fail(join(path, "timeZone"), u"'%1' is not an IANA time zone"_s.arg(id));
    }
    return hours;
}

void readBatch(const json &v, const QString &path, PlanningPolicy &policy)
{
    refuseUnknownKeys(v, path, {"size", "perZone"});
    if (v.contains("size") == v.contains("perZone"))
        fail(path, u"give exactly one of \"size\" and \"perZone\""_s);
    if (v.contains("size")) {
        const json &size = v["size"];
        if (!size.is_number_integer() || size.get<qint64>() < 1 || size.get<qint64>() > 1000000)
            fail(join(path, "size"), u"expected a whole number ≥ 1"_s);
        policy.batchSize = int(size.get<qint64>());
    } else {
        policy.batchPerZone = amountAt(v["perZone"], join(path, "perZone"), true);
        if (policy.batchPerZone.value <= 0)
            fail(join(path, "perZone"), u"must be more than 0"_s);
    }
}

void readLimits(const json &v, const QString &path, PlanningLimits &limits)
{
    refuseUnknownKeys(
        v, path,
        {"maxDown", "maxDownPerZone", "maxDownPerRack", "maxZonesAtOnce", "minLeftPerZone"});
    const std::pair<const char *, PolicyAmount *> counts[] = {
        {"maxDown", &limits.maxDown},
        {"maxDownPerZone", &limits.maxDownPerZone},
        {"maxDownPerRack", &limits.maxDownPerRack},
        {"maxZonesAtOnce", &limits.maxZonesAtOnce},
    };
    for (const auto &[key, amount] : counts) {
        if (const auto it = v.find(key); it != v.end())
            *amount = amountAt(*it, join(path, key), true);
    }
    if (const auto it = v.find("minLeftPerZone"); it != v.end()) {
        const QString minPath = join(path, "minLeftPerZone");
        refuseUnknownKeys(*it, minPath, {"agents", "cpus", "mem"});
        const std::pair<const char *, PolicyAmount *> floors[] = {
            {"agents", &limits.minAgentsPerZone},
            {"cpus", &limits.minCpusPerZone},
            {"mem", &limits.minMemPerZone},
        };
        for (const auto &[key, amount] : floors) {
            if (const auto f = it->find(key); f != it->end())
                *amount = amountAt(*f, join(minPath, key), false);
        }
    }
}

template<typename Enum>
Enum choiceAt(const json &v, const QString &path,
              std::initializer_list<std::pair<const char *, Enum>> choices)
{
    const QString text = stringAt(v, path);
    QStringList names;
    for (const auto &[name, value] : choices) {
        if (text == QLatin1StringView(name))
            return value;
        names.append(QString::fromLatin1(name));
    }
    fail(path, u"'%1' is not one of %2"_s.arg(text, names.join(u", "_s)));
}

void readBlackouts(const json &v, const QString &path, PlanningPolicy &policy)
{
    if (!v.is_array())
        fail(path, u"expected an array of {\"start\",\"end\"}"_s);
    for (size_t i = 0; i < v.size(); ++i) {
        const QString itemPath = path + u"[%1]"_s.arg(i);
        refuseUnknownKeys(v[i], itemPath, {"start", "end"});
        for (const char *key : {"start", "end"}) {
            if (!v[i].contains(key))
                fail(join(itemPath, key), u"missing"_s);
        }
        const Blackout b {timeAt(v[i]["start"], join(itemPath, "start")),
                          timeAt(v[i]["end"], join(itemPath, "end"))};
        if (b.endNs <= b.startNs)
            fail(join(itemPath, "end"), u"must be after start"_s);
        policy.blackouts.append(b);
    }
}

PlanningPolicy readPolicy(const json &root)
{
    refuseUnknownKeys(root, QString(),
                      {"machines", "start", "end", "window", "gap", "batch", "hours", "blackouts",
                       "zoneOrder", "order", "limits", "rackAttribute"});
    PlanningPolicy policy;
    for (const char *key : {"machines", "window"}) {
        if (!root.contains(key))
            fail(QString::fromLatin1(key), u"missing"_s);
    }
    readMachines(root["machines"], u"machines"_s, policy);
    if (root.contains("start"))
        policy.startNs = timeAt(root["start"], u"start"_s);
    if (root.contains("end"))
        policy.deadlineNs = timeAt(root["end"], u"end"_s);
    policy.windowNs = durationAt(root["window"], u"window"_s);
    if (policy.windowNs <= 0)
        fail(u"window"_s, u"must be longer than 0"_s);
    if (root.contains("gap"))
        policy.gapNs = durationAt(root["gap"], u"gap"_s);
    if (root.contains("batch"))
        readBatch(root["batch"], u"batch"_s, policy);
    if (root.contains("hours"))
        policy.hours = readHours(root["hours"], u"hours"_s);
    if (root.contains("blackouts"))
        readBlackouts(root["blackouts"], u"blackouts"_s, policy);
    using ZO = PlanningPolicy::ZoneOrder;
    using MO = PlanningPolicy::MachineOrder;
    if (root.contains("zoneOrder"))
        policy.zoneOrder = choiceAt<ZO>(root["zoneOrder"], u"zoneOrder"_s,
                                        {{"sequential", ZO::Sequential},
                                         {"interleaved", ZO::Interleaved},
                                         {"parallel", ZO::Parallel}});
    if (root.contains("order"))
        policy.order = choiceAt<MO>(root["order"], u"order"_s,
                                    {{"name", MO::Name},
                                     {"least-loaded", MO::LeastLoaded},
                                     {"least-churn", MO::LeastChurn}});
    if (root.contains("limits"))
        readLimits(root["limits"], u"limits"_s, policy.limits);
    if (root.contains("rackAttribute")) {
        policy.rackAttribute = stringAt(root["rackAttribute"], u"rackAttribute"_s);
        if (policy.rackAttribute.isEmpty())
            fail(u"rackAttribute"_s, u"must not be empty"_s);
    }
    if (policy.startNs && policy.deadlineNs && *policy.deadlineNs <= *policy.startNs)
        fail(u"end"_s, u"must be after start"_s);
    return policy;
}

} // namespace

Result<PlanningPolicy> read(QByteArrayView text)
{
    const json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded()) {
        JsonError e;
        e.kind = JsonError::Kind::Syntax;
        e.message = u"not JSON"_s;
        return e;
    }
    try {
        return readPolicy(root);
    } catch (const PolicyError &error) {
        JsonError e;
        e.kind = JsonError::Kind::Structure;
        e.message = error.message;
        e.path = error.path;
        return e;
    }
}

} // namespace PolicyJson
