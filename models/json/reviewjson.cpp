// ScheduleReview's file format (`slipway-review/1`), kept with the other JSON readers and writers.
#include "review/schedulereview.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace {

using json = nlohmann::ordered_json;

QString qs(const json &v)
{
    const auto &s = v.get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// Reads @p key of @p o into @p out when its type is right; a missing optional key is fine.
class Reader
{
public:
    explicit Reader(const json &o, QString path)
        : m_o(o)
        , m_path(std::move(path))
    { }

    std::optional<JsonError> string(const char *key, QString &out, bool required = false) const
    {
        const json *v = find(key);
        if (!v) {
            if (required)
                return missing(key);
            return std::nullopt;
        }
        if (!v->is_string())
            return wrong(key, u"a string"_s);
        out = qs(*v);
        return std::nullopt;
    }
    // Nanoseconds are written as decimal text: JSON readers that use doubles would round them.
    std::optional<JsonError> nanoseconds(const char *key, qint64 &out) const
    {
        QString text;
        if (auto e = string(key, text, true))
            return e;
        bool ok = false;
        out = text.toLongLong(&ok);
        if (!ok)
            return wrong(key, u"an integer in a string"_s);
        return std::nullopt;
    }
    template<typename T>
    std::optional<JsonError> number(const char *key, T &out) const
    {
        const json *v = find(key);
        if (!v)
            return missing(key);
        if (!v->is_number_integer())
            return wrong(key, u"an integer"_s);
        out = v->get<T>();
        return std::nullopt;
    }
    std::optional<JsonError> strings(const char *key, QStringList &out) const
    {
        const json *v = find(key);
        if (!v)
            return std::nullopt;
        if (!v->is_array())
            return wrong(key, u"an array of strings"_s);
        for (const json &item : *v) {
            if (!item.is_string())
                return wrong(key, u"an array of strings"_s);
            out << qs(item);
        }
        return std::nullopt;
    }
    QString at(const char *key) const
    {
        const QString k = QLatin1StringView(key);
        return m_path.isEmpty() ? k : m_path + u'.' + k;
    }
    const json *find(const char *key) const
    {
        const auto it = m_o.find(key);
        return it == m_o.end() || it->is_null() ? nullptr : &*it;
    }
    JsonError wrong(const char *key, const QString &what) const
    {
        return JsonError::inFile(u"'%1' must be %2"_s.arg(at(key), what), at(key));
    }
    JsonError missing(const char *key) const
    {
        return JsonError::inFile(u"'%1' is missing"_s.arg(at(key)), at(key));
    }

private:
    const json &m_o;
    QString m_path;
};

std::optional<JsonError> readWindow(const json &wj, const QString &path,
                                    ScheduleReview::WindowSummary &w)
{
    if (!wj.is_object())
        return JsonError::inFile(u"'%1' must be an object"_s.arg(path), path);
    const Reader r(wj, path);
    if (auto e = r.nanoseconds("start_ns", w.startNs))
        return e;
    if (r.find("duration_ns")) {
        qint64 duration = 0;
        if (auto e = r.nanoseconds("duration_ns", duration))
            return e;
        w.durationNs = duration;
    }
    if (auto e = r.number("machines", w.machines))
        return e;
    if (const json *zones = r.find("zones")) {
        if (!zones->is_object())
            return r.wrong("zones", u"an object"_s);
        for (const auto &item : zones->items()) {
            if (!item.value().is_number_integer())
                return r.wrong("zones", u"an object of counts"_s);
            w.zones.insert(QString::fromStdString(item.key()), item.value().get<int>());
        }
    }
    // Absent from reviews written before Slipway listed them.
    return r.strings("hostnames", w.hostnames);
}

std::optional<JsonError> readDown(const Reader &r, ScheduleReview &review)
{
    const json *down = r.find("down_machines");
    if (!down)
        return std::nullopt;
    if (!down->is_array())
        return r.wrong("down_machines", u"an array"_s);
    for (size_t i = 0; i < down->size(); ++i) {
        const QString path = u"down_machines[%1]"_s.arg(i);
        const json &d = (*down)[i];
        if (!d.is_object())
            return JsonError::inFile(u"'%1' must be an object"_s.arg(path), path);
        const Reader dr(d, path);
        ScheduleReview::DownMachine m;
        if (auto e = dr.string("machine", m.machine, true))
            return e;
        if (auto e = dr.string("zone", m.zone))
            return e;
        review.down.append(m);
    }
    return std::nullopt;
}

std::optional<JsonError> readLimitOverride(const Reader &r, ScheduleReview &review)
{
    const json *o = r.find("limit_override");
    if (!o)
        return std::nullopt;
    if (!o->is_object())
        return r.wrong("limit_override", u"an object"_s);
    ScheduleReview::LimitOverride lo;
    const auto reason = o->find("reason");
    if (reason == o->end() || !reason->is_string())
        return r.wrong("limit_override", u"a reason (a string)"_s);
    lo.reason = qs(*reason);
    const auto violations = o->find("violations");
    if (violations == o->end() || !violations->is_array())
        return r.wrong("limit_override", u"violations (an array of strings)"_s);
    for (const json &v : *violations) {
        if (!v.is_string())
            return r.wrong("limit_override", u"violations (an array of strings)"_s);
        lo.violations << qs(v);
    }
    review.limitOverride = lo;
    return std::nullopt;
}

} // namespace

QByteArray ScheduleReview::toJson() const
{
    json o;
    o["format"] = kFormat;
    o["author"] = utf8(author);
    o["reason"] = utf8(reason);
    o["created_at"] = utf8(createdAt.toString(Qt::ISODate));
    o["master"] = utf8(master);
    o["schedule_file"] = utf8(scheduleFile);
    o["sha256"] = utf8(sha256);
    if (!pictureFile.isEmpty())
        o["picture_file"] = utf8(pictureFile);
    o["valid"] = valid;
    if (!valid)
        o["validation_error"] = utf8(validationError);
    json changesJson = json::array();
    for (const QString &c : changes)
        changesJson.push_back(utf8(c));
    o["changes_against_live"] = std::move(changesJson);
    json windowsJson = json::array();
    for (const WindowSummary &w : windows) {
        json wj;
        wj["start_ns"] = std::to_string(w.startNs);
        wj["start"] = utf8(
            QDateTime::fromMSecsSinceEpoch(w.startNs / 1000000, Qt::UTC).toString(Qt::ISODate));
        if (w.durationNs)
            wj["duration_ns"] = std::to_string(*w.durationNs);
        wj["duration"] = utf8(durationInWords(w.durationNs));
        wj["machines"] = w.machines;
        // Sorted, so the same review gives the same bytes.
        QStringList names = w.zones.keys();
        names.sort();
        json zones = json::object();
        for (const QString &zone : std::as_const(names))
            zones[utf8(zone.isEmpty() ? u"(unknown)"_s : zone)] = w.zones.value(zone);
        wj["zones"] = std::move(zones);
        json hostnames = json::array();
        for (const QString &h : w.hostnames)
            hostnames.push_back(utf8(h));
        wj["hostnames"] = std::move(hostnames);
        windowsJson.push_back(std::move(wj));
    }
    o["windows"] = std::move(windowsJson);
    json downJson = json::array();
    for (const DownMachine &d : down)
        downJson.push_back({{"machine", utf8(d.machine)},
                            {"zone", utf8(d.zone.isEmpty() ? u"(unknown)"_s : d.zone)}});
    o["down_machines"] = std::move(downJson);
    if (limitOverride) {
        json violations = json::array();
        for (const QString &v : limitOverride->violations)
            violations.push_back(utf8(v));
        o["limit_override"]
            = {{"reason", utf8(limitOverride->reason)}, {"violations", std::move(violations)}};
    }
    const std::string text = o.dump(4, ' ', false, json::error_handler_t::replace) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

Result<ScheduleReview> ScheduleReview::fromJson(QByteArrayView bytes)
{
    const json o = json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (o.is_discarded())
        return JsonError::inFile(u"not JSON"_s);
    if (!o.is_object())
        return JsonError::inFile(u"expected a JSON object"_s);
    const Reader r(o, QString());
    QString format;
    if (r.string("format", format) || format != QLatin1StringView(kFormat))
        return JsonError::inFile(
            u"not a Slipway review file (format %1 expected)"_s.arg(QLatin1StringView(kFormat)),
            u"format"_s);
    ScheduleReview review;
    QString created;
    for (auto e :
         {r.string("author", review.author), r.string("reason", review.reason),
          r.string("created_at", created), r.string("master", review.master),
          r.string("schedule_file", review.scheduleFile, true),
          r.string("sha256", review.sha256, true), r.string("picture_file", review.pictureFile),
          r.string("validation_error", review.validationError)}) {
        if (e)
            return *e;
    }
    review.createdAt = QDateTime::fromString(created, Qt::ISODate);
    const json *valid = r.find("valid");
    if (!valid || !valid->is_boolean())
        return r.wrong("valid", u"true or false"_s);
    review.valid = valid->get<bool>();
    if (const json *changes = r.find("changes_against_live")) {
        if (!changes->is_array())
            return r.wrong("changes_against_live", u"an array of strings"_s);
        for (const json &c : *changes) {
            if (!c.is_string())
                return r.wrong("changes_against_live", u"an array of strings"_s);
            review.changes << qs(c);
        }
    }
    const json *windows = r.find("windows");
    if (windows && !windows->is_array())
        return r.wrong("windows", u"an array"_s);
    for (size_t i = 0; windows && i < windows->size(); ++i) {
        WindowSummary w;
        if (auto e = readWindow((*windows)[i], u"windows[%1]"_s.arg(i), w))
            return *e;
        review.windows.append(w);
    }
    if (auto e = readLimitOverride(r, review))
        return *e;
    if (auto e = readDown(r, review))
        return *e;
    return review;
}
