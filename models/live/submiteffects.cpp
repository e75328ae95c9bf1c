#include "live/submiteffects.h"

#include "live/livesnapshot.h"

#include <QSet>

QStringList SubmitEffects::describe(const ScheduleDiff &diff, const LiveSnapshot *snapshot)
{
    QStringList effects;
    QSet<QString> frameworks;
    for (const ScheduleDiff::MachineChange &c : diff.machines) {
        if (c.kind != ScheduleDiff::MachineChange::Kind::Added)
            continue;
        const MachineLive *m = snapshot ? snapshot->machine(c.machine) : nullptr;
        if (m && m->mode != MachineMode::Up)
            continue; // already DRAINING or DOWN: adding it to the schedule changes no mode
        effects << tr("%1 starts DRAINING on submit (%2 tasks)")
                       .arg(c.machine.displayName())
                       .arg(m ? m->tasks : 0);
        for (const QString &fw : m ? m->frameworksWithTasks : QStringList())
            frameworks.insert(snapshot->frameworkNames.value(fw, fw));
    }
    for (const ScheduleDiff::MachineChange &c : diff.machines) {
        if (c.kind == ScheduleDiff::MachineChange::Kind::Removed)
            effects << tr("%1 goes back UP (its inverse-offer answers are dropped)")
                           .arg(c.machine.displayName());
    }
    if (!frameworks.isEmpty()) {
        QStringList names(frameworks.cbegin(), frameworks.cend());
        names.sort();
        effects << tr("Frameworks that will receive inverse offers: %1")
                       .arg(names.join(QStringLiteral(", ")));
    }
    return effects;
}
