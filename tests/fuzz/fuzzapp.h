#pragma once

// The Qt fuzz targets need a QCoreApplication (event loop, sockets, timers) for the whole run.

#include <QCoreApplication>
#include <QDir>
#include <QString>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

/// Where file-based targets write: memory (/dev/shm) when there is one, thousands of times a
/// second.
inline QString scratchTemplate()
{
    return QDir(QStringLiteral("/dev/shm")).exists()
        ? QStringLiteral("/dev/shm/slipway-fuzz-XXXXXX")
        : QDir::tempPath() + QStringLiteral("/slipway-fuzz-XXXXXX");
}
