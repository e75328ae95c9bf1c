#pragma once

#include "alerts/argtemplate.h"
#include "live/livesnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

/// The words of the alert rules, for AlertRules::compute() only: each phrase translated once per
/// computation and reused. With every drain stuck at 10,000 agents the rules write the same few
/// phrases ("kafka (declined, 12 task(s))", "30m", a suggestion) a thousand times each, and
/// QCoreApplication::translate() decodes its source text afresh on every call. The texts are
/// exactly those of translating each time. One per computation (not thread-safe).
class AlertTexts
{
    Q_DECLARE_TR_FUNCTIONS(AlertTexts)

public:
    explicit AlertTexts(const LiveSnapshot &snapshot)
        : m_snapshot(snapshot)
    { }

    /// A framework's name, or its ID when the master does not name it.
    QString frameworkName(const QString &id) const;

    /// DrainReadiness::describe() with the frameworks' names ("blocked: kafka declined").
    QString readiness(const DrainReadiness &r);
    /// "%1: %n task(s) left, none finished for %2; held by %3" for @p m, flat for @p flatMs.
    QString stuckCause(const MachineLive &m, qint64 flatMs);
    const QString &stuckSuggestion();
    /// "%1 is scheduled but has no registered agent …" or "The agent of %1 is disconnected".
    QString agentLostCause(const MachineLive &m);
    const QString &agentLostSuggestion();
    QString silentCause(const QString &framework, qsizetype machines);
    const QString &silentSuggestion();

private:
    /// One framework holding tasks on a stuck machine: "kafka (declined, 12 task(s))".
    const QString &holder(const MachineLive &m, const QString &framework);
    const QString &tasks(int n);

    struct HolderKey
    {
        QString framework;
        int answer = 0; ///< 0 never answered, 1 declined, 2 accepted
        int tasks = -1; ///< -1: not known
        friend bool operator==(const HolderKey &, const HolderKey &) = default;
        friend size_t qHash(const HolderKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.framework, k.answer, k.tasks);
        }
    };

    struct Blockers
    {
        QList<DrainReadiness::Blocker> list;
        friend bool operator==(const Blockers &, const Blockers &) = default;
        friend size_t qHash(const Blockers &b, size_t seed = 0) noexcept
        {
            for (const DrainReadiness::Blocker &x : b.list)
                seed = qHashMulti(seed, x.frameworkId, x.declined);
            return seed;
        }
    };

    const LiveSnapshot &m_snapshot;
    QHash<HolderKey, QString> m_holders;
    QHash<Blockers, QString> m_readiness; ///< the texts of blocked machines
    QHash<int, QString> m_tasks; ///< n → "%n task(s)"
    QHash<int, ArgTemplate> m_stuckTemplates; ///< n → the stuck cause with %n filled in
    QHash<qint64, QString> m_durations; ///< ms → Duration::format
    std::optional<QString> m_stuckSuggestion;
    std::optional<QString> m_agentLostSuggestion;
    std::optional<QString> m_silentSuggestion;
};
