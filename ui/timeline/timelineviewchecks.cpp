// TimelineView, part three: the planning limits. Bars whose window takes part in a violation are
// marked (PlanningChecks computes them once per draft change); a drag is checked at every step
// with the one-window check, so the preview turns red and names the limit while it is dragged.
#include "timelineview.h"

#include "timelineviewstate.h"

#include "commands/scheduleeditor.h"
#include "planning/draftschedule.h"
#include "planning/machinetablemodel.h"
#include "planning/planningchecks.h"

#include <QToolTip>

void TimelineView::setChecks(PlanningChecks *checks)
{
    if (m_checks)
        disconnect(m_checks, nullptr, this, nullptr);
    m_checks = checks;
    if (checks)
        connect(checks, &PlanningChecks::changed, viewport(), qOverload<>(&QWidget::update));
    viewport()->update();
}

void TimelineView::updateDragViolations(QPoint pos)
{
    if (!m_checks || !m_state || !m_drag.isEditing())
        return;
    const TimelineDrag::Press &press = m_drag.press();
    QList<MachineId> machines;
    WindowId window = 0;
    if (m_drag.mode() == TimelineDrag::Mode::Creating) {
        for (int row : press.rows)
            machines.append(machineAtRow(row));
    } else if (const DraftWindow *w
               = m_editor ? m_editor->draft()->window(press.window) : nullptr) {
        machines = w->window.machines;
        window = press.window;
    }
    m_checks->setDragPreview(machines, window, m_drag.preview());
    QStringList texts;
    const QTimeZone zone = m_state->timeZone();
    for (const LimitViolation &v : m_checks->checkWindow(machines, window, m_drag.preview()))
        texts.append(planningLimitKey(v.limit) + QStringLiteral(" — ") + v.describe(zone));
    if (texts != m_dragViolations) {
        m_dragViolations = texts;
        Q_EMIT dragViolationsChanged(texts);
    }
    if (texts.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(viewport()->mapToGlobal(pos + QPoint(12, 16)), texts.join(u'\n'),
                           viewport());
}

void TimelineView::clearDragViolations()
{
    if (m_checks)
        m_checks->clearDragPreview();
    if (m_dragViolations.isEmpty())
        return;
    m_dragViolations.clear();
    QToolTip::hideText();
    Q_EMIT dragViolationsChanged({});
}

QString TimelineView::planningToolTip(WindowId id) const
{
    if (!m_checks || !m_state)
        return {};
    QString text;
    if (const std::optional<double> churn = m_checks->churnOf(id)) {
        text += QStringLiteral("<br>")
            + tr("Churn: %1 tasks displaced, %2 moved again")
                  .arg(m_checks->displacedOf(id))
                  .arg(*churn, 0, 'f', 1);
    }
    const QList<LimitViolation> violations = m_checks->violationsOf(id);
    for (const LimitViolation &v : violations)
        text += QStringLiteral("<br><b>") + tr("Breaks %1:").arg(planningLimitKey(v.limit))
            + QStringLiteral("</b> ") + v.describe(m_state->timeZone()).toHtmlEscaped();
    return text;
}
