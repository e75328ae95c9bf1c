#pragma once

#include "live/agentdrain.h"
#include "machinemode.h"
#include "planning/draftwindow.h"
#include "planning/machineplan.h"

#include <QColor>

/// Every colour with a meaning in the planning and live views, in one table: machine modes,
/// inverse-offer answers, readiness, the window bars, the now-line and the planned-against-actual
/// violations. The timeline painter, the ruler, the mode badges, the answers matrix and the drain
/// chart all ask here, so a machine that is DRAINING or a framework that declined looks the same
/// everywhere. The models only say *what* a cell is (mode, answer, readiness); this maps it.
/// Neutral colours (text, grid, selection) come from the widget's palette instead.
class TimelineTheme
{
public:
    enum Color {
        ModeUp,
        ModeDraining,
        ModeDown,
        ModeBadgeText,
        AnswerAccept, ///< cell background in the answers matrix
        AnswerDecline,
        AnswerMissing, ///< tasks there, no answer yet
        ReadinessReady,
        ReadinessWaiting,
        ReadinessBlocked,
        NowLine,
        Overdue, ///< planned start passed, machine not DOWN yet
        Overrun, ///< planned end passed, machine still DOWN
        RemovedFromDraft, ///< outline where the live schedule has a machine the draft dropped
        LockMark, ///< the padlock on a DOWN machine's bar
        LimitViolation, ///< a bar or drag preview that breaks a planning limit
        CapacityLine, ///< what is left, in the capacity band
        CapacityFloor, ///< a policy floor in the capacity band
        BelowFloor, ///< stretches of the capacity band below a floor
        AgentDraining, ///< an agent drained with DRAIN_AGENT, still draining
        AgentDrained, ///< an agent DRAIN_AGENT has emptied (deactivated, waits for reactivation)
        AgentDeactivated, ///< an agent deactivated (no offers) without draining
        Stuck, ///< a drain whose tasks have not fallen for a while
        ColorCount
    };

    static QColor color(Color role);
    static QColor modeColor(MachineMode mode);
    /// The mark of an agent's drain state (AgentDrain::State); invalid for None.
    static QColor agentDrainColor(AgentDrain::State state);
    static QColor readinessColor(MachinePlan::Readiness readiness);
    /// The background of an answers-matrix cell: @p answer is InverseOfferModel::AnswerRole (an
    /// InverseOfferStatus::Answer, -1 where the framework has no tasks), @p hasAnswer whether the
    /// framework answered at all. Invalid when the cell keeps the view's background.
    static QColor answerColor(int answer, bool hasAnswer);

    /// A stable, distinct colour per window, so that all bars of one window match.
    static QColor windowColor(WindowId id);
    /// A bar's fill: the window's colour, darker once the machine is DOWN.
    static QColor barFill(WindowId id, MachineMode mode);
    static QColor barBorder(const QColor &fill) { return fill.darker(160); }
    /// The hatching over a DRAINING machine's bar.
    static QColor drainingHatch(const QColor &fill) { return fill.darker(125); }
    /// Line colours for charts with one series per machine, repeating after a dozen.
    static QColor seriesColor(int index);
};
