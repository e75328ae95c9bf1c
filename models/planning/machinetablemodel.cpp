#include "machinetablemodel.h"

#include "saturating.h"

#include "draftschedule.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QList<int> s_agentRoles = {Qt::DisplayRole,
                                 MachineTableModel::ZoneRole,
                                 MachineTableModel::TaskCountRole,
                                 MachineTableModel::PlanRole,
                                 MachineTableModel::ReadinessRole,
                                 MachineTableModel::AgentDrainRole,
                                 Qt::ToolTipRole};
const QList<int> s_statusRoles = {Qt::DisplayRole,
                                  MachineTableModel::ModeRole,
                                  MachineTableModel::PlanRole,
                                  MachineTableModel::ReadinessRole,
                                  MachineTableModel::AnswersRole,
                                  Qt::ToolTipRole};
const QList<int> s_draftRoles = {Qt::DisplayRole, MachineTableModel::WindowIdRole,
                                 MachineTableModel::WindowStartRole, MachineTableModel::PlanRole};

} // namespace

MachineTableModel::MachineTableModel(DraftSchedule *draft, QObject *parent)
    : QAbstractTableModel(parent)
    , m_draft(draft)
{
    Q_ASSERT(draft);
    connect(draft, &DraftSchedule::machinesChanged, this,
            [this](const QList<MachineId> &machines) { sync(machines, s_draftRoles); });
    sync(draft->scheduledMachines(), s_draftRoles);
}

void MachineTableModel::setAgents(const QList<Agent> &agents)
{
    QHash<MachineId, AgentInfo> next;
    next.reserve(agents.size());
    for (const Agent &a : agents) {
        AgentInfo &info = next[a.machineId()];
        if (info.agents == 0) {
            info.zone = a.zone;
            if (!a.zone.isEmpty())
                m_knownZones.insert(a.machineId(), a.zone);
        }
        ++info.agents;
        info.tasks = Saturating::add(info.tasks, a.taskCount);
        a.addFrameworksTo(info.frameworks);
        info.drain = AgentDrain::combine(info.drain, AgentDrain::of(a));
    }
    // In the order of the agents, so that new machines are appended in that order.
    QList<MachineId> touched;
    QSet<MachineId> seen;
    for (const Agent &a : agents) {
        const MachineId id = a.machineId();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto old = m_agents.constFind(id);
        if (old == m_agents.cend() || *old != next.value(id))
            touched.append(id);
    }
    for (auto it = m_agents.cbegin(); it != m_agents.cend(); ++it) {
        if (!next.contains(it.key()))
            touched.append(it.key());
    }
    m_agents = std::move(next);
    sync(touched, s_agentRoles);
}

void MachineTableModel::setStatus(const MaintenanceStatus &status)
{
    QHash<MachineId, StatusInfo> next;
    for (const DrainingMachine &d : status.draining)
        next.insert(d.id, StatusInfo {MachineMode::Draining, d.statuses});
    for (const MachineId &m : status.down)
        next.insert(m, StatusInfo {MachineMode::Down, {}});
    QList<MachineId> touched;
    QList<MachineId> order;
    for (const DrainingMachine &d : status.draining)
        order.append(d.id);
    order.append(status.down);
    for (const MachineId &id : std::as_const(order)) {
        const auto old = m_status.constFind(id);
        if (old == m_status.cend() || *old != next.value(id))
            touched.append(id);
    }
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it) {
        if (!next.contains(it.key()))
            touched.append(it.key());
    }
    m_status = std::move(next);
    sync(touched, s_statusRoles);
}

void MachineTableModel::setDisplayUtc(bool utc)
{
    if (m_utc == utc)
        return;
    m_utc = utc;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, WindowColumn), index(int(m_rows.size()) - 1, WindowColumn),
                           {Qt::DisplayRole});
}

bool MachineTableModel::wanted(const MachineId &machine) const
{
    return m_agents.contains(machine) || m_status.contains(machine)
        || (m_draft
            && (m_draft->windowIdOf(machine) != 0 || m_draft->baseUnavailabilityOf(machine)));
}

void MachineTableModel::sync(const QList<MachineId> &machines, const QList<int> &roles)
{
    QList<int> changed;
    QList<int> removed;
    QList<MachineId> added;
    QSet<MachineId> addedSet;
    for (const MachineId &m : machines) {
        const int row = rowOf(m);
        const bool want = wanted(m);
        if (row < 0) {
            if (want && !addedSet.contains(m)) {
                added.append(m);
                addedSet.insert(m);
            }
            continue;
        }
        if (!want) {
            removed.append(row);
            continue;
        }
        Row &r = m_rows[row];
        r.agent = m_agents.value(m);
        r.status = m_status.value(m);
        changed.append(row);
    }
    emitRowsChanged(changed, roles);

    if (!removed.isEmpty()) {
        std::sort(removed.begin(), removed.end(), std::greater<int>());
        removed.erase(std::unique(removed.begin(), removed.end()), removed.end());
        qsizetype i = 0;
        while (i < removed.size()) {
            int last = removed[i];
            int first = last;
            while (i + 1 < removed.size() && removed[i + 1] == first - 1)
                first = removed[++i];
            ++i;
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
        }
        m_rowOf.clear();
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowOf.insert(m_rows[row].id, row);
    }

    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const MachineId &m : std::as_const(added)) {
            m_rowOf.insert(m, int(m_rows.size()));
            m_rows.append(Row {m, m_agents.value(m), m_status.value(m)});
        }
        endInsertRows();
    }
}

void MachineTableModel::emitRowsChanged(QList<int> rows, const QList<int> &roles)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        const int first = rows[i];
        int last = first;
        while (i + 1 < rows.size() && rows[i + 1] <= last + 1)
            last = rows[++i];
        ++i;
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), roles);
    }
}

MachinePlan MachineTableModel::planOf(const Row &row) const
{
    MachinePlan plan;
    plan.mode = row.status.mode;
    plan.taskCount = row.agent.tasks;
    plan.agentDrain = row.agent.drain;
    if (m_draft) {
        plan.windowId = m_draft->windowIdOf(row.id);
        if (const DraftWindow *w = m_draft->window(plan.windowId))
            plan.planned = w->window.unavailability;
        plan.base = m_draft->baseUnavailabilityOf(row.id);
        plan.change = m_draft->changeOf(row.id);
    }
    plan.readiness = MachinePlan::readinessOf(readinessOf(row));
    return plan;
}

QString MachineTableModel::answersText(const Row &row) const
{
    QStringList lines;
    for (const InverseOfferStatus &a : row.status.answers)
        lines.append(tr("%1: %2").arg(frameworkName(a.frameworkId),
                                      InverseOfferStatus::answerName(a.answer)));
    return lines.join(u'\n');
}

DrainReadiness MachineTableModel::readinessOf(const Row &row) const
{
    return DrainReadiness::evaluate(row.status.mode == MachineMode::Draining, row.agent.tasks,
                                    row.agent.frameworks, row.status.answers);
}

QString MachineTableModel::readinessText(const Row &row) const
{
    return readinessOf(row).describe([this](const QString &id) { return frameworkName(id); });
}

QString MachineTableModel::zoneOf(const Row &row) const
{
    return row.agent.zone.isEmpty() ? m_knownZones.value(row.id) : row.agent.zone;
}

void MachineTableModel::setFrameworkNames(const QHash<QString, QString> &names)
{
    if (names == m_frameworkNames)
        return;
    m_frameworkNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ReadinessColumn), index(rowCount() - 1, ReadinessColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, AnswersRole});
}

int MachineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MachineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MachineTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case HostnameColumn:
            return row.id.hostnameOrEmpty();
        case IpColumn:
            return row.id.ipOrEmpty();
        case ZoneColumn:
            return zoneOf(row);
        case ModeColumn:
            return machineModeName(row.status.mode);
        case WindowColumn: {
            const DraftWindow *w = m_draft ? m_draft->window(m_draft->windowIdOf(row.id)) : nullptr;
            if (!w)
                return QString();
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(
                w->window.unavailability.startNs / 1000000, m_utc ? Qt::UTC : Qt::LocalTime);
            return start.toString(u"yyyy-MM-dd HH:mm"_s);
        }
        case TasksColumn:
            return row.agent.agents > 0 || row.status.mode == MachineMode::Draining
                ? QVariant(row.agent.tasks)
                : QVariant();
        case ReadinessColumn:
            return readinessText(row);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ModeColumn && row.agent.drain != AgentDrain::State::None)
            return AgentDrain::name(row.agent.drain);
        return row.status.answers.isEmpty() ? QVariant() : QVariant(answersText(row));
    case MachineIdRole:
        return QVariant::fromValue(row.id);
    case HostnameRole:
        return row.id.hostnameOrEmpty();
    case IpRole:
        return row.id.ipOrEmpty();
    case ZoneRole:
        return zoneOf(row);
    case ModeRole:
        return int(row.status.mode);
    case WindowIdRole:
        return m_draft ? QVariant::fromValue(m_draft->windowIdOf(row.id)) : QVariant();
    case WindowStartRole: {
        const DraftWindow *w = m_draft ? m_draft->window(m_draft->windowIdOf(row.id)) : nullptr;
        return w ? QVariant::fromValue(w->window.unavailability.startNs) : QVariant();
    }
    case PlanRole:
        return QVariant::fromValue(planOf(row));
    case ReadinessRole:
        return int(planOf(row).readiness);
    case AnswersRole:
        return answersText(row);
    case TaskCountRole:
        return row.agent.tasks;
    case AgentDrainRole:
        return int(row.agent.drain);
    }
    return {};
}

QVariant MachineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HostnameColumn:
        return tr("Hostname");
    case IpColumn:
        return tr("IP");
    case ZoneColumn:
        return tr("Zone");
    case ModeColumn:
        return tr("Mode");
    case WindowColumn:
        return tr("Window");
    case TasksColumn:
        return tr("Tasks");
    case ReadinessColumn:
        return tr("Readiness");
    }
    return {};
}

Qt::ItemFlags MachineTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> MachineTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MachineIdRole, "machineId");
    names.insert(HostnameRole, "hostname");
    names.insert(IpRole, "ip");
    names.insert(ZoneRole, "zone");
    names.insert(ModeRole, "mode");
    names.insert(WindowIdRole, "windowId");
    names.insert(WindowStartRole, "windowStart");
    names.insert(PlanRole, "plan");
    names.insert(ReadinessRole, "readiness");
    names.insert(AnswersRole, "answers");
    names.insert(TaskCountRole, "taskCount");
    names.insert(AgentDrainRole, "agentDrain");
    return names;
}
