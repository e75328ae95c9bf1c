#include "alerts/alerttexts.h"

#include "duration.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace {

int clampedTasks(qint64 tasks)
{
    return int(qMin<qint64>(tasks, 1 << 30));
}

} // namespace

QString AlertTexts::frameworkName(const QString &id) const
{
    const QString name = m_snapshot.frameworkNames.value(id);
    return name.isEmpty() ? id : name;
}

QString AlertTexts::readiness(const DrainReadiness &r)
{
    const auto nameOf = [this](const QString &f) {
        return frameworkName(f);
    };
    if (r.state != DrainReadiness::State::Blocked)
        return r.describe(nameOf);
    Blockers key {r.blockers};
    auto it = m_readiness.find(key);
    if (it == m_readiness.end())
        it = m_readiness.insert(std::move(key), r.describe(nameOf));
    return *it;
}

const QString &AlertTexts::tasks(int n)
{
    auto it = m_tasks.find(n);
    if (it == m_tasks.end())
        it = m_tasks.insert(n, tr("%n task(s)", "", n));
    return *it;
}

const QString &AlertTexts::holder(const MachineLive &m, const QString &framework)
{
    const InverseOfferStatus *latest = nullptr;
    for (const InverseOfferStatus &a : m.answers) {
        if (a.frameworkId == framework && (!latest || a.timestampNs >= latest->timestampNs))
            latest = &a;
    }
    HolderKey key {framework, 0, -1};
    if (latest && latest->answer == InverseOfferStatus::Answer::Decline)
        key.answer = 1;
    else if (latest && latest->answer != InverseOfferStatus::Answer::Unknown)
        key.answer = 2;
    // The state summary does not count tasks per framework: then only a lone framework holding
    // tasks is known to hold them all.
    if (const std::optional<int> own = m.tasksOf(framework))
        key.tasks = *own;
    else if (m.frameworksWithTasks.size() == 1)
        key.tasks = clampedTasks(m.tasks);
    auto it = m_holders.find(key);
    if (it != m_holders.end())
        return *it;
    QString parts = key.answer == 0 ? tr("never answered")
        : key.answer == 1           ? tr("declined")
                                    : tr("accepted, tasks not moving");
    if (key.tasks >= 0)
        parts += u", "_s + tasks(key.tasks);
    QString text = tr("%1 (%2)", "a framework and its answer").arg(frameworkName(framework), parts);
    return *m_holders.insert(std::move(key), std::move(text));
}

QString AlertTexts::stuckCause(const MachineLive &m, qint64 flatMs)
{
    const int n = clampedTasks(m.tasks);
    auto templ = m_stuckTemplates.find(n);
    if (templ == m_stuckTemplates.end())
        templ = m_stuckTemplates.insert(
            n, ArgTemplate(tr("%1: %n task(s) left, none finished for %2; held by %3", "", n)));
    auto duration = m_durations.find(flatMs);
    if (duration == m_durations.end())
        duration = m_durations.insert(flatMs, Duration::format(flatMs));
    // The holders joined with ", ", in one allocation. (Copies, not references: the cache of
    // holders may grow meanwhile.)
    QVarLengthArray<QString, 4> parts;
    qsizetype size = 0;
    for (const QString &f : m.frameworksWithTasks) {
        parts.append(holder(m, f));
        size += parts.last().size() + 2;
    }
    QString holders;
    holders.reserve(size);
    for (const QString &part : parts) {
        if (!holders.isEmpty())
            holders += u", "_s;
        holders += part;
    }
    return templ->fill(m.id.displayName(), *duration, holders);
}

const QString &AlertTexts::stuckSuggestion()
{
    if (!m_stuckSuggestion)
        m_stuckSuggestion = tr("Ask the frameworks' owners to move their tasks, or start "
                               "maintenance: the tasks left are killed.");
    return *m_stuckSuggestion;
}

QString AlertTexts::agentLostCause(const MachineLive &m)
{
    return m.agents == 0
        ? tr("%1 is scheduled but has no registered agent (unreachable or removed)")
              .arg(m.id.displayName())
        : tr("The agent of %1 is disconnected").arg(m.id.displayName());
}

const QString &AlertTexts::agentLostSuggestion()
{
    if (!m_agentLostSuggestion)
        m_agentLostSuggestion = tr("Check the host; if it is gone for good, start maintenance "
                                   "on it.");
    return *m_agentLostSuggestion;
}

QString AlertTexts::silentCause(const QString &framework, qsizetype machines)
{
    return tr("%1 has answered no inverse offer, on %n draining machine(s)", "", int(machines))
        .arg(frameworkName(framework));
}

const QString &AlertTexts::silentSuggestion()
{
    if (!m_silentSuggestion)
        m_silentSuggestion = tr("Ask its owners whether it handles inverse offers; its tasks "
                                "are killed when maintenance starts.");
    return *m_silentSuggestion;
}
