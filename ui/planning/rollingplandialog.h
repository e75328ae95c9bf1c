#pragma once

#include "machineid.h"
#include "planning/planningpolicy.h"
#include "planning/rollingplanner.h"

#include <QDialog>

#include <optional>

class PlanningSession;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

/// Maintenance → Plan Rolling Maintenance… (issue 13): which machines (the selection, zones or a
/// hostname filter), when (start, window length, gap, allowed hours and days in a time zone,
/// blackouts), in which batches and order. Preview runs RollingPlanner on the session's cluster
/// and current draft with the session's limits and shows what it would add; Apply adds those
/// windows to the draft as one undo step. The same inputs always give the same plan.
class RollingPlanDialog : public QDialog
{
    Q_OBJECT
public:
    RollingPlanDialog(PlanningSession *session, QList<MachineId> selection, qint64 nowNs,
                      QWidget *parent = nullptr);
    ~RollingPlanDialog() override;

    /// The policy the fields describe (with the session's limits); nothing while a field is
    /// wrong, the reason in error().
    std::optional<PlanningPolicy> policy() const;
    QString error() const { return m_errorText; }
    /// Runs the planner and shows its summary; false when the fields are wrong.
    bool preview();
    /// Previews if needed, then adds the plan's windows to the draft (one undo step).
    bool apply();
    const std::optional<RollingPlanner::Plan> &lastPlan() const { return m_plan; }
    QString summary() const;

    enum class Machines { Selection, Zones, Hostnames, All };
    void setMachines(Machines which);
    QListWidget *zoneList() const { return m_zones; }
    QLineEdit *hostnameEdit() const { return m_hostnames; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QSpinBox *windowMinutes() const { return m_windowMinutes; }
    QSpinBox *gapMinutes() const { return m_gapMinutes; }
    QSpinBox *batchSize() const { return m_batch; }
    QCheckBox *batchPercent() const { return m_batchPercent; }
    QCheckBox *hoursEnabled() const { return m_hoursEnabled; }
    QTimeEdit *hoursFrom() const { return m_hoursFrom; }
    QTimeEdit *hoursTo() const { return m_hoursTo; }
    QCheckBox *dayBox(int day) const { return m_days[day - 1]; }
    QComboBox *timeZone() const { return m_timeZone; }
    QPlainTextEdit *blackouts() const { return m_blackouts; }
    QComboBox *zoneOrder() const { return m_zoneOrder; }
    QComboBox *machineOrder() const { return m_machineOrder; }

private:
    QWidget *createMachinesBox();
    QWidget *createTimesBox();
    QWidget *createBatchBox();
    void fillMachines(PlanningPolicy &p) const;
    bool fillHours(PlanningPolicy &p) const;
    bool fillBlackouts(PlanningPolicy &p) const;
    QTimeZone chosenZone() const;
    void invalidate();
    void restoreFields();
    void saveFields() const;

    PlanningSession *m_session;
    QList<MachineId> m_selection;
    qint64 m_nowNs;
    mutable QString m_errorText;
    std::optional<RollingPlanner::Plan> m_plan;

    QRadioButton *m_machineChoice[4] {};
    QListWidget *m_zones = nullptr;
    QLineEdit *m_hostnames = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QSpinBox *m_windowMinutes = nullptr;
    QSpinBox *m_gapMinutes = nullptr;
    QSpinBox *m_batch = nullptr;
    QCheckBox *m_batchPercent = nullptr;
    QCheckBox *m_hoursEnabled = nullptr;
    QTimeEdit *m_hoursFrom = nullptr;
    QTimeEdit *m_hoursTo = nullptr;
    QCheckBox *m_days[7] {};
    QComboBox *m_timeZone = nullptr;
    QPlainTextEdit *m_blackouts = nullptr;
    QComboBox *m_zoneOrder = nullptr;
    QComboBox *m_machineOrder = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_applyButton = nullptr;
};
