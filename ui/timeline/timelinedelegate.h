#pragma once

#include "timescale.h"

#include "maintenancewindow.h"
#include "planning/machineplan.h"

#include <QCoreApplication>
#include <QRectF>
#include <QTimeZone>

#include <functional>
#include <optional>

/// What a window's bar looks like and how it reacts, as pure functions (KGantt's ItemDelegate
/// split): where the bar is, which part of it a point is over, and what its tooltip says. The
/// view keeps the events and the painter the order of painting; both ask here, so what is drawn
/// and what is hit cannot drift apart.
class TimelineDelegate
{
    Q_DECLARE_TR_FUNCTIONS(TimelineDelegate)

public:
    /// What a press on a bar starts (KGantt's InteractionState).
    enum class InteractionState { None, Move, ResizeStart, ResizeEnd };

    static constexpr int EdgeGrip = 5; ///< pixels at a bar's ends that resize instead of move
    static constexpr int BarInset = 3; ///< gap above and below a bar within its row
    static constexpr double FadeWidth = 160; ///< how far an open-ended bar fades out

    /// The whole bar, not clipped to the viewport: it may start left of 0 and end far to the
    /// right. An open-ended window reaches FadeWidth past the right edge (or past its start when
    /// that is further right). Every bar is at least one pixel wide.
    static QRectF barGeometry(const Unavailability &u, const TimeScale &scale, int top,
                              int rowHeight, int viewportWidth);
    /// The part of @p bar worth painting: clipped to the viewport plus a margin that keeps
    /// clipped borders out of sight; nothing when no part of it is in view.
    static std::optional<QRectF> visiblePart(const QRectF &bar, int viewportWidth);
    /// visiblePart(barGeometry(…)): what the painter draws.
    static std::optional<QRectF> paintedBar(const Unavailability &u, const TimeScale &scale,
                                            int top, int rowHeight, int viewportWidth);

    /// Which zone of the bar @p x is over. Takes the unclipped barGeometry(), so that a bar whose
    /// start is scrolled out of view is moved, not resized, by a press at the viewport's left
    /// edge. Narrow bars have no resize zones; open-ended ones no end zone.
    static InteractionState interactionStateFor(double x, const QRectF &bar, bool openEnded);

    /// The facts a bar's tooltip tells.
    struct ToolTipFacts
    {
        MaintenanceWindow window;
        MachinePlan plan; ///< of the machine under the pointer
        QString answers; ///< its inverse-offer answers, one per line
        qint64 nowNs = 0;
        QTimeZone timeZone;
        QString timeZoneName;
    };
    /// Rich text: the window's machines and times, this machine's mode, answers and change
    /// against the live schedule, overdue or overrun, and why a DOWN machine's bar is locked.
    static QString toolTip(const ToolTipFacts &facts);
    /// The tooltip's line on what the draft did to the window (new, moved, resized, …) with the
    /// live window's times written by @p format; empty when unchanged.
    static QString editText(const MachinePlan &plan, const std::function<QString(qint64)> &format);
};
