#include "machineid.h"

#include <QHash>

using namespace Qt::StringLiterals;

QString asciiLower(const QString &s)
{
    QString out = s;
    for (QChar &c : out) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return out;
}

std::optional<MachineId> MachineId::fromSpec(QStringView spec)
{
    const qsizetype slash = spec.indexOf(u'/');
    MachineId id;
    if (slash < 0) {
        if (spec.isEmpty())
            return std::nullopt;
        id.hostname = spec.toString();
        return id;
    }
    const QStringView host = spec.left(slash);
    const QStringView ip = spec.mid(slash + 1);
    if (ip.contains(u'/') || (host.isEmpty() && ip.isEmpty()))
        return std::nullopt;
    if (!host.isEmpty())
        id.hostname = host.toString();
    if (!ip.isEmpty())
        id.ip = ip.toString();
    return id;
}

QString MachineId::toSpec() const
{
    if (!ip)
        return hostnameOrEmpty();
    return hostnameOrEmpty() + u'/' + *ip;
}

QString MachineId::displayName() const
{
    if (hostname && ip)
        return *hostname + u" (" + *ip + u')';
    if (hostname)
        return *hostname;
    return u'(' + ipOrEmpty() + u')';
}

QString MachineId::lookupKey() const
{
    QString key;
    key += hostname ? u'h' : u'-';
    key += ip ? u'i' : u'-';
    key += asciiLower(hostnameOrEmpty());
    key += u'\0';
    key += ipOrEmpty();
    return key;
}

bool operator==(const MachineId &a, const MachineId &b)
{
    if (a.hostname.has_value() != b.hostname.has_value() || a.ip.has_value() != b.ip.has_value())
        return false;
    if (a.ip && *a.ip != *b.ip)
        return false;
    if (a.hostname)
        return a.hostname->compare(*b.hostname, Qt::CaseSensitive) == 0
            || asciiLower(*a.hostname) == asciiLower(*b.hostname);
    return true;
}

size_t qHash(const MachineId &id, size_t seed) noexcept
{
    return qHashMulti(seed, id.hostname.has_value(), asciiLower(id.hostnameOrEmpty()),
                      id.ip.has_value(), id.ipOrEmpty());
}
