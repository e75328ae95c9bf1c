#pragma once

#include "planning/planningpolicy.h"

#include <QDialog>

#include <array>
#include <optional>

class QLabel;
class QLineEdit;

/// Maintenance → Planning Limits…: the limits of the master's planning policy, each a count
/// (`3`) or a percentage (`10%`) or empty for none, the rack attribute, and a button that loads
/// a policy file (the one of `slipwayctl plan`). Only the policy it returns is used.
class PlanningLimitsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PlanningLimitsDialog(const PlanningPolicy &policy, QWidget *parent = nullptr);

    /// The policy shown, with the limits as entered; nothing while some field does not parse.
    std::optional<PlanningPolicy> policy() const;
    /// Fills the fields from a policy file's text; false (and the reason shown) when it is wrong.
    bool loadPolicyText(const QByteArray &json, const QString &fileName);

    /// `3` → a count, `10%` → a percentage, empty → unset; nothing when it is neither.
    static std::optional<PolicyAmount> parseAmount(const QString &text);

    enum Field {
        MaxDown,
        MaxDownPerZone,
        MaxDownPerRack,
        MaxZonesAtOnce,
        MinAgents,
        MinCpus,
        MinMem,
        FieldCount
    };
    QLineEdit *field(Field f) const { return m_fields[f]; }
    QLineEdit *rackAttributeEdit() const { return m_rack; }

private:
    void showPolicy(const PlanningPolicy &policy);
    void loadFile();
    void validate();

    PlanningPolicy m_policy;
    std::array<QLineEdit *, FieldCount> m_fields {};
    QLineEdit *m_rack;
    QLabel *m_error;
};
