#include "planning/planningchecks.h"

#include "planning/churnmodel.h"
#include "planning/draftschedule.h"
#include "planning/stepfunction.h"

#include <QDateTime>

namespace {

LimitChecker::Interval intervalOf(const Unavailability &u)
{
    return {u.startNs, u.endNs().value_or(StepFunction::kForever)};
}

bool perZone(PlanningLimit limit)
{
    return limit == PlanningLimit::MaxDownPerZone || limit == PlanningLimit::MinAgentsPerZone
        || limit == PlanningLimit::MinCpusPerZone || limit == PlanningLimit::MinMemPerZone;
}

} // namespace

PlanningChecks::PlanningChecks(DraftSchedule *draft, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
    , m_checker(std::make_unique<LimitChecker>(m_cluster, m_policy.limits))
{
    connect(m_draft, &DraftSchedule::windowsChanged, this, &PlanningChecks::recompute);
}

PlanningChecks::~PlanningChecks() = default;

void PlanningChecks::setPolicy(const PlanningPolicy &policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    recompute();
    Q_EMIT policyChanged(m_policy);
}

void PlanningChecks::setAgents(const QList<Agent> &agents)
{
    if (agents == m_agents)
        return;
    m_agents = agents;
    recompute();
}

void PlanningChecks::setDownMachines(const QList<MachineId> &down)
{
    if (down == m_down)
        return;
    m_down = down;
    recompute();
}

void PlanningChecks::recompute()
{
    // The checker holds a reference to the cluster: drop it before the cluster is replaced.
    m_checker.reset();
    const Schedule schedule = m_draft->schedule();
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    m_cluster = PlanningCluster::build(m_agents, schedule, m_down, m_policy.rackAttribute, now);
    m_checker = std::make_unique<LimitChecker>(m_cluster, m_policy.limits);
    m_planWindows = m_cluster.windowsOf(schedule);
    m_windowIds.clear();
    for (const DraftWindow &w : m_draft->windows())
        m_windowIds.append(w.id);
    m_checker->setWindows(m_planWindows);
    m_violations = m_checker->violations();
    attributeViolations();

    const ChurnModel churn = ChurnModel::compute(m_cluster, m_planWindows);
    m_churn.clear();
    m_displaced.clear();
    for (qsizetype i = 0; i < churn.windows.size() && i < m_windowIds.size(); ++i) {
        m_churn.insert(m_windowIds[i], churn.windows[i].churn);
        m_displaced.insert(m_windowIds[i], churn.windows[i].displaced);
    }
    m_totalChurn = churn.totalChurn;
    Q_EMIT changed();
}

bool PlanningChecks::touches(const PlanWindow &w, const LimitViolation &v) const
{
    if (w.startNs >= v.endNs || w.endNs() <= v.startNs)
        return false;
    if (v.scope.isEmpty())
        return !w.machines.isEmpty();
    const bool zone = perZone(v.limit);
    for (int m : w.machines) {
        const PlanningMachine &machine = m_cluster.machines().at(m);
        if (zone && m_cluster.zones().at(machine.zone) == v.scope)
            return true;
        if (!zone && machine.rack >= 0 && m_cluster.racks().at(machine.rack) == v.scope)
            return true;
    }
    return false;
}

void PlanningChecks::attributeViolations()
{
    // W windows × V violations: both are small next to a paint, and this runs once per edit.
    m_violationsOf.clear();
    for (const LimitViolation &v : std::as_const(m_violations)) {
        for (qsizetype i = 0; i < m_planWindows.size(); ++i) {
            if (touches(m_planWindows[i], v))
                m_violationsOf[m_windowIds.value(i)].append(v);
        }
    }
}

std::optional<double> PlanningChecks::churnOf(WindowId id) const
{
    const auto it = m_churn.constFind(id);
    if (it == m_churn.cend())
        return std::nullopt;
    return *it;
}

QList<LimitViolation> PlanningChecks::checkWindow(const QList<MachineId> &machines, WindowId window,
                                                  const Unavailability &proposed) const
{
    QList<int> indexes;
    for (const MachineId &id : machines) {
        if (const std::optional<int> i = m_cluster.indexOf(id))
            indexes.append(*i);
    }
    if (indexes.isEmpty())
        return {};
    std::optional<LimitChecker::Interval> current;
    if (const DraftWindow *w = window ? m_draft->window(window) : nullptr)
        current = intervalOf(w->window.unavailability);
    return m_checker->checkWindow(indexes, current, intervalOf(proposed));
}

void PlanningChecks::setDragPreview(const QList<MachineId> &machines, WindowId window,
                                    const Unavailability &proposed)
{
    DragPreview preview;
    for (const MachineId &id : machines) {
        if (const std::optional<int> i = m_cluster.indexOf(id))
            preview.machines.append(*i);
    }
    if (const DraftWindow *w = window ? m_draft->window(window) : nullptr)
        preview.current = intervalOf(w->window.unavailability);
    preview.proposed = intervalOf(proposed);
    m_dragPreview = std::move(preview);
    Q_EMIT dragPreviewChanged();
}

void PlanningChecks::clearDragPreview()
{
    if (!m_dragPreview)
        return;
    m_dragPreview.reset();
    Q_EMIT dragPreviewChanged();
}

CapacityProfile PlanningChecks::withDragPreview(const CapacityProfile &base,
                                                std::optional<int> zone) const
{
    if (!m_dragPreview)
        return base;
    CapacityStep delta;
    for (int i : m_dragPreview->machines) {
        const PlanningMachine &m = m_cluster.machines().at(i);
        // As in LimitChecker::checkWindow: a DOWN machine is down anyway.
        if (m.mode == MachineMode::Down || (zone && m.zone != *zone))
            continue;
        const auto w = DownProfile::weights(m);
        delta.agents += w[DownProfile::Agents];
        delta.cpus += w[DownProfile::Cpus];
        delta.mem += w[DownProfile::Mem];
    }
    return base.moved(delta, m_dragPreview->current, m_dragPreview->proposed);
}
