#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

/// A Mesos MachineID: hostname and IP, each optional. Equality is the master's (API.md §3.2):
/// presence of each field counts, hostnames compare ignoring ASCII case, IPs as exact strings.
struct MachineId
{
    std::optional<QString> hostname;
    std::optional<QString> ip;

    static MachineId of(const QString &hostname, const QString &ip) { return {hostname, ip}; }

    /// Parses the command-line spelling `HOSTNAME/IP`, `HOSTNAME` or `/IP`.
    static std::optional<MachineId> fromSpec(QStringView spec);
    /// The inverse of fromSpec().
    QString toSpec() const;

    /// What a person reads: "host (ip)", "host" or "(ip)", as Mesos prints a MachineID.
    QString displayName() const;

    QString hostnameOrEmpty() const { return hostname.value_or(QString()); }
    QString ipOrEmpty() const { return ip.value_or(QString()); }
    /// The key used for hashing and case-insensitive lookups.
    QString lookupKey() const;

    friend bool operator==(const MachineId &a, const MachineId &b);
    friend bool operator!=(const MachineId &a, const MachineId &b) { return !(a == b); }
};

size_t qHash(const MachineId &id, size_t seed = 0) noexcept;

/// ASCII-only lower-casing, as Mesos' strings::lower() does.
QString asciiLower(const QString &s);
