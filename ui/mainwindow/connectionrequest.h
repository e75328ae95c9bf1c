#pragma once

#include <QString>

/// What the user asked for in the connect dialog (the UI never builds network objects itself).
struct ConnectionRequest
{
    QString masters; ///< one URL or a comma-separated list
    QString api = QStringLiteral("auto");
    QString user;
    QString caFile;
    bool verifyTls = true;
};
