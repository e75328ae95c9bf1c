#include "planning/churnmodel.h"

#include <algorithm>
#include <numeric>
#include <queue>
#include <vector>

ChurnModel ChurnModel::compute(const PlanningCluster &cluster, const QList<PlanWindow> &windows)
{
    const QList<PlanningMachine> &machines = cluster.machines();
    ChurnModel result;
    result.windows.resize(windows.size());
    // F of each window's machines (DOWN machines are never up: they count nowhere).
    std::vector<double> windowFree(size_t(windows.size()), 0);
    double upFree = 0; // ΣF over machines not DOWN
    for (const PlanningMachine &m : machines) {
        if (m.mode != MachineMode::Down)
            upFree += m.freeCpus();
    }
    for (qsizetype k = 0; k < windows.size(); ++k) {
        for (int i : windows[k].machines) {
            const PlanningMachine &m = machines[i];
            result.windows[k].displaced += m.tasks;
            if (m.mode != MachineMode::Down)
                windowFree[size_t(k)] += m.freeCpus();
        }
        result.totalDisplaced += result.windows[k].displaced;
    }
    std::vector<qsizetype> byStart(size_t(windows.size()));
    std::iota(byStart.begin(), byStart.end(), 0);
    std::stable_sort(byStart.begin(), byStart.end(), [&](qsizetype a, qsizetype b) {
        return windows[a].startNs < windows[b].startNs;
    });
    // laterFree: ΣF of windows starting after the current start; downFree: ΣF of windows
    // started and not yet ended (their machines are down).
    double laterFree = std::accumulate(windowFree.begin(), windowFree.end(), 0.0);
    double downFree = 0;
    using Ending = std::pair<qint64, qsizetype>; // end, window
    std::priority_queue<Ending, std::vector<Ending>, std::greater<>> ending;
    for (size_t j = 0; j < byStart.size();) {
        const qint64 t = windows[byStart[j]].startNs;
        while (!ending.empty() && ending.top().first <= t) {
            downFree -= windowFree[size_t(ending.top().second)];
            ending.pop();
        }
        size_t group = j;
        for (; group < byStart.size() && windows[byStart[group]].startNs == t; ++group) {
            const qsizetype k = byStart[group];
            laterFree -= windowFree[size_t(k)];
            if (windows[k].endNs() > t) {
                downFree += windowFree[size_t(k)];
                ending.push({windows[k].endNs(), k});
            }
        }
        // Windows starting at t are down at t (all but a zero-length one, which is still not
        // part of U_k for itself).
        for (size_t g = j; g < group; ++g) {
            const qsizetype k = byStart[g];
            const bool selfDown = windows[k].endNs() > t;
            const double u = upFree - downFree - (selfDown ? 0 : windowFree[size_t(k)]);
            WindowChurn &c = result.windows[k];
            c.churn = u > 1e-9 ? double(c.displaced) * std::max(0.0, laterFree) / u : 0;
            result.totalChurn += c.churn;
        }
        j = group;
    }
    return result;
}
