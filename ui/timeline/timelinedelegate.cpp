#include "timelinedelegate.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

QRectF TimelineDelegate::barGeometry(const Unavailability &u, const TimeScale &scale, int top,
                                     int rowHeight, int viewportWidth)
{
    const double x0 = scale.xForTime(u.startNs);
    const auto end = u.endNs();
    const double x1 = end ? scale.xForTime(*end) : std::max(x0, double(viewportWidth)) + FadeWidth;
    return QRectF(x0, top + BarInset, std::max(1.0, x1 - x0), rowHeight - 2 * BarInset);
}

std::optional<QRectF> TimelineDelegate::visiblePart(const QRectF &bar, int viewportWidth)
{
    if (bar.right() < 0 || bar.left() > viewportWidth)
        return std::nullopt;
    const double left = std::max(bar.left(), -2.0);
    const double right = std::min(bar.right(), viewportWidth + FadeWidth + 2);
    return QRectF(left, bar.top(), std::max(1.0, right - left), bar.height());
}

std::optional<QRectF> TimelineDelegate::paintedBar(const Unavailability &u, const TimeScale &scale,
                                                   int top, int rowHeight, int viewportWidth)
{
    return visiblePart(barGeometry(u, scale, top, rowHeight, viewportWidth), viewportWidth);
}

TimelineDelegate::InteractionState
TimelineDelegate::interactionStateFor(double x, const QRectF &bar, bool openEnded)
{
    if (x < bar.left() - 1 || x > bar.right() + 1)
        return InteractionState::None;
    const bool wide = bar.width() > 3 * EdgeGrip;
    if (wide && x <= bar.left() + EdgeGrip)
        return InteractionState::ResizeStart;
    if (wide && !openEnded && x >= bar.right() - EdgeGrip)
        return InteractionState::ResizeEnd;
    return InteractionState::Move;
}

QString TimelineDelegate::editText(const MachinePlan &plan,
                                   const std::function<QString(qint64)> &format)
{
    // The live window, as the bar looked before the edit.
    QString live;
    if (plan.base) {
        const std::optional<qint64> end = plan.base->endNs();
        live = end ? tr("%1 – %2").arg(format(plan.base->startNs), format(*end))
                   : tr("from %1, open-ended").arg(format(plan.base->startNs));
    }
    switch (plan.edit()) {
    case MachinePlan::Edit::None:
        return QString();
    case MachinePlan::Edit::Created:
        return tr("New in the draft");
    case MachinePlan::Edit::Removed:
        return tr("Removed in the draft");
    case MachinePlan::Edit::Moved:
        return plan.base
            ? tr("Moved in the draft (live: starts %1)").arg(format(plan.base->startNs))
            : tr("Moved in the draft");
    case MachinePlan::Edit::Resized:
        return tr("Resized in the draft (live: %1)").arg(live);
    case MachinePlan::Edit::MovedAndResized:
        return tr("Moved and resized in the draft (live: %1)").arg(live);
    }
    return QString();
}

QString TimelineDelegate::toolTip(const ToolTipFacts &facts)
{
    const QLocale locale;
    const auto format = [&](qint64 ns) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ns / 1'000'000, facts.timeZone),
                               QLocale::ShortFormat);
    };
    const MaintenanceWindow &w = facts.window;
    const Unavailability &u = w.unavailability;
    QStringList names;
    constexpr qsizetype shown = 8;
    for (qsizetype i = 0; i < std::min(shown, w.machines.size()); ++i)
        names.append(w.machines[i].displayName().toHtmlEscaped());
    if (w.machines.size() > shown)
        names.append(tr("… and %n more", nullptr, int(w.machines.size() - shown)));

    QStringList lines;
    lines << tr("<b>%n machine(s)</b>", nullptr, int(w.machines.size()))
          << names.join(QStringLiteral("<br>"));
    lines << tr("Start: %1 (%2)").arg(format(u.startNs), facts.timeZoneName);
    if (u.durationNs) {
        const qint64 minutes = *u.durationNs / TimeScale::Minute;
        lines << tr("End: %1").arg(format(*u.endNs()))
              << tr("Duration: %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    } else {
        lines << tr("Open-ended: no end");
    }
    const MachinePlan &plan = facts.plan;
    lines << tr("This machine: %1").arg(machineModeName(plan.mode));
    if (!facts.answers.isEmpty())
        lines << tr("Answers:<br>%1")
                     .arg(facts.answers.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    if (const QString edit = editText(plan, format); !edit.isEmpty())
        lines << edit;
    if (plan.mode != MachineMode::Down && u.startNs < facts.nowNs)
        lines << tr("Overdue: planned to start at %1, not DOWN yet").arg(format(u.startNs));
    else if (plan.mode == MachineMode::Down && u.endNs() && *u.endNs() < facts.nowNs)
        lines << tr("Overrun: planned to end at %1, still DOWN").arg(format(*u.endNs()));
    if (plan.locked())
        lines << tr("<i>Locked: this machine is DOWN, and the master refuses to remove a DOWN "
                    "machine from the schedule.</i>");
    return lines.join(QStringLiteral("<br>"));
}
