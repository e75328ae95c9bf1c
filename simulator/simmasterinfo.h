#pragma once

#include <QString>

/// Who the simulated master is, as /state, GET_MASTER and redirects report it.
struct SimMasterInfo
{
    QString id;
    QString hostname = QStringLiteral("127.0.0.1");
    QString ip = QStringLiteral("127.0.0.1");
    int port = 5050;
    double startTime = 0; ///< float seconds
    double electedTime = 0;

    QString pid() const { return QStringLiteral("master@") + ip + u':' + QString::number(port); }

    static constexpr const char *Version = "1.12.0";
    static constexpr const char *BuildDate = "2024-08-23 18:59:00";
    static constexpr double BuildTime = 1724439540.0;
    static constexpr const char *BuildUser = "slipway-sim";
};
