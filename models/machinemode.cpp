#include "machinemode.h"

using namespace Qt::StringLiterals;

QString machineModeName(MachineMode mode)
{
    switch (mode) {
    case MachineMode::Up:
        return u"UP"_s;
    case MachineMode::Draining:
        return u"DRAINING"_s;
    case MachineMode::Down:
        return u"DOWN"_s;
    }
    return QString();
}

std::optional<MachineMode> machineModeFromName(const QString &name)
{
    if (name == u"UP")
        return MachineMode::Up;
    if (name == u"DRAINING")
        return MachineMode::Draining;
    if (name == u"DOWN")
        return MachineMode::Down;
    return std::nullopt;
}
