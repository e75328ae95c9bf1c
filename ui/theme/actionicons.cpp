#include "theme/actionicons.h"

#include <QString>

using namespace Qt::StringLiterals;

QIcon ActionIcons::icon(QStringView name)
{
    return QIcon::fromTheme(name.toString(), fallback(name));
}

QIcon ActionIcons::fallback(QStringView name)
{
    return QIcon(u":/icons/actions/"_s + name + u".svg"_s);
}
