#pragma once

// Shared by the timeline widget tests: a TimelinePage at a fixed size over a small cluster, a
// pinned clock and scale (1 px = 1 min, snapping to 15 min, UTC), and helpers that turn
// times and machines into points on the timeline's viewport.

#include "commands/scheduleeditor.h"
#include "planning/draftschedule.h"
#include "planning/machinetablemodel.h"
#include "planning/zonegroupmodel.h"
#include "theme/timelinetheme.h"
#include "timeline/timelinepage.h"
#include "timeline/timelineruler.h"
#include "timeline/timelineview.h"
#include "timeline/timelineviewstate.h"

#include <QDateTime>
#include <QImage>
#include <QTest>
#include <QUndoStack>

namespace TimelineTest {

constexpr qint64 M = TimeScale::Minute;
// 2026-01-05 00:00 UTC, a Monday.
constexpr qint64 T0 = 1767571200LL * TimeScale::Second;

inline MachineId machine(int i)
{
    return MachineId::of(QStringLiteral("h%1").arg(i), QStringLiteral("10.0.0.%1").arg(i));
}

/// Machines h1…h6 in zone "z" (rows 1…6 under the header in row 0); h2 in a window from +120 to
/// +240 min; h5 DOWN in a window from +300 to +360 min.
inline void fill(TimelinePage &page)
{
    QList<Agent> agents;
    for (int i = 1; i <= 6; ++i) {
        Agent a;
        a.hostname = QStringLiteral("h%1").arg(i);
        a.ip = QStringLiteral("10.0.0.%1").arg(i);
        a.zone = QStringLiteral("z");
        agents.append(a);
    }
    page.session()->setAgents(agents);
    Schedule live;
    live.windows.append(MaintenanceWindow {{machine(2)}, Unavailability {T0 + 120 * M, 120 * M}});
    live.windows.append(MaintenanceWindow {{machine(5)}, Unavailability {T0 + 300 * M, 60 * M}});
    page.session()->setLiveSchedule(live);
    MaintenanceStatus status;
    status.down = {machine(5)};
    page.session()->setStatus(status);
    page.viewState()->setFixedNow(T0 + 60 * M);
    page.viewState()->setUtc(true);
    page.viewState()->setScale(TimeScale(T0, double(M)));
}

inline int rowOf(TimelinePage &page, int machineNumber)
{
    const auto *groups = page.groupModel();
    for (int r = 0; r < groups->rowCount(); ++r) {
        if (groups->index(r, 0).data(MachineTableModel::MachineIdRole).value<MachineId>()
            == machine(machineNumber))
            return r;
    }
    return -1;
}

inline QPoint point(TimelinePage &page, int machineNumber, int minutes)
{
    const TimelineView *view = page.timeline();
    const int x = int(page.viewState()->scale().xForTime(T0 + minutes * M));
    const int y
        = view->rowLayout().yForRow(rowOf(page, machineNumber)) + view->rowLayout().rowHeight() / 2;
    return QPoint(x, y);
}

inline std::optional<Unavailability> windowOf(TimelinePage &page, int machineNumber)
{
    const DraftWindow *w = page.draft()->window(page.draft()->windowIdOf(machine(machineNumber)));
    if (!w)
        return std::nullopt;
    return w->window.unavailability;
}

inline Unavailability span(int fromMinutes, int minutes)
{
    return Unavailability {T0 + fromMinutes * M, minutes * M};
}

/// The screen agrees with the model: the middle of the machine's bar has its window's colour,
/// and just outside the bar there is none.
inline bool screenShowsWindow(TimelinePage &page, int machineNumber, const Unavailability &u)
{
    TimelineView *view = page.timeline();
    const QImage image = view->viewport()->grab().toImage();
    const WindowId id = page.draft()->windowIdOf(machine(machineNumber));
    const QColor expected = TimelineTheme::windowColor(id);
    const int startMinutes = int((u.startNs - T0) / M);
    const int endMinutes = int((*u.endNs() - T0) / M);
    const QPoint middle = point(page, machineNumber, (startMinutes + endMinutes) / 2);
    const QPoint after = point(page, machineNumber, endMinutes + 4);
    const QPoint before = point(page, machineNumber, startMinutes - 4);
    auto near = [](QColor a, QColor b) {
        return std::abs(a.red() - b.red()) < 8 && std::abs(a.green() - b.green()) < 8
            && std::abs(a.blue() - b.blue()) < 8;
    };
    const qreal dpr = image.devicePixelRatio();
    auto at = [&](QPoint p) {
        return image.pixelColor(int(p.x() * dpr), int(p.y() * dpr));
    };
    return near(at(middle), expected) && !near(at(after), expected) && !near(at(before), expected);
}

inline void drag(QWidget *viewport, QPoint from, QPoint to,
                 Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
    const QPoint middle = (from + to) / 2;
    QTest::mouseMove(viewport, middle);
    QTest::mouseMove(viewport, to);
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
}

} // namespace TimelineTest
