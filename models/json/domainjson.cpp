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

namespace {

template<typename J>
J build(const MachineId &id)
{
    J j = J::object();
    if (id.hostname)
        j["hostname"] = utf8(*id.hostname);
    if (id.ip)
        j["ip"] = utf8(*id.ip);
    return j;
}

template<typename J>
J build(const QList<MachineId> &ids)
{
    J j = J::array();
    for (const MachineId &id : ids)
        j.push_back(build<J>(id));
    return j;
}

template<typename J>
J build(const Schedule &schedule)
{
    J j = J::object();
    if (schedule.windows.isEmpty())
        return j;
    J &windows = j["windows"];
    windows = J::array();
    for (const MaintenanceWindow &w : schedule.windows) {
        J window = J::object();
        if (!w.machines.isEmpty())
            window["machine_ids"] = build<J>(w.machines);
        J u = J::object();
        u["start"]["nanoseconds"] = w.unavailability.startNs;
        if (w.unavailability.durationNs)
            u["duration"]["nanoseconds"] = *w.unavailability.durationNs;
        window["unavailability"] = std::move(u);
        windows.push_back(std::move(window));
    }
    return j;
}

template<typename J>
J build(const MaintenanceStatus &status)
{
    J j = J::object();
    if (!status.draining.isEmpty()) {
        J &draining = j["draining_machines"];
        draining = J::array();
        for (const DrainingMachine &d : status.draining) {
            J m = J::object();
            m["id"] = build<J>(d.id);
            if (!d.statuses.isEmpty()) {
                J &statuses = m["statuses"];
                for (const InverseOfferStatus &s : d.statuses) {
                    J st = J::object();
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
        j["down_machines"] = build<J>(status.down);
    return j;
}

} // namespace

nlohmann::ordered_json toJson(const MachineId &id)
{
    return build<nlohmann::ordered_json>(id);
}
nlohmann::ordered_json toJson(const Schedule &s)
{
    return build<nlohmann::ordered_json>(s);
}
nlohmann::ordered_json toJson(const MaintenanceStatus &s)
{
    return build<nlohmann::ordered_json>(s);
}
nlohmann::ordered_json toJson(const QList<MachineId> &ids)
{
    return build<nlohmann::ordered_json>(ids);
}
nlohmann::json toSortedJson(const MachineId &id)
{
    return build<nlohmann::json>(id);
}
nlohmann::json toSortedJson(const Schedule &s)
{
    return build<nlohmann::json>(s);
}
nlohmann::json toSortedJson(const MaintenanceStatus &s)
{
    return build<nlohmann::json>(s);
}
nlohmann::json toSortedJson(const QList<MachineId> &ids)
{
    return build<nlohmann::json>(ids);
}

std::string dump(const nlohmann::ordered_json &v)
{
    return v.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string dump(const nlohmann::json &v)
{
    return v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace DomainJson
