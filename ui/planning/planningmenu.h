#pragma once

#include <QObject>

class PlanningSession;
class QMenu;
class TimelinePage;

/// The planner's menu entries (issue 13), kept out of MainWindow: Maintenance → Planning
/// Limits… and Plan Rolling Maintenance…, View → Capacity Band. The dialogs edit the session's
/// policy and draft; the controller saves the policy per master when it changes.
class PlanningMenu : public QObject
{
    Q_OBJECT
public:
    PlanningMenu(PlanningSession *session, TimelinePage *page, QObject *parent);

    void addMaintenanceActions(QMenu *menu);
    void addViewActions(QMenu *menu);

    void editLimits();
    void planRollingMaintenance();

private:
    PlanningSession *m_session;
    TimelinePage *m_page;
};
