#pragma once

#include "machineid.h"

#include <QWidget>

class AlertFilterProxyModel;
class AlertListModel;
class PlanningSession;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
struct Alert;

/// The Alerts panel: the current alerts (sortable, filtered by kind and least severity), the
/// selected one's cause, details and suggested action, and a button for the action where Slipway
/// can take it. Selecting an alert selects its machines in the session, so the timeline shows
/// them. It only emits intents; the controller runs them (with their confirmations).
class AlertsPanel : public QWidget
{
    Q_OBJECT

public:
    AlertsPanel(AlertListModel *model, PlanningSession *session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    AlertFilterProxyModel *proxy() const { return m_proxy; }
    QPushButton *actionButton() const { return m_action; }
    /// The alert shown in the details, if any.
    const Alert *currentAlert() const;

Q_SIGNALS:
    void startMaintenanceRequested(const QList<MachineId> &machines);
    void stopMaintenanceRequested(const QList<MachineId> &machines);
    /// The user acknowledged a schedule change (Alert::Action::Acknowledge).
    void scheduleAcknowledged();
    /// An alert was chosen: @p first of its machines should be brought into view (emitted just
    /// before its machines are selected).
    void machineToShow(const MachineId &first);

private:
    void currentChanged();
    void selectMachines(const Alert &alert);
    void runAction();

    AlertListModel *m_model;
    PlanningSession *m_session;
    AlertFilterProxyModel *m_proxy;
    QComboBox *m_kind;
    QComboBox *m_severity;
    QTableView *m_view;
    QLabel *m_details;
    QPushButton *m_action;
    QString m_currentKey;
};
