#include "planning/planningmenu.h"

#include "planning/planningchecks.h"
#include "planning/planninglimitsdialog.h"
#include "planning/planningsession.h"
#include "planning/rollingplandialog.h"
#include "timeline/timelinepage.h"
#include "timeline/timelineviewstate.h"

#include <QAction>
#include <QMenu>
#include <QSettings>

PlanningMenu::PlanningMenu(PlanningSession *session, TimelinePage *page, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_page(page)
{ }

void PlanningMenu::addMaintenanceActions(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(tr("Planning &Limits…"), this, &PlanningMenu::editLimits)
        ->setToolTip(tr("The most that may be down at once and the least that must be left"));
    menu->addAction(tr("&Plan Rolling Maintenance…"), this, &PlanningMenu::planRollingMaintenance)
        ->setToolTip(tr("Add windows for many machines in batches that keep the limits"));
}

void PlanningMenu::addViewActions(QMenu *menu)
{
    QAction *band = menu->addAction(tr("&Capacity Band"));
    band->setCheckable(true);
    const bool shown = QSettings().value(QStringLiteral("view/capacityBand"), true).toBool();
    band->setChecked(shown);
    m_page->setCapacityBandVisible(shown);
    connect(band, &QAction::toggled, this, [this](bool on) {
        m_page->setCapacityBandVisible(on);
        QSettings().setValue(QStringLiteral("view/capacityBand"), on);
    });
}

void PlanningMenu::editLimits()
{
    PlanningLimitsDialog dialog(m_session->checks()->policy(), m_page);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const std::optional<PlanningPolicy> policy = dialog.policy())
        m_session->checks()->setPolicy(*policy);
}

void PlanningMenu::planRollingMaintenance()
{
    RollingPlanDialog dialog(m_session, m_session->selectedMachines(), m_page->viewState()->nowNs(),
                             m_page);
    dialog.exec();
}
