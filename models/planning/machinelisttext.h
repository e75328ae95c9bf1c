#pragma once

#include "machineid.h"

#include <QList>
#include <QStringList>

/// A list of machines pasted by a person (Edit → Select Machines…): from a ticket, a terminal, a
/// spreadsheet or Slipway itself. One or more machines a line, separated by spaces, commas,
/// semicolons or tabs; each machine written `HOST`, `HOST/IP`, `/IP`, `IP`, `HOST (IP)` (as
/// Slipway and Mesos print a MachineID) or `HOST IP` / `IP HOST` on one line; `#` starts a
/// comment. Hostnames compare ignoring ASCII case, as the master compares them.
class MachineListText
{
public:
    struct Entry
    {
        QString hostname; ///< empty: match by IP only
        QString ip; ///< empty: match by hostname only
        QString text; ///< as written, for "not found"
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    struct Match
    {
        QList<MachineId> found; ///< in the order of @p machines, each once
        QStringList notFound; ///< entries that match no machine, as written
    };

    static QList<Entry> parse(QStringView text);
    /// The machines of @p machines that @p entries name. A hostname alone matches every machine
    /// of that name (whatever its IP), an IP alone every machine with that IP.
    static Match match(const QList<Entry> &entries, const QList<MachineId> &machines);
    /// Whether @p token is written like an IPv4 or IPv6 address.
    static bool looksLikeIp(QStringView token);
};
