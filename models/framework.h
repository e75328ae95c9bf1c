#pragma once

#include <QString>

/// A framework registered with the master.
struct Framework
{
    QString id;
    QString name;
    bool active = true;

    friend bool operator==(const Framework &, const Framework &) = default;
};
