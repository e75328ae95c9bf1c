#include "planning/machinelisttext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

bool isIpv4(QStringView token)
{
    const QList<QStringView> parts = token.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || value < 0 || value > 255)
            return false;
    }
    return true;
}

bool isIpv6(QStringView token)
{
    if (token.count(u':') < 2)
        return false;
    for (QChar c : token) {
        if (!(c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f') || c == u':'
              || c == u'.'))
            return false;
    }
    return true;
}

} // namespace

bool MachineListText::looksLikeIp(QStringView token)
{
    return isIpv4(token) || isIpv6(token);
}

QList<MachineListText::Entry> MachineListText::parse(QStringView text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QList<Entry> entries;
    for (QStringView line : text.split(u'\n')) {
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line = line.left(hash);
        const QString cleaned = line.toString().replace(u'(', u' ').replace(u')', u' ');
        QStringList tokens = cleaned.split(separators, Qt::SkipEmptyParts);
        // An IP next to a bare hostname on the same line belongs to it: "h1 (10.0.0.1)",
        // "h1 10.0.0.1" and a hosts file's "10.0.0.1 h1".
        QList<Entry> lineEntries;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QString &token = tokens[i];
            if (const qsizetype slash = token.indexOf(u'/'); slash >= 0) {
                lineEntries.append({token.left(slash), token.mid(slash + 1), token});
                continue;
            }
            const bool ip = looksLikeIp(token);
            const QString next = i + 1 < tokens.size() ? tokens[i + 1] : QString();
            const bool nextIsBare = !next.isEmpty() && !next.contains(u'/');
            if (nextIsBare && ip != looksLikeIp(next)) {
                const QString host = ip ? next : token;
                const QString address = ip ? token : next;
                lineEntries.append({host, address, token + u' ' + next});
                ++i;
                continue;
            }
            lineEntries.append(ip ? Entry {QString(), token, token}
                                  : Entry {token, QString(), token});
        }
        entries += lineEntries;
    }
    return entries;
}

MachineListText::Match MachineListText::match(const QList<Entry> &entries,
                                              const QList<MachineId> &machines)
{
    QMultiHash<QString, qsizetype> byHost;
    QMultiHash<QString, qsizetype> byIp;
    for (qsizetype i = 0; i < machines.size(); ++i) {
        if (machines[i].hostname)
            byHost.insert(asciiLower(*machines[i].hostname), i);
        if (machines[i].ip)
            byIp.insert(*machines[i].ip, i);
    }
    QSet<qsizetype> chosen;
    Match match;
    for (const Entry &e : entries) {
        QList<qsizetype> hits;
        if (!e.hostname.isEmpty()) {
            for (qsizetype i : byHost.values(asciiLower(e.hostname))) {
                if (e.ip.isEmpty() || machines[i].ip == e.ip)
                    hits.append(i);
            }
        } else if (!e.ip.isEmpty()) {
            hits = byIp.values(e.ip);
        }
        if (hits.isEmpty())
            match.notFound.append(e.text);
        for (qsizetype i : std::as_const(hits))
            chosen.insert(i);
    }
    for (qsizetype i = 0; i < machines.size(); ++i) {
        if (chosen.contains(i))
            match.found.append(machines[i]);
    }
    return match;
}
