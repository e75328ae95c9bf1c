#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

/// Lists the planning limits a schedule breaks and asks for the reason to go ahead anyway; the
/// override button stays disabled until a reason is written (issue 13: no silent override).
class LimitOverrideDialog : public QDialog
{
    Q_OBJECT
public:
    LimitOverrideDialog(const QString &title, const QStringList &violations,
                        QWidget *parent = nullptr);

    QString reason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *overrideButton() const { return m_override; }

    /// Runs the dialog; the reason, or empty when the person cancelled.
    static QString ask(QWidget *parent, const QString &title, const QStringList &violations);

private:
    QLineEdit *m_reason;
    QPushButton *m_override;
};
