#pragma once

#include "live/agentdrain.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

/// The choices of DRAIN_AGENT: an optional cap on each task's kill grace period (typed as
/// `10m`, `90s`, `1h30m`) and mark_gone, whose irreversibility is said in red.
class AgentDrainDialog : public QDialog
{
    Q_OBJECT

public:
    AgentDrainDialog(int machineCount, QWidget *parent = nullptr);

    AgentDrainRequest request() const;

    QCheckBox *graceBox() const { return m_limitGrace; }
    QLineEdit *graceField() const { return m_grace; }
    QCheckBox *markGoneBox() const { return m_markGone; }
    QPushButton *okButton() const { return m_ok; }

private:
    void update();

    QCheckBox *m_limitGrace;
    QLineEdit *m_grace;
    QLabel *m_graceError;
    QCheckBox *m_markGone;
    QLabel *m_goneWarning;
    QPushButton *m_ok;
};
