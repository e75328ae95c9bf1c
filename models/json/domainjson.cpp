#include "domainjson_p.h"

namespace DomainJson {

MachineId machineIdFrom(const nlohmann::json &m)
{
    MachineId id;
    if (const auto h = m.find("hostname"); h != m.end())
        id.hostname = qstr(*h);
    if (const auto ip = m.find("ip"); ip != m.end())
        id.ip = qstr(*ip);
    return id;
}

Schedule scheduleFrom(const nlohmann::json &s)
{
    Schedule schedule;
    const auto windows = s.find("windows");
    if (windows == s.end())
        return schedule;
    schedule.windows.reserve(static_cast<qsizetype>(windows->size()));
    for (const nlohmann::json &w : *windows) {
        MaintenanceWindow window;
        if (const auto ids = w.find("machine_ids"); ids != w.end()) {
            window.machines.reserve(static_cast<qsizetype>(ids->size()));
            for (const nlohmann::json &m : *ids)
                window.machines.append(machineIdFrom(m));
        }
        const nlohmann::json &u = w.at("unavailability");
        window.unavailability.startNs = u.at("start").at("nanoseconds").get<qint64>();
        if (const auto d = u.find("duration"); d != u.end())
            window.unavailability.durationNs = d->at("nanoseconds").get<qint64>();
        schedule.windows.append(std::move(window));
    }
    return schedule;
}

MaintenanceStatus statusFrom(const nlohmann::json &s)
{
    MaintenanceStatus status;
    if (const auto draining = s.find("draining_machines"); draining != s.end()) {
        for (const nlohmann::json &d : *draining) {
            DrainingMachine machine;
            machine.id = machineIdFrom(d.at("id"));
            if (const auto statuses = d.find("statuses"); statuses != d.end()) {
                for (const nlohmann::json &st : *statuses) {
                    InverseOfferStatus answer;
                    const std::string name = st.at("status").get<std::string>();
                    answer.answer = name == "ACCEPT" ? InverseOfferStatus::Answer::Accept
                        : name == "DECLINE"          ? InverseOfferStatus::Answer::Decline
                                                     : InverseOfferStatus::Answer::Unknown;
                    answer.frameworkId = qstr(st.at("framework_id").at("value"));
                    answer.timestampNs = st.at("timestamp").at("nanoseconds").get<qint64>();
                    machine.statuses.append(answer);
                }
            }
            status.draining.append(std::move(machine));
        }
    }
    if (const auto down = s.find("down_machines"); down != s.end()) {
        for (const nlohmann::json &m : *down)
            status.down.append(machineIdFrom(m));
    }
    return status;
}

nlohmann::ordered_json toJson(const MachineId &id)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    if (id.hostname)
        j["hostname"] = utf8(*id.hostname);
    if (id.ip)
        j["ip"] = utf8(*id.ip);
    return j;
}

nlohmann::ordered_json toJson(const QList<MachineId> &ids)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (const MachineId &id : ids)
        j.push_back(toJson(id));
    return j;
}

nlohmann::ordered_json toJson(const Schedule &schedule)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    if (schedule.windows.isEmpty())
        return j;
    nlohmann::ordered_json &windows = j["windows"];
    windows = nlohmann::ordered_json::array();
    for (const MaintenanceWindow &w : schedule.windows) {
        nlohmann::ordered_json window = nlohmann::ordered_json::object();
        if (!w.machines.isEmpty())
            window["machine_ids"] = toJson(w.machines);
        nlohmann::ordered_json u = nlohmann::ordered_json::object();
        u["start"]["nanoseconds"] = w.unavailability.startNs;
        if (w.unavailability.durationNs)
            u["duration"]["nanoseconds"] = *w.unavailability.durationNs;
        window["unavailability"] = std::move(u);
        windows.push_back(std::move(window));
    }
    return j;
}

nlohmann::ordered_json toJson(const MaintenanceStatus &status)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    if (!status.draining.isEmpty()) {
        nlohmann::ordered_json &draining = j["draining_machines"];
        draining = nlohmann::ordered_json::array();
        for (const DrainingMachine &d : status.draining) {
            nlohmann::ordered_json m = nlohmann::ordered_json::object();
            m["id"] = toJson(d.id);
            if (!d.statuses.isEmpty()) {
                nlohmann::ordered_json &statuses = m["statuses"];
                for (const InverseOfferStatus &s : d.statuses) {
                    nlohmann::ordered_json st = nlohmann::ordered_json::object();
                    st["status"] = utf8(InverseOfferStatus::answerName(s.answer));
                    st["framework_id"]["value"] = utf8(s.frameworkId);
                    st["timestamp"]["nanoseconds"] = s.timestampNs;
                    statuses.push_back(std::move(st));
                }
            }
            draining.push_back(std::move(m));
        }
    }
    if (!status.down.isEmpty())
        j["down_machines"] = toJson(status.down);
    return j;
}

std::string dump(const nlohmann::ordered_json &v)
{
    return v.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string dumpSorted(const nlohmann::ordered_json &v)
{
    // nlohmann::json keeps objects in a std::map: converting sorts every level alphabetically.
    const nlohmann::json sorted = v;
    return sorted.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace DomainJson
