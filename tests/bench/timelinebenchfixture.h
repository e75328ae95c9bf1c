#pragma once

// A timeline over a generated cluster, as the benchmarks need it: the real models and view,
// 1920×1080, a pinned clock, scrolled to the middle of the rows.

#include "commands/scheduleeditor.h"
#include "generatedcluster.h"
#include "planning/draftschedule.h"
#include "planning/machinefilterproxymodel.h"
#include "planning/machinetablemodel.h"
#include "planning/planningchecks.h"
#include "planning/zonegroupmodel.h"
#include "timeline/timelineview.h"
#include "timeline/timelineviewstate.h"

#include <QScrollBar>
#include <QTest>
#include <QUndoStack>

#include <memory>

struct TimelineBench
{
    static constexpr qint64 Now = 1767571200LL * TimeScale::Second; // 2026-01-05 00:00 UTC

    DraftSchedule draft;
    MachineTableModel machines {&draft};
    MachineFilterProxyModel filter;
    ZoneGroupModel groups;
    QUndoStack stack;
    ScheduleEditor editor {&draft, &stack};
    PlanningChecks checks {&draft}; ///< tight limits: many bars marked, every drag step checked
    TimelineViewState state;
    TimelineView view;

    enum class Scroll { Top, Middle };

    TimelineBench(int machineCount, int windowCount, Scroll scroll = Scroll::Middle)
    {
        const GeneratedCluster cluster = GeneratedCluster::generate(machineCount, windowCount, Now);
        filter.setSourceModel(&machines);
        groups.setSourceModel(&filter);
        machines.setAgents(cluster.agents);
        draft.setDownMachines(cluster.status.down);
        machines.setStatus(cluster.status);
        draft.setLiveSchedule(cluster.schedule);
        PlanningPolicy policy;
        policy.limits.maxDownPerZone = PolicyAmount::count(2);
        policy.limits.minAgentsPerZone = PolicyAmount::percent(90);
        checks.setPolicy(policy);
        checks.setAgents(cluster.agents);
        checks.setDownMachines(cluster.status.down);
        state.setFixedNow(Now);
        state.setUtc(true);
        view.setViewState(&state);
        view.setModel(&groups);
        view.setEditor(&editor);
        view.setChecks(&checks);
        view.resize(1920, 1080);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            qWarning("the timeline was not exposed");
        state.setScale(TimeScale(Now - 12 * TimeScale::Hour, double(4 * TimeScale::Minute)));
        if (scroll == Scroll::Middle)
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        QCoreApplication::processEvents();
    }

    /// A row whose machine's bar is well inside the viewport, scrolled into view; -1 if none.
    int rowWithVisibleBar()
    {
        const int first = view.rowLayout().firstVisibleRow();
        const int count = groups.rowCount();
        for (int r = first; r < std::min(count, first + 5000); ++r) {
            const auto plan
                = groups.index(r, 0).data(MachineTableModel::PlanRole).value<MachinePlan>();
            if (!plan.planned || !plan.planned->durationNs)
                continue;
            const double x0 = state.scale().xForTime(plan.planned->startNs);
            const double x1 = state.scale().xForTime(*plan.planned->endNs());
            if (x0 > 50 && x1 < view.viewport()->width() - 200 && x1 - x0 > 8) {
                view.scrollTo(groups.index(r, 0));
                return r;
            }
        }
        return -1;
    }
};
