#pragma once

#include "json/result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

/// The master's local authorizer for the actions the simulated master serves, configured with the
/// master's own `--acls` JSON (include/mesos/authorizer/acls.proto): per action, the first ACL
/// whose principals match decides (its objects must be ANY to allow), otherwise `permissive`
/// (default true). Objects are implicit for these actions, so an ACL grants or denies all machines
/// at once.
class AclPolicy
{
public:
    enum class Action {
        UpdateMaintenanceSchedule,
        GetMaintenanceSchedule,
        StartMaintenance,
        StopMaintenance,
        GetMaintenanceStatus,
        DrainAgent,
        DeactivateAgent,
        ReactivateAgent,
    };

    /// Parses the `--acls` JSON. Unknown ACL kinds are ignored, as the simulator does not serve
    /// them.
    static Result<AclPolicy> fromJson(QByteArrayView json);

    /// @p principal is the authenticated user, or a null string when authentication is off.
    bool allows(Action action, const QString &principal) const;

private:
    struct Entity
    {
        enum class Type { Some, Any, None };
        Type type = Type::Any;
        QStringList values;
    };
    struct Acl
    {
        Action action;
        Entity principals;
        Entity objects;
    };

    QList<Acl> m_acls;
    bool m_permissive = true;
};
