#include "alerts/alertrules.h"

#include "alerts/alerttexts.h"
#include "schedulediff.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(AlertRules)
};

constexpr qint64 kNsPerMs = 1000000;
constexpr qsizetype kDetailLines = 6; // what the panel shows; the machines list has all

/// Collects the per-window alerts in first-seen order; one lookup per window and kind.
class Groups
{
public:
    void startWindow(const QString &subject)
    {
        m_subject = subject;
        std::fill(std::begin(m_current), std::end(m_current), -1);
    }
    Alert &at(Alert::Kind kind)
    {
        qsizetype &i = m_current[int(kind)];
        if (i < 0) {
            const QString key = Alert::kindName(kind) + u'|' + m_subject;
            const auto it = m_index.constFind(key);
            if (it != m_index.cend()) {
                i = *it;
            } else {
                i = m_alerts.size();
                m_index.insert(key, i);
                Alert a;
                a.kind = kind;
                a.subject = m_subject;
                a.sinceMs = std::numeric_limits<qint64>::max();
                m_alerts.append(a);
            }
        }
        return m_alerts[i];
    }
    QList<Alert> &alerts() { return m_alerts; }

private:
    QList<Alert> m_alerts;
    QHash<QString, qsizetype> m_index;
    QString m_subject;
    qsizetype m_current[Alert::kKindCount] = {};
};

QString windowSubject(const Unavailability &u)
{
    return u"window@%1+%2"_s.arg(u.startNs).arg(u.durationNs ? QString::number(*u.durationNs)
                                                             : u"open"_s);
}

void finishWindowAlert(Alert &a)
{
    const int n = int(a.machines.size());
    switch (a.kind) {
    case Alert::Kind::DrainingPastStart:
        a.severity = Alert::Severity::Warning;
        a.cause = Texts::tr("%n machine(s) still draining after their window started", "", n);
        a.suggestion = Texts::tr("Start maintenance once the frameworks agree, or now: the tasks "
                                 "left are killed.");
        a.action = Alert::Action::StartMaintenance;
        break;
    case Alert::Kind::DownPastEnd:
        a.severity = Alert::Severity::Warning;
        a.cause = Texts::tr("%n machine(s) still down after their window ended", "", n);
        a.suggestion = Texts::tr("Bring the machines up: maintenance is over.");
        a.action = Alert::Action::BringUp;
        break;
    case Alert::Kind::ReadyIdle:
        a.severity = Alert::Severity::Info;
        a.cause = Texts::tr("%n machine(s) ready inside their window, but maintenance has not "
                            "started",
                            "", n);
        a.suggestion = Texts::tr("Start maintenance: no framework objects.");
        a.action = Alert::Action::StartMaintenance;
        break;
    default:
        break;
    }
}

struct Silent
{
    QList<MachineId> machines;
    qint64 sinceMs = std::numeric_limits<qint64>::max();
    bool known = false; ///< some machine gave evidence of how old the offer is
    std::optional<qint64> registeredMs; ///< it owes nothing from before it registered
};

// When @p framework registered, or was first seen: the snapshot's own time where the master
// tells it (v1), else what the caller remembers.
std::optional<qint64> registeredMs(const AlertInput &in, const QString &framework)
{
    for (const Framework &fw : in.snapshot.cluster.frameworks) {
        if (fw.id == framework && fw.registeredAtMs)
            return fw.registeredAtMs;
    }
    if (in.frameworkSince) {
        const auto it = in.frameworkSince->constFind(framework);
        if (it != in.frameworkSince->cend())
            return *it;
    }
    return std::nullopt;
}

// How long the inverse offers of a draining machine have been out, at the least: since another
// framework answered there (answers are wiped and offers sent again with every schedule post,
// so the drain history's start says nothing about the offers out now).
std::optional<qint64> offersOutSinceMs(const MachineLive &m)
{
    std::optional<qint64> since;
    for (const InverseOfferStatus &a : m.answers) {
        if (a.answer != InverseOfferStatus::Answer::Unknown)
            since = qMin(since.value_or(std::numeric_limits<qint64>::max()),
                         a.timestampNs / kNsPerMs);
    }
    return since;
}

void scheduleChanged(const AlertInput &in, QList<Alert> &out)
{
    if (!in.baseline || *in.baseline == in.snapshot.schedule)
        return;
    const ScheduleDiff diff = ScheduleDiff::compute(*in.baseline, in.snapshot.schedule);
    if (diff.isEmpty())
        return; // the same windows in another order
    using W = ScheduleDiff::WindowChange::Kind;
    using M = ScheduleDiff::MachineChange::Kind;
    QStringList parts;
    const auto add = [&parts](qsizetype n, const QString &text) {
        if (n > 0)
            parts << text;
    };
    const qsizetype retimedWindows
        = diff.count(W::Moved) + diff.count(W::Resized) + diff.count(W::MovedAndResized);
    add(diff.count(W::Added), Texts::tr("%n window(s) added", "", int(diff.count(W::Added))));
    add(diff.count(W::Removed), Texts::tr("%n window(s) removed", "", int(diff.count(W::Removed))));
    add(retimedWindows, Texts::tr("%n window(s) moved or resized", "", int(retimedWindows)));
    add(diff.count(M::Added), Texts::tr("%n machine(s) added", "", int(diff.count(M::Added))));
    add(diff.count(M::Removed),
        Texts::tr("%n machine(s) removed", "", int(diff.count(M::Removed))));
    add(diff.count(M::MovedBetweenWindows),
        Texts::tr("%n machine(s) moved to another window", "",
                  int(diff.count(M::MovedBetweenWindows))));
    Alert a;
    a.kind = Alert::Kind::ScheduleChanged;
    a.severity = Alert::Severity::Info;
    a.sinceMs = in.snapshot.takenAtMs > 0 ? in.snapshot.takenAtMs : in.nowMs;
    for (const ScheduleDiff::MachineChange &c : diff.machines)
        a.machines.append(c.machine);
    a.cause = Texts::tr("The schedule was changed on the master: %1")
                  .arg(parts.join(Texts::tr(", ", "between the parts of a change")));
    a.suggestion = Texts::tr("Check the change with whoever made it; acknowledge it to clear "
                             "this alert.");
    a.details = diff.describe();
    a.action = Alert::Action::Acknowledge;
    // A further change is a new cause; a machine brought up (which the tracker takes out of the
    // baseline too) is not: the subject is the change itself.
    // Window numbers shift when another window goes: hash what changed, not where.
    const auto time = [](const std::optional<Unavailability> &u) {
        return u ? qHashMulti(0, u->startNs, u->durationNs.value_or(-1)) : size_t(0);
    };
    size_t h = 0;
    for (const ScheduleDiff::WindowChange &w : diff.windows)
        h = qHashMulti(h, int(w.kind), time(w.before), time(w.after), w.machineCount);
    for (const ScheduleDiff::MachineChange &m : diff.machines)
        h = qHashMulti(h, int(m.kind), m.machine, time(m.before), time(m.after));
    a.subject = u"schedule@"_s + QString::number(h, 16);
    out.append(a);
}

} // namespace

std::optional<qint64> AlertRules::lastFallMs(const DrainHistory &history)
{
    const QList<DrainHistory::Sample> &s = history.samples();
    if (s.isEmpty())
        return std::nullopt;
    for (qsizetype i = s.size() - 1; i > 0; --i) {
        if (s[i].tasks < s[i - 1].tasks)
            return s[i].atMs;
    }
    return history.startedAtMs();
}

qint64 AlertRules::readySinceMs(const MachineLive &m, const DrainHistory *history,
                                qint64 windowStartMs)
{
    qint64 since = windowStartMs;
    if (m.tasks > 0) {
        // Ready because every framework with tasks accepted: since the last of them did.
        for (const InverseOfferStatus &a : m.answers) {
            if (a.answer == InverseOfferStatus::Answer::Accept
                && m.frameworksWithTasks.contains(a.frameworkId))
                since = qMax(since, a.timestampNs / kNsPerMs);
        }
        return since;
    }
    if (!history)
        return since;
    // Without tasks: since the last stretch without tasks began. A machine never seen with
    // tasks may have been empty all along: its window's start is the best we know.
    const QList<DrainHistory::Sample> &s = history->samples();
    qsizetype i = s.size();
    while (i > 0 && s[i - 1].tasks <= 0)
        --i;
    if (i > 0 && i < s.size())
        since = qMax(since, s[i].atMs);
    return since;
}

QList<Alert> AlertRules::compute(const AlertInput &in, QHash<QString, qint64> *candidates)
{
    // A cause without a time of its own counts from its evidence, or from when it was first seen.
    const auto counted = [&in, candidates](const QString &key, qint64 since) {
        if (in.firstSeen)
            since = qMin(since, in.firstSeen->value(key, since));
        if (candidates)
            candidates->insert(key, since);
        return since;
    };
    const LiveSnapshot &snap = in.snapshot;
    const AlertSettings &cfg = in.settings;
    const qint64 now = in.nowMs;
    AlertTexts texts(snap);
    Groups groups;
    QList<Alert> perMachine;
    QHash<QString, Silent> silent;
    QStringList silentOrder;
    QSet<QString> answered; // frameworks that answered somewhere

    // Agents that are neither connected nor deactivated by an operator: disconnected. By
    // machine (as joined), so that the machines of the schedule need no second lookup.
    QHash<const MachineLive *, int> disconnected;
    for (const Agent &agent : snap.cluster.agents) {
        if (!agent.active && !agent.deactivated)
            ++disconnected[snap.machine(agent.machineId())];
    }

    for (const MaintenanceWindow &w : snap.schedule.windows) {
        const qint64 startMs = w.unavailability.startNs / kNsPerMs;
        const std::optional<qint64> endNs = w.unavailability.endNs();
        const std::optional<qint64> endMs
            = endNs ? std::optional<qint64>(*endNs / kNsPerMs) : std::nullopt;
        const bool started = now >= startMs;
        const bool inside = started && (!endMs || now < *endMs);
        groups.startWindow(windowSubject(w.unavailability));
        for (const MachineId &id : w.machines) {
            const MachineLive *m = snap.machine(id);
            if (!m)
                continue;
            if (m->mode == MachineMode::Down) {
                if (endMs && now >= *endMs + cfg.pastEndGraceMs) {
                    Alert &a = groups.at(Alert::Kind::DownPastEnd);
                    a.machines.append(m->id);
                    a.sinceMs = *endMs;
                }
                continue;
            }
            if (m->mode != MachineMode::Draining)
                continue;
            const auto h = in.histories.constFind(m->id);
            const DrainHistory *history = h == in.histories.cend() ? nullptr : &*h;
            const bool ready = m->readiness.state == DrainReadiness::State::Ready;
            if (ready && inside) {
                const qint64 since = AlertRules::readySinceMs(*m, history, startMs);
                if (now - since >= cfg.readyIdleGraceMs) {
                    Alert &a = groups.at(Alert::Kind::ReadyIdle);
                    a.machines.append(m->id);
                    a.sinceMs = qMin(a.sinceMs, since);
                }
            } else if (!ready && started && now >= startMs + cfg.pastStartGraceMs) {
                Alert &a = groups.at(Alert::Kind::DrainingPastStart);
                a.machines.append(m->id);
                a.sinceMs = startMs;
                if (a.details.size() < kDetailLines)
                    a.details << m->id.displayName() + u": "_s + texts.readiness(m->readiness);
            }
            if (m->agents == 0 || disconnected.value(m) == m->agents) {
                Alert a;
                a.kind = Alert::Kind::AgentLost;
                a.severity = inside ? Alert::Severity::Critical : Alert::Severity::Warning;
                a.subject = m->id.lookupKey();
                a.sinceMs = counted(a.key(), snap.takenAtMs > 0 ? snap.takenAtMs : now);
                a.machines = {m->id};
                a.cause = texts.agentLostCause(*m);
                a.suggestion = texts.agentLostSuggestion();
                perMachine.append(std::move(a));
            }
            if (m->tasks > 0 && history) {
                const std::optional<qint64> fell = AlertRules::lastFallMs(*history);
                if (fell && now - *fell >= cfg.stuckAfterMs) {
                    Alert a;
                    a.kind = Alert::Kind::StuckDrain;
                    a.severity = started ? Alert::Severity::Critical : Alert::Severity::Warning;
                    a.sinceMs = *fell;
                    a.machines = {m->id};
                    a.subject = m->id.lookupKey();
                    a.cause = texts.stuckCause(*m, now - *fell);
                    a.suggestion = texts.stuckSuggestion();
                    a.action = Alert::Action::StartMaintenance;
                    perMachine.append(std::move(a));
                }
            }
            // Inverse offers: who answered, who has not.
            for (const InverseOfferStatus &ans : m->answers) {
                if (ans.answer != InverseOfferStatus::Answer::Unknown)
                    answered.insert(ans.frameworkId);
            }
            if (m->tasks <= 0)
                continue;
            const std::optional<qint64> out = offersOutSinceMs(*m);
            for (const DrainReadiness::Blocker &b : m->readiness.blockers) {
                if (b.declined)
                    continue;
                auto it = silent.find(b.frameworkId);
                if (it == silent.end()) {
                    it = silent.insert(b.frameworkId, Silent());
                    it->registeredMs = registeredMs(in, b.frameworkId);
                    silentOrder << b.frameworkId;
                }
                it->machines.append(m->id);
                if (out) {
                    it->known = true;
                    it->sinceMs = qMin(it->sinceMs, *out);
                }
            }
        }
    }

    QList<Alert> result;
    result.reserve(groups.alerts().size() + perMachine.size() + silentOrder.size() + 1);
    for (Alert &a : groups.alerts()) {
        finishWindowAlert(a);
        result.append(std::move(a));
    }
    for (Alert &a : perMachine)
        result.append(std::move(a));
    for (const QString &f : std::as_const(silentOrder)) {
        const Silent &s = silent[f];
        if (answered.contains(f) || (in.answeredBefore && in.answeredBefore->contains(f)))
            continue;
        Alert a;
        a.kind = Alert::Kind::SilentFramework;
        a.subject = f;
        a.sinceMs = counted(a.key(), s.known ? s.sinceMs : now);
        if (s.registeredMs) // it owes no answer from before it registered, on any machine
            a.sinceMs = qMax(a.sinceMs, *s.registeredMs);
        if (now - a.sinceMs < cfg.silentAfterMs)
            continue;
        a.severity = Alert::Severity::Warning;
        a.machines = s.machines;
        a.cause = texts.silentCause(f, s.machines.size());
        a.suggestion = texts.silentSuggestion();
        result.append(std::move(a));
    }
    scheduleChanged(in, result);
    return result;
}
