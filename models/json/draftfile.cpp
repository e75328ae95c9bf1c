#include "json/draftfile.h"

#include "json/schedulecodec.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace {

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// A schedule kept as text: the codec reads it with the master's rules; its errors get the key's
// path in front.
Result<Schedule> scheduleAt(const nlohmann::json &root, const char *key)
{
    const auto it = root.find(key);
    const QString path = QLatin1StringView(key);
    if (it == root.end() || !it->is_string())
        return JsonError::inFile(u"'%1' must be a string holding the schedule's JSON"_s.arg(path),
                                 path);
    const std::string &text = it->get_ref<const std::string &>();
    Result<Schedule> schedule
        = ScheduleCodec::decodeSchedule(QByteArrayView(text.data(), qsizetype(text.size())));
    if (!schedule) {
        JsonError e = schedule.error();
        e.path = e.path.isEmpty() ? path : path + u'.' + e.path;
        return e;
    }
    return schedule;
}

} // namespace

QByteArray DraftFile::toJson() const
{
    nlohmann::ordered_json o;
    o["format"] = kFormat;
    o["master"] = master.toStdString();
    o["saved_at"] = savedAt.toUTC().toString(Qt::ISODateWithMs).toStdString();
    o["base"] = ScheduleCodec::encodeSchedule(base).toStdString();
    o["draft"] = ScheduleCodec::encodeSchedule(draft).toStdString();
    const std::string text
        = o.dump(4, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n';
    return QByteArray(text.data(), qsizetype(text.size()));
}

Result<DraftFile> DraftFile::fromJson(QByteArrayView json)
{
    const nlohmann::json root = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (root.is_discarded())
        return JsonError::inFile(u"not JSON"_s);
    if (!root.is_object())
        return JsonError::inFile(u"expected a JSON object"_s);
    const auto format = root.find("format");
    if (format == root.end() || !format->is_string() || format->get<std::string>() != kFormat)
        return JsonError::inFile(u"unknown format (%1 expected)"_s.arg(QLatin1StringView(kFormat)),
                                 u"format"_s);
    DraftFile file;
    for (const char *key : {"master", "saved_at"}) {
        const auto it = root.find(key);
        if (it == root.end() || !it->is_string())
            return JsonError::inFile(u"'%1' must be a string"_s.arg(QLatin1StringView(key)),
                                     QLatin1StringView(key));
    }
    file.master = qs(root["master"].get_ref<const std::string &>());
    file.savedAt = QDateTime::fromString(qs(root["saved_at"].get_ref<const std::string &>()),
                                         Qt::ISODateWithMs);
    Result<Schedule> base = scheduleAt(root, "base");
    if (!base)
        return base.error();
    Result<Schedule> draft = scheduleAt(root, "draft");
    if (!draft)
        return draft.error();
    file.base = std::move(base).value();
    file.draft = std::move(draft).value();
    return file;
}
