#pragma once

#include "maintenancewindow.h"

#include <QtGlobal>

/// Identity of a window while it is being planned. Mesos windows have none; the draft gives each
/// one an id so that colours, selection and undo steps can follow it through edits.
using WindowId = quint64;

/// A window of the draft schedule together with its planning identity.
struct DraftWindow
{
    WindowId id = 0;
    MaintenanceWindow window;

    friend bool operator==(const DraftWindow &, const DraftWindow &) = default;
};
