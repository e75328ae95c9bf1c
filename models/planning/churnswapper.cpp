#include "planning/churnswapper.h"

#include "planning/planstate.h"

#include <algorithm>
#include <numeric>
#include <queue>

namespace {

// Candidates per window: the machines of the earlier window that should go last against those
// of the later one that should go first. With churn ≈ Σ_{k before l} D_k·F_l / U, a machine
// should go before another when its F/D is larger (Smith's rule), so that is the key.
constexpr int kCandidates = 4;

double key(const PlanningMachine &m)
{
    return m.freeCpus() / (m.tasks + 0.5);
}

} // namespace

ChurnSwapper::ChurnSwapper(const PlanningCluster &cluster, const QList<PlanWindow> &existing,
                           QList<PlanWindow> &plan, PlanState &state)
    : m_cluster(cluster)
    , m_plan(plan)
    , m_state(state)
{
    const QList<PlanningMachine> &machines = cluster.machines();
    for (const PlanningMachine &m : machines) {
        if (m.mode != MachineMode::Down)
            m_upFree += m.freeCpus();
    }
    struct Source
    {
        const PlanWindow *window;
        int plan; ///< -1: existing
    };
    std::vector<Source> sources;
    for (const PlanWindow &w : existing)
        sources.push_back({&w, -1});
    for (int p = 0; p < plan.size(); ++p)
        sources.push_back({&plan[p], p});
    std::stable_sort(sources.begin(), sources.end(), [](const Source &a, const Source &b) {
        return a.window->startNs < b.window->startNs;
    });
    m_entryOfPlan.assign(size_t(plan.size()), -1);
    for (const Source &s : sources) {
        Entry e;
        e.start = s.window->startNs;
        e.end = s.window->endNs();
        for (int i : s.window->machines) {
            e.displaced += machines[i].tasks;
            if (machines[i].mode != MachineMode::Down)
                e.free += machines[i].freeCpus();
        }
        if (s.plan >= 0)
            m_entryOfPlan[size_t(s.plan)] = int(m_entries.size());
        m_entries.push_back(e);
    }
    sweep();
}

// later and down of every entry, as ChurnModel's sweep computes them.
void ChurnSwapper::sweep()
{
    double later = 0;
    for (const Entry &e : m_entries)
        later += e.free;
    double down = 0;
    using Ending = std::pair<qint64, int>;
    std::priority_queue<Ending, std::vector<Ending>, std::greater<>> ending;
    for (int j = 0; j < int(m_entries.size());) {
        const qint64 t = m_entries[size_t(j)].start;
        for (; !ending.empty() && ending.top().first <= t; ending.pop())
            down -= m_entries[size_t(ending.top().second)].free;
        int group = j;
        for (; group < int(m_entries.size()) && m_entries[size_t(group)].start == t; ++group) {
            const Entry &e = m_entries[size_t(group)];
            later -= e.free;
            if (e.end > t) {
                down += e.free;
                ending.push({e.end, group});
            }
        }
        for (int g = j; g < group; ++g) {
            Entry &e = m_entries[size_t(g)];
            e.groupStart = j;
            e.later = later;
            e.down = down;
            double l = 0, d = 0;
            e.churn = churnOf(e, g, Change {-1, -1, 0, 0}, l, d);
            m_churn += e.churn;
        }
        j = group;
    }
}

// The churn of entry @p k after change @p c; its new later and down in @p later, @p down.
double ChurnSwapper::churnOf(const Entry &e, int k, const Change &c, double &later,
                             double &down) const
{
    later = e.later;
    down = e.down;
    double free = e.free;
    qint64 displaced = e.displaced;
    if (c.first >= 0) {
        const Entry &a = m_entries[size_t(c.first)], &b = m_entries[size_t(c.second)];
        later += (a.start > e.start ? c.free : 0) - (b.start > e.start ? c.free : 0);
        down += (a.start <= e.start && e.start < a.end ? c.free : 0)
            - (b.start <= e.start && e.start < b.end ? c.free : 0);
        free += k == c.first ? c.free : k == c.second ? -c.free : 0;
        displaced += k == c.first ? c.displaced : k == c.second ? -c.displaced : 0;
    }
    const double u = m_upFree - down - (e.end > e.start ? 0 : free);
    return u > 1e-9 ? double(displaced) * std::max(0.0, later) / u : 0;
}

// Only entries starting from the first window's start to the later window's end change.
double ChurnSwapper::delta(const Change &c) const
{
    const qint64 until = std::max(m_entries[size_t(c.first)].end, m_entries[size_t(c.second)].end);
    double d = 0, later = 0, down = 0;
    for (int k = m_entries[size_t(c.first)].groupStart;
         k < int(m_entries.size()) && m_entries[size_t(k)].start < until; ++k) {
        const Entry &e = m_entries[size_t(k)];
        d += churnOf(e, k, c, later, down) - e.churn;
    }
    return d;
}

void ChurnSwapper::apply(const Change &c)
{
    const qint64 until = std::max(m_entries[size_t(c.first)].end, m_entries[size_t(c.second)].end);
    const int from = m_entries[size_t(c.first)].groupStart;
    std::vector<Entry> updated;
    for (int k = from; k < int(m_entries.size()) && m_entries[size_t(k)].start < until; ++k) {
        Entry e = m_entries[size_t(k)];
        e.churn = churnOf(e, k, c, e.later, e.down);
        updated.push_back(e);
    }
    for (size_t n = 0; n < updated.size(); ++n) {
        Entry &e = m_entries[size_t(from) + n];
        m_churn += updated[n].churn - e.churn;
        e = updated[n];
    }
    m_entries[size_t(c.first)].free += c.free;
    m_entries[size_t(c.second)].free -= c.free;
    m_entries[size_t(c.first)].displaced += c.displaced;
    m_entries[size_t(c.second)].displaced -= c.displaced;
}

bool ChurnSwapper::trySwap(int i, int j, int &budget)
{
    const QList<PlanningMachine> &ms = m_cluster.machines();
    // Positions in the window's machine list, by free CPUs (then position, for determinism).
    auto candidates = [&](const QList<int> &window, bool mostFree) {
        std::vector<int> pos(size_t(window.size()));
        std::iota(pos.begin(), pos.end(), 0);
        const size_t n = std::min(pos.size(), size_t(kCandidates));
        std::partial_sort(pos.begin(), pos.begin() + qsizetype(n), pos.end(), [&](int x, int y) {
            const double fx = key(ms[window[x]]), fy = key(ms[window[y]]);
            if (fx != fy)
                return mostFree ? fx > fy : fx < fy;
            return x < y;
        });
        pos.resize(n);
        return pos;
    };
    QList<int> &early = m_plan[i].machines;
    QList<int> &late = m_plan[j].machines;
    struct Option
    {
        double delta;
        int a, b; ///< positions in early and late
        Change change;
    };
    std::vector<Option> options;
    for (int a : candidates(early, false)) {
        for (int b : candidates(late, true)) {
            if (budget <= 0)
                break;
            --budget;
            const PlanningMachine &ma = ms[early[a]], &mb = ms[late[b]];
            const Change c {m_entryOfPlan[size_t(i)], m_entryOfPlan[size_t(j)],
                            mb.freeCpus() - ma.freeCpus(), qint64(mb.tasks) - ma.tasks};
            if (c.free == 0 && c.displaced == 0)
                continue;
            const double d = delta(c);
            if (d < -1e-7)
                options.push_back({d, a, b, c});
        }
    }
    std::stable_sort(options.begin(), options.end(),
                     [](const Option &x, const Option &y) { return x.delta < y.delta; });
    const PlanWindow &wi = m_plan[i], &wj = m_plan[j];
    for (const Option &o : options) {
        const int a = early[o.a], b = late[o.b];
        if (!m_state.mayReplace(a, b, wi.startNs, wi.endNs())
            || !m_state.mayReplace(b, a, wj.startNs, wj.endNs()))
            continue;
        m_state.replace(a, b, wi.startNs, wi.endNs());
        m_state.replace(b, a, wj.startNs, wj.endNs());
        early[o.a] = b;
        late[o.b] = a;
        apply(o.change);
        return true;
    }
    return false;
}

int ChurnSwapper::improve(int budget)
{
    // Each zone's plan windows by start (a plan window lies in one zone).
    QList<QList<int>> lanes(m_cluster.zones().size());
    std::vector<int> byStart(size_t(m_plan.size()));
    std::iota(byStart.begin(), byStart.end(), 0);
    std::stable_sort(byStart.begin(), byStart.end(),
                     [&](int a, int b) { return m_plan[a].startNs < m_plan[b].startNs; });
    for (int p : byStart) {
        if (!m_plan[p].machines.isEmpty())
            lanes[m_cluster.machines()[m_plan[p].machines.first()].zone].append(p);
    }
    int kept = 0;
    for (bool changed = true; changed && budget > 0;) {
        changed = false;
        for (const QList<int> &lane : std::as_const(lanes)) {
            for (qsizetype q = 1; q < lane.size() && budget > 0; ++q) {
                const PlanWindow &a = m_plan[lane[q - 1]], &b = m_plan[lane[q]];
                if (a.endNs() > b.startNs || !trySwap(lane[q - 1], lane[q], budget))
                    continue;
                ++kept;
                changed = true;
            }
        }
    }
    return kept;
}
