#include "draft/masterkey.h"

#include "net/masterendpoint.h"

#include <QStringList>

namespace MasterKey {

QString of(const QString &masters)
{
    const std::optional<QList<QUrl>> urls = MasterEndpoint::parseMasterList(masters);
    if (!urls)
        return masters.trimmed();
    // The scheme is left out too: http and https to the same host and port are one master.
    QStringList parts;
    for (const QUrl &url : *urls)
        parts << url.host().toLower() + QLatin1Char(':') + QString::number(url.port()) + url.path();
    parts.sort();
    parts.removeDuplicates();
    return parts.join(QLatin1Char(','));
}

} // namespace MasterKey
