#pragma once

#include "unavailability.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QDateTimeEdit;
class QSpinBox;

/// Exact times for a window: the start (in the time zone the timeline shows), and a duration or
/// "open-ended".
class ExactTimeDialog : public QDialog
{
    Q_OBJECT
public:
    ExactTimeDialog(const Unavailability &initial, const QTimeZone &timeZone, int machineCount,
                    QWidget *parent = nullptr);

    Unavailability unavailability() const;

private:
    QDateTimeEdit *m_start = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_hours = nullptr;
    QSpinBox *m_minutes = nullptr;
    QCheckBox *m_openEnded = nullptr;
};
