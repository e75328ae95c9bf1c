#pragma once

#include "planning/planningcluster.h"

#include <QList>

#include <vector>

class PlanState;

/// Least churn's local search (planner.md "Churn"): swaps a machine of one window of a plan with
/// a machine of a later window of the same zone that does not overlap it, keeping a swap only if
/// every limit still holds (asked of the PlanState, which follows the swaps) and the churn of
/// ChurnModel drops. A swap changes the free CPUs and tasks of two windows only, so its effect on
/// the churn is computed over the windows that start between them, not the whole schedule.
/// Deterministic: the search stops after a fixed number of evaluated swaps, never on a clock.
class ChurnSwapper
{
public:
    ChurnSwapper(const PlanningCluster &cluster, const QList<PlanWindow> &existing,
                 QList<PlanWindow> &plan, PlanState &state);

    /// Evaluates at most @p budget swaps; returns how many were kept.
    int improve(int budget);
    /// The churn of existing + plan as it stands (kept up to date by the swaps).
    double churn() const { return m_churn; }

private:
    struct Entry
    {
        qint64 start = 0;
        qint64 end = 0;
        qint64 displaced = 0; ///< D_k
        double free = 0; ///< ΣF of the window's machines
        double later = 0; ///< ΣF of the windows starting after this one
        double down = 0; ///< ΣF of the windows down at this one's start
        double churn = 0;
        int groupStart = 0; ///< the first entry with the same start
    };
    struct Change
    {
        int first = 0, second = 0; ///< entries: the earlier window and the later one
        double free = 0; ///< added to the first, taken from the second
        qint64 displaced = 0; ///< likewise
    };

    void sweep();
    double churnOf(const Entry &e, int k, const Change &c, double &later, double &down) const;
    double delta(const Change &c) const;
    void apply(const Change &c);
    bool trySwap(int i, int j, int &budget);

    const PlanningCluster &m_cluster;
    QList<PlanWindow> &m_plan;
    PlanState &m_state;
    std::vector<Entry> m_entries; ///< existing and plan windows by start
    std::vector<int> m_entryOfPlan; ///< plan window → entry
    double m_upFree = 0;
    double m_churn = 0;
};
