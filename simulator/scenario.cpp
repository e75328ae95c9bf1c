#include "scenario.h"

#include "duration.h"
#include "maintenancevalidator.h"
#include "json/schedulecodec.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <limits>
#include <random>

using namespace Qt::StringLiterals;

std::optional<FrameworkPolicy> FrameworkPolicy::parse(const QString &text)
{
    FrameworkPolicy p;
    if (text == u"accept")
        return p;
    if (text == u"decline") {
        p.kind = Kind::Decline;
        return p;
    }
    if (text == u"silent") {
        p.kind = Kind::Silent;
        return p;
    }
    static const QRegularExpression re(u"^(accept|decline)-after:(\\d+)(ms|s|m|h)$"_s);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    p.kind = m.captured(1) == u"accept" ? Kind::Accept : Kind::Decline;
    bool ok = false;
    const qint64 n = m.captured(2).toLongLong(&ok);
    const QString unit = m.captured(3);
    const qint64 ms = unit == u"ms" ? 1 : unit == u"s" ? 1000 : unit == u"m" ? 60000 : 3600000;
    if (!ok || n > std::numeric_limits<qint64>::max() / (ms * 1000000LL))
        return std::nullopt; // would overflow the nanoseconds
    p.delayNs = n * ms * 1000000LL;
    return p;
}

QString FrameworkPolicy::toString() const
{
    const QString base = kind == Kind::Accept ? u"accept"_s
        : kind == Kind::Decline               ? u"decline"_s
                                              : u"silent"_s;
    if (!delayNs || kind == Kind::Silent)
        return base;
    return base + u"-after:"_s + QString::number(*delayNs / 1000000) + u"ms"_s;
}

namespace {

JsonError scenarioError(const QString &message, const QString &path = {})
{
    JsonError e;
    e.kind = JsonError::Kind::Structure;
    e.message = message;
    e.path = path;
    return e;
}

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Checks that @p object only has @p allowed keys; returns the error for the first other key.
std::optional<JsonError> checkKeys(const nlohmann::json &object, const QString &path,
                                   std::initializer_list<const char *> allowed)
{
    if (!object.is_object())
        return scenarioError(u"expected a JSON object at '%1'"_s.arg(path), path);
    for (const auto &item : object.items()) {
        bool known = false;
        for (const char *a : allowed)
            known = known || item.key() == a;
        if (!known)
            return scenarioError(u"unknown key '%1' in '%2'"_s.arg(qs(item.key()), path), path);
    }
    return std::nullopt;
}

template<typename T>
std::optional<JsonError> read(const nlohmann::json &o, const char *key, const QString &path, T &out)
{
    const auto it = o.find(key);
    if (it == o.end())
        return std::nullopt;
    const QString at = path + u'.' + QLatin1StringView(key);
    if constexpr (std::is_same_v<T, QString>) {
        if (!it->is_string())
            return scenarioError(u"'%1' must be a string"_s.arg(at), at);
        out = qs(it->get<std::string>());
    } else if constexpr (std::is_integral_v<T>) {
        // Checked before converting: a double such as 5e25 does not fit an int (undefined
        // behaviour), and a count in the billions would exhaust memory.
        constexpr qint64 kMax = 1000000;
        if (!it->is_number_integer() || it->get<qint64>() < 0 || it->get<qint64>() > kMax)
            return scenarioError(u"'%1' must be a whole number from 0 to %2"_s.arg(at).arg(kMax),
                                 at);
        out = T(it->get<qint64>());
    } else {
        if (!it->is_number())
            return scenarioError(u"'%1' must be a number"_s.arg(at), at);
        out = it->get<T>();
    }
    return std::nullopt;
}

// `"attributes":{"rack":"r12","level":3}`: names are plain words (the state writers put them
// into JSON keys as they are), values strings or numbers.
std::optional<JsonError> readAttributes(const nlohmann::json &o, const QString &path,
                                        QList<Scenario::Attribute> &out)
{
    const auto it = o.find("attributes");
    if (it == o.end())
        return std::nullopt;
    const QString at = path + u".attributes"_s;
    if (!it->is_object())
        return scenarioError(u"'%1' must be an object"_s.arg(at), at);
    static const QRegularExpression name(u"^[A-Za-z0-9_.-]+$"_s);
    for (const auto &[key, value] : it->items()) {
        const QString where = at + u'.' + qs(key);
        Scenario::Attribute attribute {qs(key), QString(), std::nullopt};
        if (!name.match(attribute.name).hasMatch())
            return scenarioError(u"'%1': attribute names are letters, digits, _ . -"_s.arg(where),
                                 where);
        if (value.is_string())
            attribute.text = qs(value.get<std::string>());
        else if (value.is_number())
            attribute.scalar = value.get<double>();
        else
            return scenarioError(u"'%1' must be a string or a number"_s.arg(where), where);
        out.append(attribute);
    }
    return std::nullopt;
}

Result<Scenario::FrameworkSpec> readFramework(const nlohmann::json &f, const QString &path,
                                              const Scenario &s)
{
    if (auto e = checkKeys(f, path, {"name", "policy", "placement", "tasks"}))
        return *e;
    Scenario::FrameworkSpec spec;
    QString policy = u"accept"_s;
    if (auto e = read(f, "name", path, spec.name))
        return *e;
    if (auto e = read(f, "policy", path, policy))
        return *e;
    const auto parsed = FrameworkPolicy::parse(policy);
    if (!parsed)
        return scenarioError(u"unknown policy '%1' in '%2'"_s.arg(policy, path), path);
    spec.policy = *parsed;
    QString placement = u"unaware"_s;
    if (auto e = read(f, "placement", path, placement))
        return *e;
    if (placement != u"aware"_s && placement != u"unaware"_s)
        return scenarioError(u"unknown placement '%1' in '%2'"_s.arg(placement, path), path);
    spec.planAware = placement == u"aware"_s;
    const nlohmann::json tasks = f.value("tasks", nlohmann::json::array());
    if (!tasks.is_array())
        return scenarioError(u"'%1.tasks' must be an array"_s.arg(path), path + u".tasks"_s);
    for (size_t t = 0; t < tasks.size(); ++t) {
        const QString tpath = path + u".tasks[%1]"_s.arg(t);
        if (auto e = checkKeys(tasks[t], tpath, {"agent", "count"}))
            return *e;
        Scenario::Placement p;
        if (auto e = read(tasks[t], "agent", tpath, p.agent))
            return *e;
        if (auto e = read(tasks[t], "count", tpath, p.count))
            return *e;
        const bool known
            = std::any_of(s.agents.cbegin(), s.agents.cend(),
                          [&](const Scenario::AgentSpec &a) { return a.hostname == p.agent; });
        if (!known)
            return scenarioError(u"'%1' names an unknown agent '%2'"_s.arg(tpath, p.agent), tpath);
        spec.tasks.append(p);
    }
    return spec;
}

bool knownAgent(const Scenario &s, const QString &hostname)
{
    return std::any_of(s.agents.cbegin(), s.agents.cend(),
                       [&](const Scenario::AgentSpec &a) { return a.hostname == hostname; });
}

// One entry of `events`: "at" and exactly one of the event keys.
Result<Scenario::Event> readEvent(const nlohmann::json &e, const QString &path, const Scenario &s)
{
    using Kind = Scenario::Event::Kind;
    static const std::pair<const char *, Kind> kinds[]
        = {{"disconnect", Kind::Disconnect},
           {"reconnect", Kind::Reconnect},
           {"frameworkAdded", Kind::FrameworkAdded},
           {"frameworkRemoved", Kind::FrameworkRemoved},
           {"tasks", Kind::Tasks},
           {"down", Kind::Down},
           {"up", Kind::Up},
           {"schedule", Kind::Schedule}};
    if (auto error = checkKeys(e, path,
                               {"at", "disconnect", "reconnect", "frameworkAdded",
                                "frameworkRemoved", "tasks", "down", "up", "schedule"}))
        return *error;
    Scenario::Event event;
    QString at;
    if (auto error = read(e, "at", path, at))
        return *error;
    const std::optional<qint64> ms = Duration::parseMs(at);
    if (!ms)
        return scenarioError(u"'%1.at' must be a duration such as 90s, 2m or 1h"_s.arg(path),
                             path + u".at"_s);
    event.atNs = *ms * 1000000;
    const char *key = nullptr;
    for (const auto &[name, kind] : kinds) {
        if (!e.contains(name))
            continue;
        if (key)
            return scenarioError(u"'%1' has both '%2' and '%3': one event each"_s.arg(
                                     path, QLatin1StringView(key), QLatin1StringView(name)),
                                 path);
        key = name;
        event.kind = kind;
    }
    if (!key)
        return scenarioError(u"'%1' says nothing happens"_s.arg(path), path);
    const QString where = path + u'.' + QLatin1StringView(key);
    switch (event.kind) {
    case Kind::Disconnect:
    case Kind::Reconnect:
    case Kind::Down:
    case Kind::Up:
        if (auto error = read(e, key, path, event.agent))
            return *error;
        if (!knownAgent(s, event.agent))
            return scenarioError(u"'%1' names an unknown agent '%2'"_s.arg(where, event.agent),
                                 where);
        break;
    case Kind::FrameworkRemoved:
        if (auto error = read(e, key, path, event.framework))
            return *error;
        break;
    case Kind::FrameworkAdded: {
        Result<Scenario::FrameworkSpec> spec = readFramework(e[key], where, s);
        if (!spec)
            return spec.error();
        event.added = *spec;
        break;
    }
    case Kind::Tasks: {
        const nlohmann::json &t = e[key];
        if (auto error = checkKeys(t, where, {"agent", "framework", "count"}))
            return *error;
        for (auto error :
             {read(t, "agent", where, event.agent), read(t, "framework", where, event.framework),
              read(t, "count", where, event.count)}) {
            if (error)
                return *error;
        }
        if (!knownAgent(s, event.agent))
            return scenarioError(u"'%1' names an unknown agent '%2'"_s.arg(where, event.agent),
                                 where);
        break;
    }
    case Kind::Schedule: {
        const std::string text = e[key].dump();
        Result<Schedule> schedule = MaintenanceValidator::checkScheduleDocument(
            QByteArrayView(text.data(), qsizetype(text.size())), {});
        if (!schedule)
            return scenarioError(where + u": "_s + schedule.error().message, where);
        event.schedule = *schedule;
        break;
    }
    }
    return event;
}

Result<QList<Scenario::Event>> readEvents(const nlohmann::json &events, const Scenario &s)
{
    if (!events.is_array())
        return scenarioError(u"'events' must be an array"_s, u"events"_s);
    QList<Scenario::Event> out;
    for (size_t i = 0; i < events.size(); ++i) {
        Result<Scenario::Event> e = readEvent(events[i], u"events[%1]"_s.arg(i), s);
        if (!e)
            return e.error();
        out.append(*e);
    }
    return out;
}

} // namespace

Result<Scenario> Scenario::fromJson(QByteArrayView json)
{
    const nlohmann::json root = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (root.is_discarded())
        return scenarioError(u"the scenario is not valid JSON"_s);
    if (auto e = checkKeys(root, u"$"_s, {"agents", "frameworks", "schedule", "events"}))
        return *e;
    Scenario s;
    const nlohmann::json agents = root.value("agents", nlohmann::json::array());
    if (!agents.is_array()) // size() and [] would treat a single value as a list of one
        return scenarioError(u"'agents' must be an array"_s, u"agents"_s);
    for (size_t i = 0; i < agents.size(); ++i) {
        const QString path = u"agents[%1]"_s.arg(i);
        const nlohmann::json &a = agents[i];
        if (auto e = checkKeys(
                a, path,
                {"hostname", "ip", "port", "region", "zone", "cpus", "mem", "disk", "attributes"}))
            return *e;
        AgentSpec spec;
        for (auto e : {read(a, "hostname", path, spec.hostname), read(a, "ip", path, spec.ip),
                       read(a, "port", path, spec.port), read(a, "region", path, spec.region),
                       read(a, "zone", path, spec.zone), read(a, "cpus", path, spec.cpus),
                       read(a, "mem", path, spec.mem), read(a, "disk", path, spec.disk)}) {
            if (e)
                return *e;
        }
        if (auto e = readAttributes(a, path, spec.attributes))
            return *e;
        if (spec.hostname.isEmpty()
            || MaintenanceValidator::checkMachine(MachineId::of(spec.hostname, spec.ip)))
            return scenarioError(u"'%1' needs a hostname and an IPv4 address"_s.arg(path), path);
        s.agents.append(spec);
    }
    const nlohmann::json frameworks = root.value("frameworks", nlohmann::json::array());
    if (!frameworks.is_array())
        return scenarioError(u"'frameworks' must be an array"_s, u"frameworks"_s);
    for (size_t i = 0; i < frameworks.size(); ++i) {
        Result<FrameworkSpec> spec = readFramework(frameworks[i], u"frameworks[%1]"_s.arg(i), s);
        if (!spec)
            return spec.error();
        s.frameworks.append(*spec);
    }
    if (const auto it = root.find("schedule"); it != root.end()) {
        const std::string text = it->dump();
        Result<Schedule> schedule = MaintenanceValidator::checkScheduleDocument(
            QByteArrayView(text.data(), qsizetype(text.size())), {});
        if (!schedule)
            return scenarioError(u"schedule: "_s + schedule.error().message, u"schedule"_s);
        s.schedule = *schedule;
    }
    if (const auto it = root.find("events"); it != root.end()) {
        Result<QList<Event>> events = readEvents(*it, s);
        if (!events)
            return events.error();
        s.events = *events;
    }
    return s;
}

Scenario Scenario::generate(int agents, int frameworks, quint64 seed)
{
    static const char *const names[]
        = {"marathon", "chronos", "spark", "kafka", "cassandra", "jenkins", "aurora", "flink"};
    static const char *const policies[] = {"accept", "decline", "accept-after:60s", "silent"};
    std::mt19937_64 rng(seed);
    Scenario s;
    s.agents.reserve(agents);
    for (int i = 0; i < agents; ++i) {
        AgentSpec a;
        a.hostname = u"agent-%1.sim.example"_s.arg(i + 1, 5, 10, QChar(u'0'));
        a.ip = u"10.%1.%2.%3"_s.arg((i >> 16) & 255).arg((i >> 8) & 255).arg((i & 255));
        a.region = u"region-%1"_s.arg(i % 3 + 1);
        a.zone = a.region + u"-zone-%1"_s.arg((i / 3) % 2 + 1);
        a.cpus = (rng() % 2) ? 32 : 16;
        a.mem = a.cpus * 4096;
        a.disk = 500000;
        s.agents.append(a);
    }
    for (int f = 0; f < frameworks; ++f) {
        FrameworkSpec spec;
        const int round = f / 8;
        spec.name = QLatin1StringView(names[f % 8]) + (round ? u"-%1"_s.arg(round + 1) : QString());
        spec.policy = *FrameworkPolicy::parse(QLatin1StringView(policies[f % 4]));
        for (int i = 0; i < agents; ++i) {
            // About three quarters of the agents run one or two tasks of each framework.
            const quint64 r = rng();
            if (r % 4 != 0)
                spec.tasks.append({s.agents[i].hostname, int(1 + (r >> 8) % 2)});
        }
        s.frameworks.append(spec);
    }
    return s;
}
