#include "net/mastererror.h"

#include <QCoreApplication>

bool MasterError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::NoLeader:
        return true;
    case Kind::Http:
        return httpStatus >= 500;
    default:
        return false;
    }
}

QString MasterError::describe() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("MasterError", text);
    };
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Network:
        return tr("Cannot reach the master: %1").arg(message);
    case Kind::Timeout:
        return tr("The master did not answer in time (%1).").arg(message);
    case Kind::Tls:
        return tr("The master's certificate is not trusted: %1").arg(message);
    case Kind::Unauthorized:
        return tr("The master requires a valid user name and password (realm %1).").arg(realm);
    case Kind::Forbidden:
        return tr("The master does not allow this for your user (HTTP 403).");
    case Kind::NoLeader:
        return tr("No leading master: %1").arg(message);
    case Kind::Http:
        return tr("The master answered HTTP %1: %2").arg(httpStatus).arg(message);
    case Kind::BadReply:
        return tr("The master's answer could not be read: %1").arg(message);
    case Kind::Rejected:
        return tr("The master refused the request: %1").arg(message);
    }
    return message;
}
