#include "aclpolicy.h"

#include <nlohmann/json.hpp>

using namespace Qt::StringLiterals;

namespace {

JsonError aclError(const QString &message)
{
    JsonError e;
    e.kind = JsonError::Kind::Structure;
    e.message = message;
    return e;
}

struct Kind
{
    const char *name;
    AclPolicy::Action action;
    const char *objects;
};

const Kind kinds[] = {
    {"update_maintenance_schedules", AclPolicy::Action::UpdateMaintenanceSchedule, "machines"},
    {"get_maintenance_schedules", AclPolicy::Action::GetMaintenanceSchedule, "machines"},
    {"start_maintenances", AclPolicy::Action::StartMaintenance, "machines"},
    {"stop_maintenances", AclPolicy::Action::StopMaintenance, "machines"},
    {"get_maintenance_statuses", AclPolicy::Action::GetMaintenanceStatus, "machines"},
    {"drain_agents", AclPolicy::Action::DrainAgent, "agents"},
    {"deactivate_agents", AclPolicy::Action::DeactivateAgent, "agents"},
    {"reactivate_agents", AclPolicy::Action::ReactivateAgent, "agents"},
};

} // namespace

Result<AclPolicy> AclPolicy::fromJson(QByteArrayView json)
{
    const nlohmann::json root = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return aclError(u"--acls is not a JSON object"_s);
    AclPolicy policy;
    if (const auto p = root.find("permissive"); p != root.end() && p->is_boolean())
        policy.m_permissive = p->get<bool>();
    auto entity = [](const nlohmann::json &e, Entity &out) -> bool {
        if (!e.is_object())
            return false;
        if (const auto values = e.find("values"); values != e.end() && values->is_array()) {
            out.type = Entity::Type::Some;
            for (const auto &v : *values) {
                if (v.is_string())
                    out.values.append(QString::fromStdString(v.get<std::string>()));
            }
            return true;
        }
        const std::string type = e.value("type", std::string());
        if (type == "ANY" || type == "NONE") {
            out.type = type == "ANY" ? Entity::Type::Any : Entity::Type::None;
            return true;
        }
        return false;
    };
    for (const Kind &kind : kinds) {
        const auto list = root.find(kind.name);
        if (list == root.end())
            continue;
        for (const nlohmann::json &acl :
             list->is_array() ? *list : nlohmann::json::array({*list})) {
            Acl a {kind.action, {}, {}};
            if (!acl.is_object() || !entity(acl.value("principals", nlohmann::json()), a.principals)
                || !entity(acl.value(kind.objects, nlohmann::json()), a.objects))
                return aclError(u"--acls: every '%1' entry needs 'principals' and '%2'"_s.arg(
                    QLatin1StringView(kind.name), QLatin1StringView(kind.objects)));
            if (a.objects.type == Entity::Type::Some)
                return aclError(u"--acls: '%1' objects must be ANY or NONE"_s.arg(
                    QLatin1StringView(kind.name)));
            policy.m_acls.append(a);
        }
    }
    return policy;
}

bool AclPolicy::allows(Action action, const QString &principal) const
{
    // src/authorizer/local/authorizer.cpp: the request's subject is SOME{principal} (or ANY
    // without one), its object ANY; `matches` picks the ACL, `allows` decides.
    const bool some = !principal.isNull();
    for (const Acl &acl : m_acls) {
        if (acl.action != action)
            continue;
        const bool subjectMatches = some ? (acl.principals.type != Entity::Type::Some
                                            || acl.principals.values.contains(principal))
                                         : acl.principals.type != Entity::Type::Some;
        if (!subjectMatches)
            continue; // an object of type ANY matches ACL objects ANY and NONE alike
        const bool subjectAllowed = acl.principals.type == Entity::Type::Any
            || (some && acl.principals.type == Entity::Type::Some);
        return subjectAllowed && acl.objects.type == Entity::Type::Any;
    }
    return m_permissive;
}
