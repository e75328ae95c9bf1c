#pragma once

#include <QString>

#include <optional>

/// A machine's maintenance mode, as Mesos' `MachineInfo.Mode`.
enum class MachineMode { Up, Draining, Down };

QString machineModeName(MachineMode mode);
std::optional<MachineMode> machineModeFromName(const QString &name);
