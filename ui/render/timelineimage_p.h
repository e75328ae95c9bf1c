#pragma once

// The models a TimelineImage paints from, shared by its two source files.

#include "render/timelineimage.h"

#include "planning/draftschedule.h"
#include "planning/machinefilterproxymodel.h"
#include "planning/machinetablemodel.h"
#include "planning/zonegroupmodel.h"
#include "timeline/timescale.h"

#include <QFont>
#include <QPalette>

struct TimelineImage::Models
{
    DraftSchedule draft;
    MachineTableModel table {&draft};
    MachineFilterProxyModel filter;
    ZoneGroupModel groups;
    TimeScale scale;
    QPalette palette;
    QFont font;
};
