#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

/// The confirmation for a step that cannot be undone (marking an agent gone): what will happen,
/// the irreversibility in red, and a field where the person types the hostname; the button that
/// goes ahead is enabled only once it matches.
class TypedConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    TypedConfirmDialog(const QString &title, const QString &text, const QString &details,
                       const QString &expected, const QString &okText, QWidget *parent = nullptr);

    /// Runs the dialog; true when the person typed @p expected and chose @p okText.
    static bool ask(QWidget *parent, const QString &title, const QString &text,
                    const QString &details, const QString &expected, const QString &okText);

    QLineEdit *field() const { return m_field; }
    QPushButton *okButton() const { return m_ok; }

private:
    QString m_expected;
    QLineEdit *m_field;
    QPushButton *m_ok;
};
