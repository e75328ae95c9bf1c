#pragma once

#include "machineid.h"
#include "planning/machinelisttext.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

/// Edit → Select Machines…: a box to paste a list of machines into (hostnames, HOST/IP, …; see
/// MachineListText), which says as one types how many of them the cluster has and which it does
/// not. On OK, match() holds the machines to select and those not found.
class SelectMachinesDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p machines: every machine in the table, in table order.
    explicit SelectMachinesDialog(const QList<MachineId> &machines, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    MachineListText::Match match() const { return m_match; }

private:
    void update();

    QList<MachineId> m_machines;
    MachineListText::Match m_match;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_ok = nullptr;
};
