#include "machineid.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

char16_t lowerAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
}

} // namespace

QString asciiLower(const QString &s)
{
    // Mostly already lower case: share the string then, instead of copying it.
    const auto upper = std::find_if(s.cbegin(), s.cend(),
                                    [](QChar c) { return lowerAscii(c.unicode()) != c.unicode(); });
    if (upper == s.cend())
        return s;
    QString out = s;
    for (QChar &c : out)
        c = QChar(lowerAscii(c.unicode()));
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
    // Written in place: one allocation (the alert rules key every stuck machine by it).
    const qsizetype hostSize = hostname ? hostname->size() : 0;
    const qsizetype ipSize = ip ? ip->size() : 0;
    QString key(3 + hostSize + ipSize, Qt::Uninitialized);
    QChar *out = key.data();
    *out++ = QChar(hostname ? u'h' : u'-');
    *out++ = QChar(ip ? u'i' : u'-');
    for (qsizetype i = 0; i < hostSize; ++i)
        *out++ = QChar(lowerAscii((*hostname)[i].unicode()));
    *out++ = QChar(u'\0');
    if (ip)
        std::copy(ip->cbegin(), ip->cend(), out);
    return key;
}

bool operator==(const MachineId &a, const MachineId &b)
{
    if (a.hostname.has_value() != b.hostname.has_value() || a.ip.has_value() != b.ip.has_value())
        return false;
    if (a.ip && *a.ip != *b.ip)
        return false;
    if (!a.hostname)
        return true;
    const QString &x = *a.hostname;
    const QString &y = *b.hostname;
    if (x.size() != y.size())
        return false;
    for (qsizetype i = 0; i < x.size(); ++i) {
        char16_t p = x[i].unicode();
        char16_t q = y[i].unicode();
        if (p == q)
            continue;
        if (p >= u'A' && p <= u'Z')
            p += u'a' - u'A';
        if (q >= u'A' && q <= u'Z')
            q += u'a' - u'A';
        if (p != q)
            return false;
    }
    return true;
}

size_t qHash(const MachineId &id, size_t seed) noexcept
{
    // Hash the ASCII-lowered hostname without building a lowered copy.
    size_t h = qHashMulti(seed, id.hostname.has_value(), id.ip.has_value());
    if (id.hostname) {
        for (const QChar c : *id.hostname) {
            char16_t u = c.unicode();
            if (u >= u'A' && u <= u'Z')
                u += u'a' - u'A';
            h = (h ^ u) * 1099511628211ULL;
        }
    }
    if (id.ip)
        h = qHashMulti(h, *id.ip);
    return h;
}
