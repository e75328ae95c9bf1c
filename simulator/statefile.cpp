#include "statefile.h"

#include "json/schedulecodec.h"

#include <QFile>
#include <QSaveFile>

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

std::optional<StateFile::Contents> StateFile::load(QString *error) const
{
    QFile file(m_path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    const nlohmann::json root = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        *error = u"%1 is not a state file"_s.arg(m_path);
        return std::nullopt;
    }
    Contents contents;
    const std::string scheduleText = root.value("schedule", nlohmann::json::object()).dump();
    const Result<Schedule> schedule = ScheduleCodec::decodeSchedule(
        QByteArrayView(scheduleText.data(), qsizetype(scheduleText.size())));
    if (!schedule) {
        *error = schedule.error().message;
        return std::nullopt;
    }
    contents.schedule = *schedule;
    for (const nlohmann::json &m : root.value("machines", nlohmann::json::array())) {
        const std::string idText = m.value("id", nlohmann::json::object()).dump();
        const Result<QList<MachineId>> ids = ScheduleCodec::decodeMachineList(
            QByteArray(QByteArray("[") + QByteArray::fromStdString(idText) + ']'));
        const auto mode = machineModeFromName(QString::fromStdString(m.value("mode", "")));
        if (!ids || ids->size() != 1 || !mode) {
            *error = u"%1 has an unreadable machine entry"_s.arg(m_path);
            return std::nullopt;
        }
        MachineEntry entry {ids->first(), *mode, std::nullopt};
        for (const MaintenanceWindow &w : std::as_const(contents.schedule.windows)) {
            if (w.machines.contains(entry.key))
                entry.unavailability = w.unavailability;
        }
        contents.machines.append(entry);
    }
    return contents;
}

bool StateFile::save(const Schedule &schedule, const QList<MachineEntry> &machines,
                     QString *error) const
{
    QByteArray out = "{\"schedule\":" + ScheduleCodec::encodeSchedule(schedule) + ",\"machines\":[";
    bool first = true;
    for (const MachineEntry &m : machines) {
        if (m.mode == MachineMode::Up)
            continue;
        const QByteArray id = ScheduleCodec::encodeMachineList({m.key});
        out += (first ? "" : ",") + QByteArray("{\"id\":") + id.mid(1, id.size() - 2)
            + ",\"mode\":\"" + machineModeName(m.mode).toUtf8() + "\"}";
        first = false;
    }
    out += "]}\n";
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
